import { describe, expect, it } from "vitest";
import { louvain } from "../../src/community/louvain.js";
import { modularity } from "../../src/community/modularity.js";
import { fixtureIndex, indexFromLinks, loadFixture } from "./reference-graphs.js";

describe("louvain(graph, options) through graphology-communities-louvain", () => {
  for (const name of ["karate", "les-miserables", "planted-partition"]) {
    it(`reaches best − 3% of 10 seeded nx Louvain runs on ${name} and reports its partition's modularity`, () => {
      const fixture = loadFixture(name);
      const index = fixtureIndex(fixture);
      const result = louvain(index, { seed: 3 });
      expect(result.modularity!).toBeGreaterThanOrEqual(fixture.louvainBest! * 0.97);
      expect(result.modularity!).toBeCloseTo(modularity(index, result.communityOf)!, 12);
    });
  }

  it("is reproducible with a seed", () => {
    const index = fixtureIndex(loadFixture("barabasi-albert-2k"));
    expect(louvain(index, { seed: 8 }).communityOf).toEqual(louvain(index, { seed: 8 }).communityOf);
  });

  it("maps results back to actor ids, __proto__ and constructor included, numbered by size", () => {
    const index = indexFromLinks(5, [
      [0, 1, 4],
      [2, 3, 1],
      [3, 4, 1],
      [2, 4, 1],
      [1, 2, 0.1],
    ]);
    const result = louvain(index);
    expect(result.sizes).toEqual([3, 2]);
    expect(result.communities.get("__proto__")).toBe(1);
    expect(result.communities.get("constructor")).toBe(1);
  });

  it("reads a directed territory as undirected", () => {
    const index = indexFromLinks(
      4,
      [
        [0, 1, 1],
        [1, 0, 1],
        [2, 3, 1],
        [1, 2, 0.1],
      ],
      { directed: true },
    );
    const result = louvain(index);
    expect(result.modularity).toBeCloseTo(modularity(index, result.communityOf, { directed: false })!, 12);
  });

  it("leaves every actor alone when there is no link", () => {
    expect(louvain(indexFromLinks(3, [])).count).toBe(3);
  });
});
