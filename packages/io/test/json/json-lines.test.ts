import { describe, expect, it } from "vitest";
import { jsonLines } from "../../src/json/json-lines.js";

describe("jsonLines", () => {
  it("finds the line of each element of top-level arrays and of each top-level key", () => {
    const text = [
      "{",
      '  "attributes": {"a": [1, 2], "b": "x,]"},',
      '  "nodes": [',
      '    {"key": "0", "attributes": {"label": "a\\"]"}},',
      "",
      '    {"key": "1"}',
      "  ],",
      '  "edges": [{"source": "0",',
      '   "target": "1"}, {"source": "1", "target": "0"}],',
      '  "empty": []',
      "}",
    ].join("\n");
    const { elements, keys } = jsonLines(text);
    expect(elements.get("nodes")).toEqual([4, 6]);
    expect(elements.get("edges")).toEqual([8, 9]);
    expect(elements.get("empty")).toEqual([]);
    expect([...keys]).toEqual([
      ["attributes", 2],
      ["nodes", 3],
      ["edges", 8],
      ["empty", 10],
    ]);
  });
});
