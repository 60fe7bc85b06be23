import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import { createTerritory } from "../../src/graph/create-territory.js";

const { graph } = createTerritory({
  meta: { name: "two clusters" },
  actors: ["__proto__", "constructor", "c", "x", "y", "z", "w"].map((id) => ({ id, world: "association" })),
  links: [
    { source: "__proto__", target: "constructor" },
    { source: "constructor", target: "c" },
    { source: "__proto__", target: "c" },
    { source: "x", target: "y" },
    { source: "y", target: "z" },
    { source: "x", target: "z" },
    { source: "z", target: "w" },
    { source: "c", target: "x" },
  ],
});

describe("the community section of analyze", () => {
  it("fills graph.modularity, graph.communities and each actor's community, 0 the largest", () => {
    const document = analyze(graph);
    expect(document.graph.communities).toBe(2);
    // nx.community.modularity(G, [{0,1,2},{3,4,5,6}]) for this graph.
    expect(document.graph.modularity).toBeCloseTo(0.3671875, 12);
    expect(document.actors.map((a) => a.community)).toEqual([1, 1, 1, 0, 0, 0, 0]);
  });

  it("is reproducible: Leiden runs with a fixed default seed", () => {
    expect(analyze(graph).actors.map((a) => a.community)).toEqual(
      analyze(graph).actors.map((a) => a.community),
    );
  });

  it("uses Louvain when asked", () => {
    const document = analyze(graph, { communities: { method: "louvain" } });
    expect(document.graph.communities).toBe(2);
  });
});
