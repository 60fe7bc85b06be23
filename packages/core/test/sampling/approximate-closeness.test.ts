import { describe, expect, it } from "vitest";
import {
  approximateCloseness,
  type CompactIndex,
  closeness,
  closenessSourceCount,
  createRandom,
  harmonic,
  shuffle,
} from "../../src/index.js";
import { fromPairs, randomIndex } from "./helpers.js";

/** Hops from s to u along out-links, null when u is out of reach. */
function hops(index: CompactIndex, s: number, u: number): number | null {
  const distance = new Map<number, number>([[s, 0]]);
  const queue = [s];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (v === u) return distance.get(v)!;
    for (let j = index.offsets[v]!; j < index.offsets[v + 1]!; j++) {
      const w = index.targets[j]!;
      if (!distance.has(w)) {
        distance.set(w, distance.get(v)! + 1);
        queue.push(w);
      }
    }
  }
  return null;
}

function maxError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

describe("approximateCloseness", () => {
  const graphs = [
    ["an undirected territory with several components", randomIndex(300, 330, 1)],
    ["a directed territory", randomIndex(250, 700, 2, true)],
  ] as const;

  for (const [name, index] of graphs) {
    it(`equals closeness and harmonic centrality when every actor is a source (${name})`, () => {
      const result = approximateCloseness(index, { sources: index.order });
      expect(result.exact).toBe(true);
      expect(maxError(result.closeness, closeness.compute(index))).toBeLessThan(1e-12);
      expect(maxError(result.harmonic, harmonic.compute(index))).toBeLessThan(1e-12);
    });

    it(`puts harmonic centrality within ε over several seeds (${name})`, () => {
      const exact = harmonic.compute(index);
      for (const seed of [1, 2, 3]) {
        const result = approximateCloseness(index, { epsilon: 0.2, seed });
        expect(result.sources).toBe(closenessSourceCount(index.order, 0.2, 0.1));
        expect(result.exact).toBe(false);
        expect(maxError(result.harmonic, exact)).toBeLessThanOrEqual(0.2);
      }
    });
  }

  // The estimator by hand: the seeded shuffle's first k actors as sources, one BFS each.
  function byHand(index: CompactIndex, k: number, seed: number, u: number) {
    const order = shuffle(
      createRandom(seed),
      Array.from({ length: index.order }, (_, i) => i),
    );
    const sources = order.slice(0, k).filter((s) => s !== u);
    let reached = 0;
    let distance = 0;
    let inverse = 0;
    for (const s of sources) {
      const d = hops(index, s, u);
      if (d === null) continue;
      reached++;
      distance += d;
      inverse += 1 / d;
    }
    const closeness = distance > 0 ? (reached / distance) * (reached / sources.length) : 0;
    return { closeness, harmonic: inverse / sources.length };
  }

  it("estimates from the seeded sources' searches (multi-source search)", () => {
    const index = graphs[0][1];
    const result = approximateCloseness(index, { sources: 45, seed: 7 });
    for (const u of [0, 17, 150, 299]) {
      const expected = byHand(index, 45, 7, u);
      expect(result.closeness[u]).toBeCloseTo(expected.closeness, 12);
      expect(result.harmonic[u]).toBeCloseTo(expected.harmonic, 12);
    }
  });

  it("samples a chain too long for the multi-source level counts source by source", () => {
    // 4,200 actors in a line: 4,199 levels × 4,200 actors exceed the counts the multi-source search keeps.
    const n = 4200;
    const index = fromPairs(
      n,
      Array.from({ length: n - 1 }, (_, i) => i),
      Array.from({ length: n - 1 }, (_, i) => i + 1),
    );
    const result = approximateCloseness(index, { sources: 40, seed: 3 });
    for (const u of [0, 1234, n - 1]) {
      const expected = byHand(index, 40, 3, u);
      expect(result.closeness[u]).toBeCloseTo(expected.closeness, 12);
      expect(result.harmonic[u]).toBeCloseTo(expected.harmonic, 12);
    }
  });

  it("refuses ε or δ outside (0, 1)", () => {
    expect(() => closenessSourceCount(10, 0, 0.1)).toThrow(/epsilon/);
  });
});
