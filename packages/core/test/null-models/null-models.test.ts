import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  brokerageNull,
  type CompactIndex,
  compactIndexFromArrays,
  createRandom,
  degree,
  nullModels,
  permuteWorlds,
  replicateSeed,
  rewire,
  rewiredReplicate,
  summarizeNull,
} from "../../src/index.js";
import { fixtureTerritory, loadFixture } from "../fixtures/middle/load.js";

/** A seeded preferential-attachment territory of n actors over six worlds. */
function territory(n: number, seed: number, directed = false): CompactIndex {
  const random = createRandom(seed);
  const source: number[] = [];
  const target: number[] = [];
  const ends: number[] = [];
  for (let i = 1; i < n; i++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(i, 3))
      chosen.add(
        ends.length > 0 && random() < 0.8
          ? ends[Math.floor(random() * ends.length)]!
          : Math.floor(random() * i),
      );
    for (const c of chosen) {
      source.push(i);
      target.push(c);
      ends.push(i, c);
    }
  }
  return compactIndexFromArrays({
    directed,
    ids: Array.from({ length: n }, (_, i) => (i === 0 ? "__proto__" : i === 1 ? "constructor" : `a${i}`)),
    worldOf: Int32Array.from({ length: n }, () => Math.floor(random() * 6)),
    worldNames: ["association", "entreprise", "collectivité", "État", "académique", "fondation"],
    linkSource: Int32Array.from(source),
    linkTarget: Int32Array.from(target),
    linkWeight: Float64Array.from(source, () => 1 + Math.floor(random() * 3)),
  });
}

function outInDegrees(index: CompactIndex): number[] {
  const out: number[] = [];
  for (let i = 0; i < index.order; i++)
    out.push(index.offsets[i + 1]! - index.offsets[i]!, index.inOffsets[i + 1]! - index.inOffsets[i]!);
  return out;
}

describe("rewire (double edge swaps)", () => {
  it("preserves every actor's degree, with no self-loop and no parallel link", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 60 }), fc.integer(), fc.boolean(), (n, seed, directed) => {
        const index = territory(n, seed, directed);
        const { index: rewired } = rewire(index, { seed });
        expect(outInDegrees(rewired)).toEqual(outInDegrees(index));
        const seen = new Set<string>();
        for (let e = 0; e < rewired.size; e++) {
          const s = rewired.linkSource[e]!;
          const t = rewired.linkTarget[e]!;
          expect(s).not.toBe(t);
          const key = directed ? `${s}>${t}` : `${Math.min(s, t)}-${Math.max(s, t)}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("actually rewires: 10 × links swaps, and the links change", () => {
    const index = territory(200, 4);
    const { index: rewired, swaps } = rewire(index, { seed: 1 });
    expect(swaps).toBe(10 * index.size);
    let same = 0;
    for (let e = 0; e < index.size; e++)
      if (index.linkSource[e] === rewired.linkSource[e] && index.linkTarget[e] === rewired.linkTarget[e])
        same++;
    expect(same).toBeLessThan(index.size / 4);
  });

  it("is seeded", () => {
    const index = territory(50, 9);
    expect(rewire(index, { seed: 5 }).index.linkTarget).toEqual(rewire(index, { seed: 5 }).index.linkTarget);
    expect(rewire(index, { seed: 5 }).index.linkTarget).not.toEqual(
      rewire(index, { seed: 6 }).index.linkTarget,
    );
  });

  it("gives up without looping on a complete graph, where no swap is possible", () => {
    const { index } = fixtureTerritory(loadFixture("complete"));
    const { index: rewired, swaps } = rewire(index);
    expect(swaps).toBe(0);
    expect(degree.compute(rewired)).toEqual(degree.compute(index));
  });
});

describe("permuteWorlds", () => {
  it("keeps world sizes and the links", () => {
    const index = territory(80, 2);
    const permuted = permuteWorlds(index, createRandom(1));
    expect([...permuted.worldOf].sort()).toEqual([...index.worldOf].sort());
    expect(permuted.worldOf).not.toEqual(index.worldOf);
    expect(permuted.linkSource).toBe(index.linkSource);
  });
});

describe("summarizeNull", () => {
  it("computes mean, sample sd, z and the two-sided empirical p", () => {
    const s = summarizeNull(3, [1, 2, 3, 2]);
    expect(s.mean).toBe(2);
    expect(s.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(s.z).toBeCloseTo(1 / Math.sqrt(2 / 3), 12);
    // |x − 2| ≥ 1 for 1 and 3: p = (1 + 2) / 5.
    expect(s.p).toBeCloseTo(3 / 5, 12);
  });

  it("gives a null z when the null distribution has no spread, and nulls for a null observation", () => {
    expect(summarizeNull(1, [1, 1, 1]).z).toBeNull();
    expect(summarizeNull(null, [1, 2])).toMatchObject({ observed: null, z: null, p: null });
    expect(summarizeNull(1, [null, null])).toMatchObject({ mean: null, replicates: 0 });
  });
});

describe("nullModels", () => {
  it("gives finite z-scores for every figure of a 100-actor territory, and is seeded", () => {
    const index = territory(100, 11);
    const a = nullModels(index, { replicates: 20, seed: 4 });
    const b = nullModels(index, { replicates: 20, seed: 4 });
    expect(a).toEqual(b);
    expect(a.figures).toHaveLength(21);
    for (const figure of a.figures) {
      expect(figure.observed, figure.figure).not.toBeNull();
      if (figure.sd === 0) {
        // Figures rewiring keeps (degrees; connectivity here): no spread, no z.
        expect(figure.z).toBeNull();
        continue;
      }
      expect(Number.isFinite(figure.z), `${figure.model} ${figure.figure}`).toBe(true);
      expect(figure.p).toBeGreaterThan(0);
      expect(figure.p).toBeLessThanOrEqual(1);
    }
    const constant = a.figures.filter((f) => f.sd === 0).map((f) => f.figure);
    expect(constant).toEqual(expect.arrayContaining(["centralization.degree", "gini.degree"]));
    expect(constant).not.toContain("centralization.betweenness");
    const other = nullModels(index, { replicates: 20, seed: 5 });
    expect(other.figures[1]!.mean).not.toBe(a.figures[1]!.mean);
  });

  it("takes rewirings computed elsewhere (a worker pool) for the same seeds, with the same result", () => {
    const index = territory(60, 3);
    const sequential = nullModels(index, { replicates: 8, seed: 9 });
    // Computed out of order, as workers finish: each replicate depends on its own seed only.
    const rewired = [7, 3, 0, 5, 1, 6, 2, 4]
      .map((r) => ({ r, replicate: rewiredReplicate(index, replicateSeed(9, r)) }))
      .sort((a, b) => a.r - b.r)
      .map(({ replicate }) => replicate);
    expect(nullModels(index, { replicates: 8, seed: 9, rewired })).toEqual(sequential);
    expect(() => nullModels(index, { replicates: 8, seed: 9, rewired: rewired.slice(1) })).toThrow(
      /7 rewired/,
    );
  });

  it("draws each rewiring from its own seed: distinct for neighbouring seeds and replicates", () => {
    const seeds = new Set<number>();
    for (const seed of [0, 1, 2, 42]) for (let r = 0; r < 50; r++) seeds.add(replicateSeed(seed, r));
    expect(seeds.size).toBe(200);
  });

  // Speed is measured in benchmarks, not asserted here (no timing in unit tests).
  it("runs 100 rewirings of a 400-actor territory with every graph-level figure", () => {
    const result = nullModels(territory(400, 1), { replicates: 100 });
    expect(result.replicates).toBe(100);
    for (const figure of result.figures) {
      expect(figure.replicates, figure.figure).toBe(100);
      if (figure.z !== null) expect(Number.isFinite(figure.z), figure.figure).toBe(true);
    }
  });

  it("runs on a disconnected territory with isolates and ids __proto__ and constructor", () => {
    const { index } = fixtureTerritory(loadFixture("random-disconnected"));
    const result = nullModels(index, { replicates: 10, seed: 8 });
    for (const figure of result.figures) {
      expect(figure.replicates, figure.figure).toBe(10);
      if (figure.z !== null) expect(Number.isFinite(figure.z)).toBe(true);
    }
    const { index: rewired } = rewire(index, { seed: 8 });
    expect(outInDegrees(rewired)).toEqual(outInDegrees(index));
  });

  it("reports null, never NaN, on a territory without links", () => {
    const empty = compactIndexFromArrays({
      directed: false,
      ids: ["__proto__", "constructor"],
      worldOf: Int32Array.from([0, 1]),
      worldNames: ["a", "b"],
      linkSource: new Int32Array(0),
      linkTarget: new Int32Array(0),
      linkWeight: new Float64Array(0),
    });
    const result = nullModels(empty, { replicates: 3 });
    for (const figure of result.figures)
      for (const value of [figure.observed, figure.mean, figure.sd, figure.z, figure.p])
        expect(Number.isNaN(value)).toBe(false);
  });
});

describe("brokerageNull", () => {
  it("keeps each actor's total brokerage, gives finite expectations, and is seeded", () => {
    const index = territory(60, 3);
    const result = brokerageNull(index, { permutations: 30, seed: 2 });
    const again = brokerageNull(index, { permutations: 30, seed: 2 });
    expect(result.liaison.expected).toEqual(again.liaison.expected);
    for (let i = 0; i < index.order; i++) {
      const observed =
        result.coordinator.observed[i]! +
        result.consultant.observed[i]! +
        result.representative.observed[i]! +
        result.liaison.observed[i]!;
      const expected =
        result.coordinator.expected[i]! +
        result.consultant.expected[i]! +
        result.representative.expected[i]! +
        result.liaison.expected[i]!;
      expect(expected).toBeCloseTo(observed, 9);
      for (const role of ["coordinator", "consultant", "representative", "liaison"] as const) {
        const z = result[role].z[i];
        if (z !== null) expect(Number.isFinite(z)).toBe(true);
      }
    }
  });
});
