import { describe, expect, it } from "vitest";
import { compactIndexFromArrays, createCompactIndex, createTerritory, toActorMap } from "../../src/index.js";

describe("createCompactIndex", () => {
  const { graph } = createTerritory({
    actors: [
      { id: "__proto__", world: "association" },
      { id: "b", world: "entreprise" },
      { id: "c", world: "association" },
      { id: "isolate", world: "fondation" },
    ],
    links: [
      { source: "__proto__", target: "b", weight: 2 },
      { source: "b", target: "c", weight: 3 },
    ],
  });
  const index = createCompactIndex(graph);

  it("lists each undirected link in both endpoints' neighbours, with its weight and number", () => {
    const neighbours = (i: number) => [...index.targets.subarray(index.offsets[i], index.offsets[i + 1])];
    expect(neighbours(0)).toEqual([1]);
    expect(neighbours(1)).toEqual([0, 2]);
    expect(neighbours(3)).toEqual([]);
    expect([...index.weights.subarray(index.offsets[1], index.offsets[2])]).toEqual([2, 3]);
    expect([...index.linkOf.subarray(index.offsets[1], index.offsets[2])]).toEqual([0, 1]);
    expect(index.inOffsets).toBe(index.offsets);
  });

  it("codes worlds in the territory's order", () => {
    expect(index.worldNames).toEqual(["association", "entreprise", "fondation"]);
    expect([...index.worldOf]).toEqual([0, 1, 0, 2]);
  });

  it("maps positions back to actor ids, __proto__ included", () => {
    const map = toActorMap(index, [1, 2, 3, 4]);
    expect(map.get("__proto__")).toBe(1);
    expect([...map.keys()]).toEqual(["__proto__", "b", "c", "isolate"]);
    expect(index.positionOf.get("__proto__")).toBe(0);
  });

  it("keeps separate out- and in-adjacency for directed graphs", () => {
    const directed = compactIndexFromArrays({
      directed: true,
      ids: ["x", "y", "z"],
      worldOf: new Int32Array(3),
      worldNames: ["association"],
      linkSource: Int32Array.from([0, 0, 2]),
      linkTarget: Int32Array.from([1, 2, 1]),
      linkWeight: Float64Array.from([1, 1, 1]),
    });
    expect([...directed.targets.subarray(directed.offsets[0], directed.offsets[1])]).toEqual([1, 2]);
    expect([...directed.inSources.subarray(directed.inOffsets[1], directed.inOffsets[2])]).toEqual([0, 2]);
    expect(directed.targets.length).toBe(3);
  });
});
