import { describe, expect, it } from "vitest";
import { expectClose } from "./expect-close.js";

const reference = JSON.parse('{"a": 1, "__proto__": 0.5, "constructor": null}') as Record<
  string,
  number | null
>;

describe("expectClose", () => {
  it("passes when every value is within 1e-6 relative + 1e-9 absolute", () => {
    const got = new Map<string, number | null>([
      ["a", 1 + 9e-7],
      ["__proto__", 0.5],
      ["constructor", null],
    ]);
    expect(() => expectClose(got, reference)).not.toThrow();
  });

  it("fails when a value is off by more than the tolerance", () => {
    const got = new Map<string, number | null>([
      ["a", 1.00001],
      ["__proto__", 0.5],
      ["constructor", null],
    ]);
    expect(() => expectClose(got, reference)).toThrow(/"a": got 1.00001/);
  });

  it("fails on a missing key, including __proto__", () => {
    const got = new Map<string, number | null>([
      ["a", 1],
      ["constructor", null],
    ]);
    expect(() => expectClose(got, reference)).toThrow(/missing "__proto__"/);
  });

  it("fails on an extra key", () => {
    const got = new Map<string, number | null>([
      ["a", 1],
      ["__proto__", 0.5],
      ["constructor", null],
      ["b", 2],
    ]);
    expect(() => expectClose(got, reference)).toThrow(/extra "b"/);
  });

  it("treats null as matching only null, and NaN as matching nothing", () => {
    expect(() => expectClose(new Map([["x", 0]]), { x: null })).toThrow();
    expect(() => expectClose(new Map([["x", null]]), { x: 0 })).toThrow();
    expect(() => expectClose(new Map([["x", Number.NaN]]), { x: 0 })).toThrow();
  });

  it("reads a number tolerance as absolute", () => {
    expect(() => expectClose(new Map([["x", 100.5]]), { x: 100 }, 1)).not.toThrow();
    expect(() => expectClose(new Map([["x", 100.5]]), { x: 100 }, 0.1)).toThrow();
  });

  it("accepts a Map or entries as the reference", () => {
    expect(() => expectClose(new Map([["x", 1]]), new Map([["x", 1]]))).not.toThrow();
    expect(() => expectClose(new Map([["x", 1]]), [["x", 1]])).not.toThrow();
  });
});
