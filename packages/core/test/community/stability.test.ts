import { describe, expect, it } from "vitest";
import { leiden } from "../../src/community/leiden.js";
import { communityStability } from "../../src/community/stability.js";
import { fixtureIndex, indexFromLinks, loadFixture } from "./reference-graphs.js";

describe("communityStability(graph, options)", () => {
  const index = fixtureIndex(loadFixture("les-miserables"));

  it("runs K seeds from the given one and reports mean and sample sd of modularity", () => {
    const result = communityStability(index, { runs: 5, seed: 40 });
    expect(result.seeds).toEqual([40, 41, 42, 43, 44]);
    const q = result.modularities as number[];
    const mean = q.reduce((s, x) => s + x, 0) / 5;
    expect(result.meanModularity).toBeCloseTo(mean, 12);
    expect(result.sdModularity).toBeCloseTo(Math.sqrt(q.reduce((s, x) => s + (x - mean) ** 2, 0) / 4), 12);
  });

  it("picks the run with the highest modularity, reproducible with its seed", () => {
    const result = communityStability(index, { runs: 4 });
    expect(result.best.modularity).toBe(Math.max(...(result.modularities as number[])));
    const again = leiden(index, { seed: result.seeds[result.bestRun]! });
    expect(again.communityOf).toEqual(result.best.communityOf);
  });

  it("gives each link the share of runs that put its actors together", () => {
    const twoTriangles = indexFromLinks(6, [
      [0, 1, 1],
      [1, 2, 1],
      [0, 2, 1],
      [3, 4, 1],
      [4, 5, 1],
      [3, 5, 1],
      [2, 3, 1],
    ]);
    const result = communityStability(twoTriangles, { runs: 3, method: "louvain" });
    expect([...result.consensus]).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(result.meanConsensus).toBeCloseTo(6 / 7, 12);
    expect(result.sdModularity).toBeCloseTo(0, 12);
  });

  it("has null spread for one run and null figures without links", () => {
    expect(communityStability(index, { runs: 1 }).sdModularity).toBeNull();
    const empty = communityStability(indexFromLinks(2, []), { runs: 2 });
    expect(empty.meanModularity).toBeNull();
    expect(empty.meanConsensus).toBeNull();
  });

  it("reports progress after each run", () => {
    const calls: number[] = [];
    communityStability(index, { runs: 3, onProgress: (done) => calls.push(done) });
    expect(calls).toEqual([1, 2, 3]);
  });

  it("rejects a run count below one", () => {
    expect(() => communityStability(index, { runs: 0 })).toThrow(/runs must be/);
  });
});
