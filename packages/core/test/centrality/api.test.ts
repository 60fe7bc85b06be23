import { describe, expect, it } from "vitest";
import {
  betweenness,
  closeness,
  createCompactIndex,
  createTerritory,
  eigenvector,
  pagerank,
  pagerankValues,
} from "../../src/index.js";

const path = () =>
  createTerritory({
    actors: [{ id: "__proto__" }, { id: "constructor" }, { id: "c" }],
    links: [
      { source: "__proto__", target: "constructor" },
      { source: "constructor", target: "c" },
    ],
  }).graph;

describe("centrality metrics API", () => {
  it("metric(graph) returns a Map keyed by actor id, including __proto__ and constructor", () => {
    const values = betweenness(path());
    expect([...values.keys()]).toEqual(["__proto__", "constructor", "c"]);
    expect(values.get("constructor")).toBe(1);
  });

  it("metric(index) gives the same values as metric(graph)", () => {
    const graph = path();
    expect(closeness(createCompactIndex(graph))).toEqual(closeness(graph));
  });

  it("metric.assign writes the values as node attributes, under the metric's name or the one asked", () => {
    const graph = path();
    pagerank.assign(graph);
    betweenness.assign(graph, { attribute: "bridging" });
    const constructorKey = graph.findNode((_key, attrs) => attrs.id === "constructor")!;
    expect(graph.getNodeAttribute(constructorKey, "bridging")).toBe(1);
    expect(graph.getNodeAttribute(constructorKey, "pagerank")).toBeCloseTo(
      pagerank(graph).get("constructor")!,
      12,
    );
  });

  it("betweenness reports progress over sources up to the total", () => {
    const calls: [number, number, string][] = [];
    betweenness(path(), { onProgress: (done, total, step) => calls.push([done, total, step]) });
    expect(calls.at(-1)).toEqual([3, 3, "betweenness"]);
  });

  it("unnormalised betweenness halves the undirected pair sums, as NetworkX", () => {
    expect(betweenness(path(), { normalized: false }).get("constructor")).toBe(1);
  });

  it("PageRank reports convergence and stops at maxIterations without throwing", () => {
    const index = createCompactIndex(path());
    expect(pagerankValues(index).converged).toBe(true);
    // One product: conjugate gradients end exactly on a 3-path after two (as many as S has distinct eigenvalues that b meets).
    const capped = pagerankValues(index, { maxIterations: 1 });
    expect(capped).toMatchObject({ converged: false, iterations: 1 });
  });

  it("gives two linked actors NetworkX's values", () => {
    const graph = createTerritory({
      actors: [{ id: "u" }, { id: "v" }],
      links: [{ source: "u", target: "v" }],
    }).graph;
    expect([...betweenness(graph).values()]).toEqual([0, 0]);
    expect([...closeness(graph).values()]).toEqual([1, 1]);
    expect([...pagerank(graph).values()].map((x) => x.toFixed(12))).toEqual([
      "0.500000000000",
      "0.500000000000",
    ]);
    expect([...eigenvector(graph).values()].map((x) => x.toFixed(12))).toEqual(
      Array(2).fill(Math.SQRT1_2.toFixed(12)),
    );
  });
});

describe("closeness and harmonic searches", () => {
  it("handle a chain too long for the multi-source level counts (one search per actor)", () => {
    const n = 4200;
    const actors = Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
    const links = Array.from({ length: n - 1 }, (_, i) => ({ source: `p${i}`, target: `p${i + 1}` }));
    const graph = createTerritory({ actors, links }).graph;
    const values = closeness(graph);
    // From an end, the distances are 1 … n − 1: closeness (n − 1) / (n(n − 1)/2) = 2 / n.
    expect(values.get("p0")).toBeCloseTo(2 / n, 15);
    expect(values.get(`p${n - 1}`)).toBeCloseTo(2 / n, 15);
  });
});
