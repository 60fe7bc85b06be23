/**
 * Approximate closeness and harmonic centrality by sampling sources (Eppstein
 * & Wang, "Fast approximation of centrality", J. Graph Algorithms Appl. 8(1),
 * 2004): k breadth-first searches from uniformly drawn sources give, for every
 * actor u, the distances d(s, u) from a sample of the actors that could reach
 * it, and the sample mean stands for the mean over all actors.
 *
 * - harmonic: Σ_s 1/d(s,u) / k_u estimates `nx.harmonic_centrality(G)[u]/(n−1)`
 *   (k_u = sampled sources other than u). Each term lies in [0, 1], so by
 *   Hoeffding's inequality and a union bound over the n actors,
 *   k = ⌈ln(2n/δ) / (2ε²)⌉ sources put every value within ε with probability ≥ 1 − δ.
 * - closeness: with c_u sampled sources reaching u at total distance S_u,
 *   (c_u/S_u)·(c_u/k_u) estimates `nx.closeness_centrality(G)` (Wasserman–Faust:
 *   reach and total distance both scale by (n−1)/k_u). Eppstein & Wang bound
 *   the error of the mean distance by ε·Δ (Δ the diameter) with the same k;
 *   closeness itself has no additive guarantee, so it is reported as "approx".
 *
 * Searches run along out-links from each source, so u receives d(s, u), the
 * inward distance NetworkX uses for directed graphs.
 */

import { type PathLengthSums, sourcePathLengthSums } from "../centrality/path-length-sums.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED, shuffle } from "../random.js";

/** Options of `approximateCloseness`. */
export interface ApproximateClosenessOptions {
  /** Additive error on harmonic centrality. Default 0.05. */
  epsilon?: number;
  /** Failure probability. Default 0.1. */
  delta?: number;
  seed?: number;
  /** Override the number of sources (voids the guarantee). */
  sources?: number;
}

/** Sampled closeness and harmonic centrality by position, with the sources used. */
export interface ApproximateClosenessResult {
  closeness: Float64Array;
  harmonic: Float64Array;
  /** Sources searched (all actors when that is fewer than the bound asks: then the values are exact). */
  sources: number;
  exact: boolean;
}

/** The default error bound of sampled closeness (Eppstein & Wang 2004). */
export const DEFAULT_CLOSENESS_EPSILON = 0.05;

/** How many sources sampled closeness needs for error ε with probability 1 − δ. */
export function closenessSourceCount(order: number, epsilon: number, delta: number): number {
  if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1))
    throw new RangeError(`epsilon ${epsilon}, delta ${delta}: expected both in (0, 1)`);
  return Math.ceil(Math.log((2 * Math.max(order, 1)) / delta) / (2 * epsilon * epsilon));
}

/** Closeness and harmonic centrality from searches out of sampled sources (Eppstein & Wang 2004). */
export function approximateCloseness(
  index: CompactIndex,
  options: ApproximateClosenessOptions = {},
): ApproximateClosenessResult {
  const sources = closenessSources(index, options);
  const sums = sourcePathLengthSums(index, sources) ?? searchSourceBySource(index, sources);
  return closenessFromSourceSums(index, sources, sums);
}

/**
 * The sampled sources: a seeded shuffle's prefix (without replacement), as
 * many as the bound asks or `options.sources`, all actors at most. Pure in
 * (index order, options), so workers searching parts of them (see
 * @catalyse/parallel) sample what the sequential run samples.
 */
export function closenessSources(index: CompactIndex, options: ApproximateClosenessOptions = {}): Int32Array {
  const n = index.order;
  const wanted =
    options.sources ??
    closenessSourceCount(n, options.epsilon ?? DEFAULT_CLOSENESS_EPSILON, options.delta ?? 0.1);
  const order = shuffle(
    createRandom(options.seed ?? DEFAULT_SEED),
    Array.from({ length: n }, (_, i) => i),
  );
  return Int32Array.from(order.slice(0, Math.min(n, wanted)));
}

/** The estimates from the path-length sums of the searches from `sources`. */
export function closenessFromSourceSums(
  index: CompactIndex,
  sources: Int32Array,
  { reached, distanceSum, inverseSum }: PathLengthSums,
): ApproximateClosenessResult {
  const n = index.order;
  const k = sources.length;
  const sampled = new Uint8Array(n);
  for (const s of sources) sampled[s] = 1;
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const others = k - sampled[u]!;
    if (others === 0 || n < 2) continue;
    harmonic[u] = inverseSum[u]! / others;
    // `reached` counts u itself when it was a source.
    const c = reached[u]! - sampled[u]!;
    if (distanceSum[u]! > 0) closeness[u] = (c / distanceSum[u]!) * (c / others);
  }
  return { closeness, harmonic, sources: k, exact: k === n };
}

/** One breadth-first search per source: for territories whose levels are too many for the multi-source search. */
export function searchSourceBySource(index: CompactIndex, sources: Int32Array): PathLengthSums {
  const n = index.order;
  const reached = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const inverseSum = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (const s of sources) {
    reached[s]!++;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    distance[s] = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      for (let j = index.offsets[v]!, end = index.offsets[v + 1]!; j < end; j++) {
        const w = index.targets[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail++] = w;
          reached[w]!++;
          distanceSum[w]! += next;
          inverseSum[w]! += 1 / next;
        }
      }
    }
    for (let j = 0; j < tail; j++) distance[queue[j]!] = -1;
  }
  return { reached, distanceSum, inverseSum };
}
