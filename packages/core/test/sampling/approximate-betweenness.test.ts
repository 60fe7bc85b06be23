import { describe, expect, it } from "vitest";
import {
  approximateBetweenness,
  computeApproximateBetweenness,
  createPathSampler,
  createRandom,
  planBetweennessSample,
  sampleSize,
} from "../../src/index.js";
import { sampleBetweennessBlock } from "../../src/kernels.js";
import { exactBetweenness, fromPairs, randomIndex } from "./helpers.js";

function maxError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

describe("approximateBetweenness", () => {
  const epsilon = 0.03;
  const delta = 0.1;
  const graphs = [
    ["a sparse undirected territory", randomIndex(150, 300, 1)],
    ["a disconnected undirected territory", randomIndex(200, 180, 2)],
    ["a directed territory", randomIndex(120, 400, 3, true)],
  ] as const;
  for (const [name, index] of graphs) {
    it(`lies within ε of exact betweenness on ${name}, for several seeds`, () => {
      const exact = exactBetweenness(index);
      for (const seed of [1, 2, 3, 4, 5]) {
        const { values, plan } = computeApproximateBetweenness(index, { epsilon, delta, seed });
        expect(plan.sampleSize).toBeGreaterThan(0);
        expect(maxError(values, exact)).toBeLessThanOrEqual(epsilon);
      }
    });
  }

  it("converges to exact betweenness as the sample grows (the estimator is unbiased)", () => {
    const index = randomIndex(60, 120, 7);
    const exact = exactBetweenness(index);
    const coarse = computeApproximateBetweenness(index, { seed: 3, sampleSize: 2_000 }).values;
    const fine = computeApproximateBetweenness(index, { seed: 3, sampleSize: 200_000 }).values;
    expect(maxError(fine, exact)).toBeLessThan(maxError(coarse, exact));
    expect(maxError(fine, exact)).toBeLessThan(0.006);
  });

  it("gives the same values for the same seed and different values for another seed", () => {
    const index = randomIndex(100, 250, 4);
    const a = approximateBetweenness(index, { epsilon: 0.1, seed: 9 });
    const b = approximateBetweenness(index, { epsilon: 0.1, seed: 9 });
    const c = approximateBetweenness(index, { epsilon: 0.1, seed: 10 });
    expect([...a.values()]).toEqual([...b.values()]);
    expect([...a.values()]).not.toEqual([...c.values()]);
  });

  it("is 0 everywhere on territories whose shortest paths have no inner actor", () => {
    const pair = fromPairs(2, [0], [1]);
    const triangle = fromPairs(3, [0, 1, 2], [1, 2, 0]);
    const isolates = fromPairs(4, [], []);
    for (const index of [pair, triangle, isolates]) {
      const { values } = computeApproximateBetweenness(index, { epsilon: 0.1 });
      expect([...values]).toEqual(new Array(index.order).fill(0));
    }
    // No sample is even drawn when the vertex diameter bound is 2 or less.
    expect(computeApproximateBetweenness(pair).plan.sampleSize).toBe(0);
    expect(computeApproximateBetweenness(isolates).plan.sampleSize).toBe(0);
  });

  it("gives the centre of a star betweenness 1 exactly (every path crosses it)", () => {
    const star = fromPairs(6, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5]);
    const { values } = computeApproximateBetweenness(star, { epsilon: 0.1, seed: 1 });
    // Pairs (centre, leaf) have no inner actor, so the centre gets (leaf pairs)/(all pairs) · n/(n−2) ≈ 1.
    expect(values[0]).toBeCloseTo(1, 1);
    expect([...values.slice(1)]).toEqual([0, 0, 0, 0, 0]);
  });

  it("keeps actor ids such as __proto__ and constructor as Map keys", () => {
    const index = fromPairs(3, [0, 1], [1, 2]);
    const ids = ["__proto__", "constructor", "toString"];
    const named = { ...index, ids, positionOf: new Map(ids.map((id, i) => [id, i])) };
    const values = approximateBetweenness(named, { epsilon: 0.1 });
    expect([...values.keys()]).toEqual(ids);
    expect(Math.abs(values.get("constructor")! - 1)).toBeLessThanOrEqual(0.1);
  });

  it("reports progress block by block", () => {
    const index = randomIndex(80, 160, 5);
    const steps: number[] = [];
    computeApproximateBetweenness(index, { sampleSize: 3000, onProgress: (done) => steps.push(done) });
    expect(steps).toEqual([1, 2, 3]);
  });
});

describe("sampleSize", () => {
  it("follows r = ⌈(c/ε′²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ with ε′ = ε(n − 2)/n", () => {
    const e = (0.01 * 998) / 1000;
    expect(sampleSize(1000, 10, 0.01, 0.1)).toBe(Math.ceil((0.5 / (e * e)) * (3 + 1 + Math.log(10))));
  });
  it("refuses ε or δ outside (0, 1)", () => {
    expect(() => sampleSize(10, 5, 0, 0.1)).toThrow(/epsilon/);
    expect(() => sampleSize(10, 5, 0.1, 1)).toThrow(/delta/);
  });
  it("plans from the vertex diameter bound of the territory", () => {
    const path = fromPairs(10, [0, 1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(planBetweennessSample(path).vertexDiameter).toBe(10);
  });
});

describe("createPathSampler", () => {
  it("crosses each of two equally short routes about half of the time", () => {
    // 0 – 1 – 3 and 0 – 2 – 3: two shortest paths from 0 to 3.
    const square = fromPairs(4, [0, 0, 1, 2], [1, 2, 3, 3]);
    const sampler = createPathSampler(square);
    const hits = new Float64Array(4);
    const random = createRandom(1);
    for (let i = 0; i < 10_000; i++) sampler(0, 3, hits, random);
    expect(hits[1]! + hits[2]!).toBe(10_000);
    expect(Math.abs(hits[1]! - 5000)).toBeLessThan(300);
  });
  it("returns false for actors in different components", () => {
    const two = fromPairs(4, [0, 2], [1, 3]);
    const hits = new Float64Array(4);
    expect(createPathSampler(two)(0, 3, hits, createRandom(1))).toBe(false);
    expect([...hits]).toEqual([0, 0, 0, 0]);
  });
  it("follows link directions on directed territories", () => {
    // 0 → 1 → 2 and 2 → 0: from 0 to 2 the path is 0, 1, 2; from 2 to 1 it is 2, 0, 1.
    const cycle = fromPairs(3, [0, 1, 2], [1, 2, 0], true);
    const sampler = createPathSampler(cycle);
    const hits = new Float64Array(3);
    sampler(0, 2, hits, createRandom(1));
    sampler(2, 1, hits, createRandom(1));
    expect([...hits]).toEqual([1, 1, 0]);
  });
});

describe("sampleBetweennessBlock", () => {
  it("depends only on the seed and the block number", () => {
    const index = randomIndex(50, 100, 6);
    expect(sampleBetweennessBlock(index, 4, 2, 500)).toEqual(sampleBetweennessBlock(index, 4, 2, 500));
    expect(sampleBetweennessBlock(index, 4, 2, 500)).not.toEqual(sampleBetweennessBlock(index, 4, 3, 500));
  });
});
