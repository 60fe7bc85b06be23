/**
 * Properties Leiden guarantees (Traag, Waltman & van Eck 2019, Table 1),
 * checked on random graphs: weighted, sparse enough to be disconnected, with
 * isolates, directed or not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leiden } from "../../src/community/leiden.js";
import type { CompactIndex } from "../../src/graph/compact-index.js";
import { indexFromLinks } from "./reference-graphs.js";

const randomGraph = fc
  .record({
    order: fc.integer({ min: 1, max: 40 }),
    density: fc.double({ min: 0.02, max: 0.4, noNaN: true }),
    weighted: fc.boolean(),
    directed: fc.boolean(),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .chain(({ order, density, weighted, directed, seed }) => {
    const pairs: [number, number][] = [];
    for (let u = 0; u < order; u++)
      for (let v = 0; v < order; v++) if (u !== v && (directed || u < v)) pairs.push([u, v]);
    return fc
      .tuple(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: pairs.length,
          maxLength: pairs.length,
        }),
        fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), {
          minLength: pairs.length,
          maxLength: pairs.length,
        }),
      )
      .map(([draws, weights]) => {
        const links: [number, number, number][] = [];
        pairs.forEach(([u, v], i) => {
          if (draws[i]! < density) links.push([u, v, weighted ? weights[i]! : 1]);
        });
        return { index: indexFromLinks(order, links, { directed }), seed };
      });
  });

/** Neighbours of v in the undirected view. */
function neighbours(index: CompactIndex, v: number): number[] {
  const result: number[] = [];
  for (let k = index.offsets[v]!; k < index.offsets[v + 1]!; k++) result.push(index.targets[k]!);
  if (index.directed)
    for (let k = index.inOffsets[v]!; k < index.inOffsets[v + 1]!; k++) result.push(index.inSources[k]!);
  return result;
}

function isConnectedWithin(index: CompactIndex, communityOf: Int32Array, community: number): boolean {
  const members = [...communityOf.keys()].filter((v) => communityOf[v] === community);
  const seen = new Set([members[0]!]);
  const stack = [members[0]!];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const u of neighbours(index, v))
      if (communityOf[u] === community && !seen.has(u)) {
        seen.add(u);
        stack.push(u);
      }
  }
  return seen.size === members.length;
}

/**
 * The largest modularity gain (×m) of moving one actor to a neighbouring
 * community or to a new one, from the definition: ΔQ·m = [w(v,B) − γk_vK_B/2m]
 * − [w(v,A∖v) − γk_v(K_A − k_v)/2m].
 */
function bestSingleMoveGain(index: CompactIndex, communityOf: Int32Array, resolution: number): number {
  const n = index.order;
  const strength = new Float64Array(n);
  let m = 0;
  for (let e = 0; e < index.size; e++) {
    strength[index.linkSource[e]!]! += index.linkWeight[e]!;
    strength[index.linkTarget[e]!]! += index.linkWeight[e]!;
    m += index.linkWeight[e]!;
  }
  if (m === 0) return 0;
  const total = new Map<number, number>();
  for (let v = 0; v < n; v++) total.set(communityOf[v]!, (total.get(communityOf[v]!) ?? 0) + strength[v]!);
  let best = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < n; v++) {
    const toward = new Map<number, number>();
    const add = (u: number, w: number) => toward.set(communityOf[u]!, (toward.get(communityOf[u]!) ?? 0) + w);
    for (let e = 0; e < index.size; e++) {
      if (index.linkSource[e] === v) add(index.linkTarget[e]!, index.linkWeight[e]!);
      if (index.linkTarget[e] === v) add(index.linkSource[e]!, index.linkWeight[e]!);
    }
    const a = communityOf[v]!;
    const kv = strength[v]!;
    const stay = (toward.get(a) ?? 0) - (resolution * kv * (total.get(a)! - kv)) / (2 * m);
    best = Math.max(best, 0 - stay);
    for (const [b, w] of toward)
      if (b !== a) best = Math.max(best, w - (resolution * kv * total.get(b)!) / (2 * m) - stay);
  }
  return best;
}

describe("leiden on random graphs (fast-check)", () => {
  it("never returns a disconnected community", () => {
    fc.assert(
      fc.property(randomGraph, ({ index, seed }) => {
        const result = leiden(index, { seed });
        for (let c = 0; c < result.count; c++)
          expect(isConnectedWithin(index, result.communityOf, c)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("gives every actor exactly one community, numbered 0..k−1 by decreasing size", () => {
    fc.assert(
      fc.property(randomGraph, ({ index, seed }) => {
        const result = leiden(index, { seed });
        expect(result.communities.size).toBe(index.order);
        expect(result.communityOf.length).toBe(index.order);
        const counted = new Array<number>(result.count).fill(0);
        for (const c of result.communityOf) {
          expect(c >= 0 && c < result.count).toBe(true);
          counted[c]!++;
        }
        expect(counted).toEqual(result.sizes);
        for (let c = 1; c < result.count; c++)
          expect(result.sizes[c]!).toBeLessThanOrEqual(result.sizes[c - 1]!);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the identical partition for the same seed", () => {
    fc.assert(
      fc.property(randomGraph, ({ index, seed }) => {
        expect(leiden(index, { seed }).communityOf).toEqual(leiden(index, { seed }).communityOf);
      }),
      { numRuns: 100 },
    );
  });

  it("returns a locally optimal partition: no single actor move improves modularity", () => {
    fc.assert(
      fc.property(randomGraph, fc.constantFrom(0.5, 1, 2), ({ index, seed }, resolution) => {
        const result = leiden(index, { seed, resolution });
        expect(bestSingleMoveGain(index, result.communityOf, resolution)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 150 },
    );
  });
});

/** The same for CPM: ΔH = [w(v,B) − γ·n_B] − [w(v,A∖v) − γ·(n_A − 1)]. */
function bestSingleMoveGainCpm(index: CompactIndex, communityOf: Int32Array, resolution: number): number {
  const n = index.order;
  const members = new Map<number, number>();
  for (let v = 0; v < n; v++) members.set(communityOf[v]!, (members.get(communityOf[v]!) ?? 0) + 1);
  let best = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < n; v++) {
    const toward = new Map<number, number>();
    const add = (u: number, w: number) => toward.set(communityOf[u]!, (toward.get(communityOf[u]!) ?? 0) + w);
    for (let e = 0; e < index.size; e++) {
      if (index.linkSource[e] === v) add(index.linkTarget[e]!, index.linkWeight[e]!);
      if (index.linkTarget[e] === v) add(index.linkSource[e]!, index.linkWeight[e]!);
    }
    const a = communityOf[v]!;
    const stay = (toward.get(a) ?? 0) - resolution * (members.get(a)! - 1);
    best = Math.max(best, 0 - stay);
    for (const [b, w] of toward) if (b !== a) best = Math.max(best, w - resolution * members.get(b)! - stay);
  }
  return best;
}

describe("leiden with CPM on random graphs (fast-check)", () => {
  it("returns connected communities and no single move improves CPM", () => {
    fc.assert(
      fc.property(randomGraph, fc.constantFrom(0.05, 0.5, 2), ({ index, seed }, resolution) => {
        const result = leiden(index, { seed, resolution, quality: "cpm" });
        for (let c = 0; c < result.count; c++)
          expect(isConnectedWithin(index, result.communityOf, c)).toBe(true);
        expect(bestSingleMoveGainCpm(index, result.communityOf, resolution)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 100 },
    );
  });
});

describe("leiden stopped after one iteration (fast-check)", () => {
  it("still returns connected communities and a locally optimal partition", () => {
    fc.assert(
      fc.property(randomGraph, ({ index, seed }) => {
        const result = leiden(index, { seed, maxIterations: 1 });
        for (let c = 0; c < result.count; c++)
          expect(isConnectedWithin(index, result.communityOf, c)).toBe(true);
        expect(bestSingleMoveGain(index, result.communityOf, 1)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 150 },
    );
  });
});

describe("the property checks themselves", () => {
  const pathOfFour = indexFromLinks(4, [
    [0, 1, 1],
    [1, 2, 1],
    [2, 3, 1],
  ]);

  it("see a disconnected community", () => {
    expect(isConnectedWithin(pathOfFour, Int32Array.from([0, 1, 1, 0]), 0)).toBe(false);
    expect(isConnectedWithin(pathOfFour, Int32Array.from([0, 0, 1, 1]), 0)).toBe(true);
  });

  it("see an improving move", () => {
    expect(bestSingleMoveGain(pathOfFour, Int32Array.from([0, 0, 0, 1]), 1)).toBeGreaterThan(0.1);
    expect(bestSingleMoveGain(pathOfFour, Int32Array.from([0, 0, 1, 1]), 1)).toBeLessThanOrEqual(0);
  });
});
