import { describe, expect, it } from "vitest";
import {
  articulationPoints,
  compactIndexFromArrays,
  connectivity,
  dependenceCurves,
  keyPlayers,
  keystones,
} from "../../src/index.js";
import { expectNear, FIXTURES, fixtureTerritory, loadFixture } from "../fixtures/middle/load.js";

describe("dependence curves", () => {
  for (const name of FIXTURES) {
    it(`the targeted curve removes the same actors and matches every figure on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      const { targeted, random } = dependenceCurves(index, { steps: 5, randomRuns: 5, seed: 3 });
      expect(targeted.map((s) => s.actor)).toEqual(fixture.expected.targeted.map((s) => s.actor));
      targeted.forEach((step, k) => {
        const want = fixture.expected.targeted[k]!;
        expect(step.remaining).toBe(want.remaining);
        for (const key of [
          "pairsConnected",
          "crossWorldPairsConnected",
          "largestComponentShare",
          "fragmentation",
        ] as const)
          expectNear(step[key], want[key], `${name} step ${k} ${key}`);
      });
      expect(random).toHaveLength(targeted.length);
      expect(random[0]).toMatchObject({ removed: 0, pairsConnected: targeted[0]!.pairsConnected });
    });
  }

  it("a star falls apart when its centre leaves, a complete graph does not", () => {
    const star = dependenceCurves(fixtureTerritory(loadFixture("star")).index);
    expect(star.targeted[1]).toMatchObject({ actor: "s0", pairsConnected: 0, largestComponentShare: 1 / 6 });
    const complete = dependenceCurves(fixtureTerritory(loadFixture("complete")).index);
    expect(complete.targeted.every((s) => s.pairsConnected === 1 || s.pairsConnected === null)).toBe(true);
  });

  it("random removal is seeded: the same seed gives the same curve, another seed another", () => {
    const { index } = fixtureTerritory(loadFixture("karate"));
    const a = dependenceCurves(index, { seed: 1, randomRuns: 4 }).random;
    const b = dependenceCurves(index, { seed: 1, randomRuns: 4 }).random;
    const c = dependenceCurves(index, { seed: 2, randomRuns: 4 }).random;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("follows the initial ranking without recomputing when over its budget", () => {
    const { index } = fixtureTerritory(loadFixture("karate"));
    const cheap = dependenceCurves(index, { maxRecomputeWork: 0 });
    const full = dependenceCurves(index);
    expect(cheap.recomputed).toBe(false);
    expect(full.recomputed).toBe(true);
    expect(cheap.targeted[1]!.actor).toBe(full.targeted[1]!.actor);
    expect(cheap.targeted).toHaveLength(full.targeted.length);
  });

  it("never removes more actors than the territory has", () => {
    const one = compactIndexFromArrays({
      directed: false,
      ids: ["constructor"],
      worldOf: new Int32Array(1),
      worldNames: ["a"],
      linkSource: new Int32Array(0),
      linkTarget: new Int32Array(0),
      linkWeight: new Float64Array(0),
    });
    const { targeted, random } = dependenceCurves(one, { steps: 5 });
    expect(targeted).toHaveLength(2);
    expect(targeted[1]).toMatchObject({ remaining: 0, pairsConnected: null, largestComponentShare: null });
    expect(random[1]!.pairsConnected).toBeNull();
  });
});

describe("connectivity", () => {
  it("counts cross-world pairs within components only", () => {
    // Two components: {0 (a), 1 (b)} and {2 (a), 3 (a)}; cross pairs: 0-1, 1-2, 1-3 → 1 of 3 connected.
    const index = compactIndexFromArrays({
      directed: false,
      ids: ["w", "x", "y", "z"],
      worldOf: Int32Array.from([0, 1, 0, 0]),
      worldNames: ["a", "b"],
      linkSource: Int32Array.from([0, 2]),
      linkTarget: Int32Array.from([1, 3]),
      linkWeight: Float64Array.from([1, 1]),
    });
    expect(connectivity(index)).toEqual({
      remaining: 4,
      pairsConnected: 2 / 6,
      crossWorldPairsConnected: 1 / 3,
      largestComponentShare: 0.5,
      fragmentation: 1 - 2 / 6,
    });
  });
});

describe("key players (KPP-Neg)", () => {
  for (const name of FIXTURES) {
    it(`the greedy set is optimal for one actor and near-optimal for two on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      const sets = keyPlayers(index);
      const best = fixture.expected.bestFragmentation;
      if (best["1"] !== undefined) expectNear(sets[0]!.fragmentation, best["1"], `${name} size 1`);
      if (best["2"] !== undefined && sets[1]) {
        expect(sets[1].fragmentation!).toBeLessThanOrEqual(best["2"] + 1e-12);
        expect(sets[1].fragmentation!).toBeGreaterThanOrEqual(best["2"] - 0.05);
      }
      for (const set of sets) expect(new Set(set.actors).size).toBe(set.size);
    });
  }

  it("tries fewer candidates on large territories, within its budget", () => {
    const { index } = fixtureTerritory(loadFixture("karate"));
    const sets = keyPlayers(index, { maxWork: 1 });
    expect(sets).toHaveLength(3);
    expect(sets[0]!.fragmentation).not.toBeNull();
  });

  it("the key player of two joined stars is one of the two centres", () => {
    const sets = keyPlayers(fixtureTerritory(loadFixture("two-stars")).index);
    expect(["A", "B"]).toContain(sets[0]!.actors[0]);
    expect([...sets[1]!.actors].sort()).toEqual(["A", "B"]);
  });
});

describe("keystones", () => {
  for (const name of FIXTURES) {
    it(`match removing each actor in NetworkX on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      const got = new Map(
        (keystones(index) ?? []).map((k) => [
          k.actor,
          k.worldPairs.map((p) => [...p].sort().join("|")).sort(),
        ]),
      );
      const want = new Map(
        Object.entries(fixture.expected.keystones).map(([id, pairs]) => [
          id,
          pairs.map((p) => [...p].sort().join("|")).sort(),
        ]),
      );
      expect(got).toEqual(want);
    });

    it(`articulation points equal nx.articulation_points on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      expect(
        articulationPoints(index)
          .map((i) => index.ids[i])
          .sort(),
      ).toEqual([...fixture.expected.articulationPoints].sort());
    });
  }

  it("the two centres of joined stars are keystones between their worlds", () => {
    const found = keystones(fixtureTerritory(loadFixture("two-stars")).index) ?? [];
    expect(found.map((k) => k.actor).sort()).toEqual(["A", "B"]);
  });

  it("returns null when the search would exceed its budget", () => {
    expect(keystones(fixtureTerritory(loadFixture("karate")).index, { maxWork: 1 })).toBeNull();
  });
});
