/**
 * For each actor u, the breadth-first distances *to* u from every actor that
 * reaches it (in-links for directed territories, as NetworkX's closeness and
 * harmonic centrality use): how many reach it, the sum of their distances and
 * the sum of their inverse distances. Shared by closeness and harmonic
 * centrality so that `analyze` runs the searches once for both.
 */
import type { CompactIndex } from "../graph/compact-index.js";

export interface PathLengthSums {
  /** Actors that reach u, u included. */
  reached: Int32Array;
  /** Σ d(v, u) over those actors. */
  distanceSum: Float64Array;
  /** Σ 1 / d(v, u) over those actors other than u. */
  inverseSum: Float64Array;
}

export function pathLengthSums(index: CompactIndex): PathLengthSums {
  const n = index.order;
  // Searching backwards along in-links from u gives distances from others to u.
  const offsets = index.inOffsets;
  const neighbours = index.inSources;
  const reached = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const inverseSum = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    dist[u] = 0;
    queue[0] = u;
    let head = 0;
    let tail = 1;
    let total = 0;
    let inverse = 0;
    // Level by level, so that 1/d is computed once per level.
    let level = 0;
    while (head < tail) {
      const levelEnd = tail;
      level++;
      while (head < levelEnd) {
        const v = queue[head++]!;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = neighbours[k]!;
          if (dist[w]! < 0) {
            dist[w] = level;
            queue[tail++] = w;
          }
        }
      }
      const found = tail - levelEnd;
      total += found * level;
      inverse += found / level;
    }
    reached[u] = tail;
    distanceSum[u] = total;
    inverseSum[u] = inverse;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return { reached, distanceSum, inverseSum };
}
