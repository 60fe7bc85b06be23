import { createTerritory } from "@catalyse/core";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { readJson } from "../../src/json/read-json.js";
import { writeJson } from "../../src/json/write-json.js";
import { problemsOf } from "../helpers.js";

describe("writeJson / readJson", () => {
  const { graph } = createTerritory({
    meta: { name: "T", source: "enquête 2024", extra: { pilot: true } },
    actors: [
      { id: "__proto__", label: "P", world: "association", lat: 45, lon: 4, attributes: { n: 1 } },
      { id: "constructor", label: "C", world: "État", attributes: { n: 2 } },
    ],
    links: [
      { source: "__proto__", target: "constructor", weight: 1, type: "a" },
      { source: "constructor", target: "__proto__", weight: 2, type: "b", start: "2012" },
    ],
  });

  it("writes graphology's serialisation, which Graph.from reads", () => {
    const copy = Graph.from(JSON.parse(writeJson(graph)));
    expect(copy.order).toBe(2);
    expect(copy.getAttribute("source")).toBe("enquête 2024");
  });

  it("is read back unchanged, merged counts and territory attributes included", () => {
    const back = readJson({ name: "t.json", data: writeJson(graph) }).graph;
    expect(back.export().nodes).toEqual(graph.export().nodes);
    expect(back.getAttributes()).toEqual({ ...graph.getAttributes(), actorAttributeTypes: { n: "number" } });
    expect(back.mapEdges((_k, a) => a)).toEqual(graph.mapEdges((_k, a) => a));
    expect(back.getEdgeAttribute(back.edges()[0]!, "merged")).toBe(2);
  });

  it("reads flat node attributes from other tools as free attributes", () => {
    const json = {
      options: { type: "directed" },
      nodes: [
        { key: "x", attributes: { label: "X", world: "fondation", size: 3, color: "#fff" } },
        { key: "y", attributes: {} },
      ],
      edges: [{ source: "x", target: "y", attributes: { weight: 2, type: "don" } }],
    };
    const { graph: read } = readJson({ name: "g.json", data: JSON.stringify(json) });
    expect(read.type).toBe("directed");
    expect(read.getNodeAttributes("0")).toMatchObject({
      id: "x",
      label: "X",
      attributes: { size: 3, color: "#fff" },
    });
    expect(read.getEdgeAttributes(read.edges()[0]!)).toMatchObject({ weight: 2, types: ["don"] });
  });

  it("refuses malformed JSON with its line and column", () => {
    const [problem] = problemsOf(() =>
      readJson({ name: "bad.json", data: '{\n  "nodes": [\n    {"key": 1,}\n  ]\n}' }),
    );
    expect(problem).toMatchObject({ file: "bad.json", line: 3, found: "malformed JSON" });
    expect(problem!.column).toBeGreaterThan(10);
  });

  it("names the edge whose endpoint is not a node", () => {
    const json = {
      nodes: [{ key: "a" }],
      edges: [
        { source: "a", target: "a" },
        { source: "a", target: "b" },
      ],
    };
    const [problem] = problemsOf(() => readJson({ name: "g.json", data: JSON.stringify(json, null, 2) }));
    expect(problem).toMatchObject({ file: "g.json", line: 12, field: "edges[1].target" });
    expect(problem!.found).toBe('target "b" is not an actor id');
  });

  it("refuses JSON that is not a graph", () => {
    const [problem] = problemsOf(() => readJson({ name: "g.json", data: "[1, 2]" }));
    expect(problem!.found).toMatch(/without a nodes list/);
  });
});
