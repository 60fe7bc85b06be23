import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBucketPass } from "../../src/centrality/brandes-buckets.js";
import { createHeapPass } from "../../src/centrality/brandes-dijkstra.js";
import { bucketScale, createDinitzPass, MAX_LENGTH_RATIO } from "../../src/centrality/brandes-dinitz.js";
import { integerLinkLengths, MAX_LINK_UNITS } from "../../src/centrality/integer-lengths.js";
import { type CompactIndex, createCompactIndex, createTerritory } from "../../src/index.js";
import { DEFAULT_TIE_TOLERANCE, rescaleBetweenness } from "../../src/kernels.js";
import { expectClose } from "../helpers/expect-close.js";
import { type FixtureGraph, fixtureTerritory, readFixture } from "../helpers/fixture-territory.js";

function indexOf(order: number, links: [number, number, number][], directed: boolean): CompactIndex {
  const actors = Array.from({ length: order }, (_, i) => ({ id: `v${i}` }));
  const territory = createTerritory({
    meta: { directed },
    actors,
    links: links.map(([a, b, weight]) => ({ source: `v${a}`, target: `v${b}`, weight })),
  });
  return createCompactIndex(territory.graph);
}

/** Raw Brandes sums over every source with one pass, as a Map by actor id. */
function sums(index: CompactIndex, pass: (s: number, bc: Float64Array) => void): Map<string, number> {
  const bc = new Float64Array(index.order);
  for (let s = 0; s < index.order; s++) pass(s, bc);
  return new Map(index.ids.map((id, i) => [id, bc[i]!]));
}

const heapSums = (index: CompactIndex, tolerance = DEFAULT_TIE_TOLERANCE) =>
  sums(index, createHeapPass(index, tolerance));
function dinitzSums(index: CompactIndex, tolerance = DEFAULT_TIE_TOLERANCE) {
  const scale = bucketScale(index, tolerance);
  expect(scale, "bucket scale").toBeDefined();
  return sums(index, createDinitzPass(index, tolerance, scale!));
}
function bucketSums(index: CompactIndex) {
  const lengths = integerLinkLengths(index, DEFAULT_TIE_TOLERANCE);
  expect(lengths, "integer lengths").toBeDefined();
  return sums(index, createBucketPass(index, lengths!));
}

/** Same sums up to the order of float additions (actors at one distance may settle in another order). */
const SAME = { rel: 1e-12, abs: 1e-15 };

const path = (...weights: number[]) =>
  indexOf(
    weights.length + 1,
    weights.map((w, i) => [i, i + 1, w]),
    false,
  );

describe("integerLinkLengths", () => {
  it("writes lengths 1/w in the unit 1/lcm of the weights (weights 1–5: 60, 30, 20, 15, 12)", () => {
    const index = path(1, 2, 3, 4, 5);
    const lengths = integerLinkLengths(index, DEFAULT_TIE_TOLERANCE)!;
    expect(lengths.longest).toBe(60);
    const byWeight = new Map<number, number>();
    for (let k = 0; k < index.weights.length; k++) byWeight.set(index.weights[k]!, lengths.length[k]!);
    expect([...byWeight].sort(([a], [b]) => a - b)).toEqual([
      [1, 60],
      [2, 30],
      [3, 20],
      [4, 15],
      [5, 12],
    ]);
  });

  it("reads reciprocals and small fractions (0.5 and 2.5: lengths 2 and 0.4, i.e. 5 and 1 units)", () => {
    const index = path(0.5, 2.5);
    const lengths = integerLinkLengths(index, DEFAULT_TIE_TOLERANCE)!;
    expect(lengths.longest).toBe(5);
    expect(new Set(lengths.length)).toEqual(new Set([5, 1]));
  });

  it("declines float weights, too wide a range, and tolerances the integers would not reproduce", () => {
    expect(integerLinkLengths(path(1, 0.37), DEFAULT_TIE_TOLERANCE)).toBeUndefined();
    expect(integerLinkLengths(path(1, Math.PI), DEFAULT_TIE_TOLERANCE)).toBeUndefined();
    // lcm(1, 2^16 + 1) = 65537 units for the weight-1 link: more buckets than allowed.
    expect(integerLinkLengths(path(1, MAX_LINK_UNITS + 1), DEFAULT_TIE_TOLERANCE)).toBeUndefined();
    expect(integerLinkLengths(path(1, MAX_LINK_UNITS), DEFAULT_TIE_TOLERANCE)?.longest).toBe(MAX_LINK_UNITS);
    // τ = 0 is NetworkX's exact float comparison, which misses 1/3+1/3+1/3 = 1: keep the heap.
    expect(integerLinkLengths(path(1, 3), 0)).toBeUndefined();
    // τ · (n − 1) · C ≥ 1/2: the heap would tie distinct integer lengths.
    expect(integerLinkLengths(path(1, 3), 0.1)).toBeUndefined();
    expect(integerLinkLengths(path(1, 3), 0.05)).toBeDefined();
  });
});

describe("bucketScale", () => {
  it("makes buckets half the shortest link wide (weights 1–5: shortest 1/5, 10 buckets per unit)", () => {
    expect(bucketScale(path(1, 2, 3, 4, 5), DEFAULT_TIE_TOLERANCE)).toBe(10);
    expect(bucketScale(path(0.37, Math.PI), 0)).toBeCloseTo(2 * Math.PI, 12);
  });

  it("declines a range of lengths too wide and tolerances the margin does not cover", () => {
    expect(bucketScale(path(1, MAX_LENGTH_RATIO), DEFAULT_TIE_TOLERANCE)).toBeDefined();
    expect(bucketScale(path(1, 2 * MAX_LENGTH_RATIO), DEFAULT_TIE_TOLERANCE)).toBeUndefined();
    // τ · (n − 1) · ℓmax/ℓmin = τ · 2 · 3 must stay ≤ 1/4.
    expect(bucketScale(path(1, 3), 0.04)).toBeDefined();
    expect(bucketScale(path(1, 3), 0.05)).toBeUndefined();
  });
});

/** Simple graphs of up to 16 actors, weights from a small set so that many paths tie. */
const randomGraph = fc
  .record({
    order: fc.integer({ min: 1, max: 16 }),
    weights: fc.constantFrom<number[]>([1], [1, 2], [1, 2, 3, 4, 5], [1, 3], [0.5, 1.5, 2], [2, 4, 6]),
    directed: fc.boolean(),
  })
  .chain(({ order, weights, directed }) =>
    fc.record({
      order: fc.constant(order),
      directed: fc.constant(directed),
      links: fc.uniqueArray(fc.tuple(fc.nat(order - 1), fc.nat(order - 1), fc.constantFrom(...weights)), {
        maxLength: order * 3,
        selector: ([a, b]) => (directed || a < b ? `${a}-${b}` : `${b}-${a}`),
      }),
    }),
  )
  .map(({ order, directed, links }) => ({ order, directed, links: links.filter(([a, b]) => a !== b) }));

describe("the bucket passes give the heap pass's sums", () => {
  it("on random graphs with many ties, directed or not, often disconnected", () => {
    fc.assert(
      fc.property(randomGraph, ({ order, links, directed }) => {
        const index = indexOf(order, links, directed);
        expectClose(bucketSums(index), heapSums(index), SAME);
      }),
      { numRuns: 200 },
    );
  });

  it("so do Dinitz's buckets, with float weights and with tolerance 0", () => {
    const floats = fc.constantFrom<number[]>([0.37, 1.1, 2.9], [0.1, 0.2, 0.3], [Math.PI, Math.E, 1]);
    fc.assert(
      fc.property(randomGraph, floats, fc.constantFrom(DEFAULT_TIE_TOLERANCE, 0), (g, weights, tolerance) => {
        // Same graphs, weights replaced by floats with no common unit (ties through 0.1 + 0.2 vs 0.3).
        const links = g.links.map(([a, b, w]): [number, number, number] => [
          a,
          b,
          weights[w % weights.length]!,
        ]);
        const index = indexOf(g.order, links, g.directed);
        expectClose(dinitzSums(index, tolerance), heapSums(index, tolerance), SAME);
        const integer = indexOf(g.order, g.links, g.directed);
        expectClose(dinitzSums(integer, tolerance), heapSums(integer, tolerance), SAME);
      }),
      { numRuns: 200 },
    );
  });

  it("on a 1/3 + 1/3 + 1/3 = 1 tie, counting both paths", () => {
    // a–b–c–d with weights 3 (length 1/3 each) against a–d with weight 1.
    const index = indexOf(
      4,
      [
        [0, 1, 3],
        [1, 2, 3],
        [2, 3, 3],
        [0, 3, 1],
      ],
      false,
    );
    const expected = new Map([
      ["v0", 0],
      ["v1", 3], // (a,c) from both ends, half of (a,d) from both ends
      ["v2", 3],
      ["v3", 0],
    ]);
    expectClose(bucketSums(index), expected, SAME);
    expectClose(dinitzSums(index), expected, SAME);
    expectClose(heapSums(index), expected, SAME);
  });

  interface CentralityFixture extends FixtureGraph {
    expected: { actors: Record<string, Record<string, number>> };
  }
  const dir = new URL("../fixtures/centrality/", import.meta.url);
  const names = readdirSync(dir).filter((file) => file.endsWith(".json"));

  it.each(names)("and both match the reference weighted betweenness of %s", (file) => {
    const fixture = readFixture<CentralityFixture>(new URL(file, dir));
    const index = createCompactIndex(fixtureTerritory(fixture));
    const expected = fixture.expected.actors.betweennessWeighted!;
    const heap = heapSums(index);
    const rescaled = (raw: Map<string, number>) => {
      const values = rescaleBetweenness(
        index,
        Float64Array.from(index.ids, (id) => raw.get(id)!),
      );
      return new Map(index.ids.map((id, i) => [id, values[i]!]));
    };
    expectClose(rescaled(heap), expected, {}, `${file} heap`);
    expectClose(dinitzSums(index), heap, SAME, `${file} Dinitz`);
    // Les Misérables' counts 1–31 have lcm 328,025,880: too many buckets, the heap runs.
    const integer = integerLinkLengths(index, DEFAULT_TIE_TOLERANCE) !== undefined;
    expect(integer).toBe(!file.includes("les-miserables"));
    if (integer) {
      const buckets = bucketSums(index);
      expectClose(buckets, heap, SAME, `${file} buckets`);
      expectClose(rescaled(buckets), expected, {}, `${file} buckets`);
    }
  });
});
