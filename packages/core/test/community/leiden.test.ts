import { describe, expect, it } from "vitest";
import { leiden } from "../../src/community/leiden.js";
import { modularity } from "../../src/community/modularity.js";
import { createTerritory } from "../../src/graph/create-territory.js";
import { FIXTURE_NAMES, fixtureIndex, indexFromLinks, loadFixture } from "./reference-graphs.js";

const UNDIRECTED = FIXTURE_NAMES.filter((name) => name !== "directed");

describe("leiden against NetworkX", () => {
  for (const name of UNDIRECTED) {
    it(`reaches best − 3% of 10 seeded nx Louvain runs on ${name}, and reports nx's modularity of its partition`, () => {
      const fixture = loadFixture(name);
      const index = fixtureIndex(fixture);
      const best = fixture.louvainBest!;
      for (const seed of [1, 2, 3]) {
        const result = leiden(index, { seed });
        expect(result.modularity!).toBeGreaterThanOrEqual(best - 0.03 * Math.abs(best));
        // modularity() is checked against nx.community.modularity in modularity.test.ts.
        expect(Math.abs(result.modularity! - modularity(index, result.communityOf)!)).toBeLessThan(1e-9);
      }
    });
  }

  it("finds the best known partition of Zachary's karate club (Q = 0.4198, 4 communities)", () => {
    const result = leiden(fixtureIndex(loadFixture("karate")));
    expect(result.modularity).toBeCloseTo(0.419789612097304, 9);
    expect(result.sizes).toEqual([12, 11, 6, 5]);
  });
});

describe("leiden(graph, options)", () => {
  const twoTriangles = indexFromLinks(6, [
    [0, 1, 1],
    [1, 2, 1],
    [0, 2, 1],
    [3, 4, 1],
    [4, 5, 1],
    [3, 5, 1],
    [2, 3, 1],
  ]);

  it("returns a Map from actor id to community, ids __proto__ and constructor included", () => {
    const result = leiden(twoTriangles);
    expect(result.communities.get("__proto__")).toBe(result.communities.get("constructor"));
    expect(result.communities.get("a5")).not.toBe(result.communities.get("__proto__"));
    expect(result.communities.size).toBe(6);
  });

  it("numbers communities 0..k−1 by decreasing size", () => {
    const index = indexFromLinks(7, [
      [0, 1, 1],
      [3, 4, 1],
      [4, 5, 1],
      [3, 5, 1],
      [5, 6, 1],
      [3, 6, 1],
    ]);
    const result = leiden(index);
    expect(result.sizes).toEqual([4, 2, 1]);
    expect(result.communityOf[3]).toBe(0);
    expect(result.communityOf[0]).toBe(1);
    expect(result.communityOf[2]).toBe(2);
  });

  it("leaves every actor alone, with null modularity, when the territory has no link", () => {
    const result = leiden(indexFromLinks(3, []));
    expect(result.count).toBe(3);
    expect(result.modularity).toBeNull();
  });

  it("splits more finely at a higher resolution", () => {
    const index = fixtureIndex(loadFixture("les-miserables"));
    expect(leiden(index, { resolution: 2 }).count).toBeGreaterThan(leiden(index, { resolution: 0.5 }).count);
  });

  it("optimises CPM: at γ above the link weight every actor stays alone, at γ = 0 each component is one community", () => {
    const fixture = loadFixture("disconnected");
    const index = fixtureIndex(fixture);
    expect(leiden(index, { quality: "cpm", resolution: 100 }).count).toBe(fixture.order);
    // karate + a 12-cycle + 2 isolates.
    expect(leiden(index, { quality: "cpm", resolution: 0 }).count).toBe(4);
    const triangles = leiden(twoTriangles, { quality: "cpm", resolution: 0.5 });
    expect(triangles.sizes).toEqual([3, 3]);
    // Σ_c e_c − γ·n_c(n_c−1)/2 = 2·(3 − 0.5·3)
    expect(triangles.quality).toBeCloseTo(3, 12);
  });

  it("reads a directed territory as undirected, reciprocal links summed", () => {
    const directed = indexFromLinks(
      6,
      [
        [0, 1, 1],
        [1, 0, 1],
        [1, 2, 1],
        [2, 0, 1],
        [3, 4, 1],
        [4, 5, 1],
        [5, 3, 1],
        [2, 3, 1],
      ],
      { directed: true },
    );
    const result = leiden(directed);
    expect(result.sizes).toEqual([3, 3]);
    expect(result.modularity).toBeCloseTo(modularity(directed, result.communityOf, { directed: false })!, 12);
  });

  it("starts from an initial partition when given one, and keeps it when it is already optimal", () => {
    const result = leiden(twoTriangles, { initialPartition: [5, 5, 5, 9, 9, 9] });
    expect(result.iterations).toBe(1);
    expect(result.sizes).toEqual([3, 3]);
  });

  it("accepts a territory graph as well as a compact index", () => {
    const { graph } = createTerritory({
      meta: { name: "t" },
      actors: [{ id: "__proto__" }, { id: "constructor" }, { id: "x" }, { id: "y" }],
      links: [
        { source: "__proto__", target: "constructor", weight: 3 },
        { source: "x", target: "y", weight: 3 },
        { source: "constructor", target: "x", weight: 1 },
      ],
    });
    const result = leiden(graph);
    expect(result.communities.get("__proto__")).toBe(result.communities.get("constructor"));
    expect(result.communities.get("x")).toBe(result.communities.get("y"));
    expect(result.count).toBe(2);
  });

  it("explains an invalid option", () => {
    expect(() => leiden(twoTriangles, { resolution: -1 })).toThrow(/resolution must be/);
    expect(() => leiden(twoTriangles, { randomness: 0 })).toThrow(/randomness/);
    expect(() => leiden(twoTriangles, { tolerance: -1 })).toThrow(/tolerance/);
    expect(() => leiden(twoTriangles, { maxIterations: 0 })).toThrow(/maxIterations/);
    expect(() => leiden(twoTriangles, { initialPartition: [0, 1] })).toThrow(/2 labels for 6 actors/);
  });

  it("reports progress after each iteration", () => {
    const calls: [number, number][] = [];
    const result = leiden(fixtureIndex(loadFixture("les-miserables")), {
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBe(result.iterations);
    expect(calls[0]).toEqual([1, 100]);
  });

  it("stops after maxIterations, still returning a locally optimal partition", () => {
    const index = fixtureIndex(loadFixture("barabasi-albert-2k"));
    const one = leiden(index, { maxIterations: 1 });
    const more = leiden(index, { tolerance: 0 });
    expect(one.iterations).toBe(1);
    expect(more.iterations).toBeGreaterThan(1);
    expect(more.modularity!).toBeGreaterThanOrEqual(one.modularity! - 0.01);
  });
});
