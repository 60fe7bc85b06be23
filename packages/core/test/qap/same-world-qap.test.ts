import { describe, expect, it } from "vitest";
import {
  createRandom,
  createTerritory,
  dyadCount,
  sameWorldQap,
  type TerritoryGraph,
} from "../../src/index.js";

/** 40 actors in three worlds, each pair allied with probability 0.3 within a world and 0.1 across (seeded). */
function randomTerritory(): TerritoryGraph {
  const random = createRandom(11);
  const worlds = Array.from({ length: 40 }, (_, i) => ["x", "y", "z"][i % 3]!);
  const links: [string, string][] = [];
  for (let i = 0; i < worlds.length; i++)
    for (let j = i + 1; j < worlds.length; j++)
      if (random() < (worlds[i] === worlds[j] ? 0.3 : 0.1)) links.push([`a${i}`, `a${j}`]);
  return territory(worlds, links);
}

/**
 * With one 0/1 predictor, OLS's coefficient is a difference of means: the
 * share of same-world pairs that are allied minus the share of cross-world
 * pairs that are (what sna::netlm(y, same) gives).
 */
function differenceOfShares(graph: TerritoryGraph): number {
  const ids = graph.nodes();
  const counts = { same: [0, 0], cross: [0, 0] };
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!;
      const b = ids[j]!;
      const group =
        graph.getNodeAttribute(a, "world") === graph.getNodeAttribute(b, "world") ? "same" : "cross";
      counts[group][0]! += graph.hasEdge(a, b) || graph.hasEdge(b, a) ? 1 : 0;
      counts[group][1]!++;
    }
  return counts.same[0]! / counts.same[1]! - counts.cross[0]! / counts.cross[1]!;
}

function territory(worlds: string[], links: [string, string][]): TerritoryGraph {
  return createTerritory({
    actors: worlds.map((world, i) => ({ id: `a${i}`, world })),
    links: links.map(([source, target]) => ({ source, target })),
  }).graph;
}

describe("sameWorldQap(graph) — the compare column", () => {
  it("gives the difference between the allied shares of same-world and cross-world pairs", () => {
    const graph = randomTerritory();
    const result = sameWorldQap(graph, { permutations: 50, seed: 3 });
    expect(result.status).toBe("computed");
    if (result.status !== "computed") return;
    expect(result.coefficient).toBeCloseTo(differenceOfShares(graph), 10);
    expect(result.dyads).toBe(dyadCount(graph));
    expect(result).toMatchObject({ permutations: 50, seed: 3 });
    expect(result.pValue).not.toBeNull();
    // Seeded: the same seed gives the same p-value.
    expect(sameWorldQap(graph, { permutations: 50, seed: 3 })).toEqual(result);
  });
  it("gives no p-value with no permutation", () => {
    const graph = territory(
      ["x", "x", "y", "y"],
      [
        ["a0", "a1"],
        ["a2", "a3"],
        ["a0", "a2"],
      ],
    );
    const result = sameWorldQap(graph, { permutations: 0 });
    expect(result).toMatchObject({ status: "computed", pValue: null, dyads: 6 });
    // Same-world pairs: 2 of 2 allied; cross-world: 1 of 4.
    if (result.status === "computed") expect(result.coefficient).toBeCloseTo(1 - 1 / 4, 12);
  });
  it("skips a territory above the dyad cap, saying how many pairs it has", () => {
    const graph = territory(["x", "x", "y", "y", "y"], [["a0", "a1"]]);
    expect(sameWorldQap(graph, { maxDyads: 9 })).toEqual({
      status: "skipped",
      reason: "too-large",
      dyads: 10,
      maxDyads: 9,
    });
  });
  it("skips a territory where every pair shares a world, or none does, and one without links", () => {
    const links: [string, string][] = [["a0", "a1"]];
    expect(sameWorldQap(territory(["x", "x", "x"], links))).toMatchObject({ reason: "constant" });
    expect(sameWorldQap(territory(["x", "y", "z"], links))).toMatchObject({ reason: "constant" });
    expect(sameWorldQap(territory(["x", "x", "y"], []))).toMatchObject({ reason: "no-links" });
  });
  it("counts ordered pairs when the territory is directed", () => {
    const { graph } = createTerritory({
      meta: { directed: true },
      actors: [
        { id: "__proto__", world: "x" },
        { id: "constructor", world: "x" },
        { id: "c", world: "y" },
      ],
      links: [{ source: "__proto__", target: "constructor" }],
    });
    expect(dyadCount(graph)).toBe(6);
    expect(sameWorldQap(graph, { permutations: 0 })).toMatchObject({ status: "computed", dyads: 6 });
  });
});
