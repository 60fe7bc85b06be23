/**
 * The weighted Brandes pass for weights that are not small rationals but
 * whose range is bounded (co-appearance counts 1–31, averaged intensities):
 * Dijkstra on a bucket queue whose buckets are half the shortest link wide
 * (E. A. Dinic, "Economical algorithms for finding shortest paths in a
 * network", 1978). Lengths are the floats 1/weight and ties use the heap's
 * tolerance, as in brandes-dijkstra.ts.
 *
 * Why actors of one bucket can settle in any order: a link is at least
 * ℓmin = 2 · width long, so no actor of the current bucket can shorten
 * another one's distance (a relaxation lands at least two buckets ahead), and
 * a predecessor u of v (dist(u) + ℓ(u,v) within τ·dist(v) of dist(v)) lies at
 * least ℓmin − τ·dist(v) > width before v, in an earlier bucket, so it is
 * settled and σ(v) is complete when v is. Every distance is then the same
 * float minimum of dist(u) + ℓ(u,v) as with the heap, and the tie predicate
 * sees the same values: same σ, same predecessors; only the order of actors
 * at (nearly) equal distance, hence of float additions, differs.
 *
 * Used when the buckets stay few (ℓmax/ℓmin ≤ 2^15) and τ · (n − 1) · ℓmax/ℓmin
 * ≤ 1/4 (the margin above); otherwise the heap runs.
 *
 * 1.9× faster than the heap on ba-10k-weighted with weights 1.37·w − 0.2 (no
 * common unit; A/B in one process, same sums within 6e-16). NOTE: the loop
 * repeats the heap pass's rather than taking its queue as a parameter: one
 * loop over two queue classes made its calls polymorphic and cost 1.9× → 1.6×
 * (measured), the price of every call in the hot loop.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { linkLengths, type Pass } from "./brandes-dijkstra.js";
import { BucketQueue } from "./bucket-queue.js";
import { accumulateWeighted, createWeightedPassState } from "./weighted-dependencies.js";

/** Largest ratio of the longest to the shortest link the bucket queue accepts (2^16 + 2 buckets). */
export const MAX_LENGTH_RATIO = 2 ** 15;

/**
 * Buckets per unit length (2 / ℓmin) for this index and tie tolerance, or
 * `undefined` when the heap must run (a range too wide, a zero or infinite
 * length, or a tolerance the margin does not cover).
 */
export function bucketScale(index: CompactIndex, tolerance: number): number | undefined {
  const { length } = linkLengths(index);
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (let k = 0; k < length.length; k++) {
    const l = length[k]!;
    if (l < shortest) shortest = l;
    if (l > longest) longest = l;
  }
  if (length.length === 0) return 1;
  if (!(shortest > 0) || !Number.isFinite(longest)) return undefined;
  const ratio = longest / shortest;
  const reach = Math.max(1, index.order - 1) * ratio;
  // Keys (path length · scale ≤ 2 · reach) stay below 2^30, Int32 arithmetic.
  if (ratio > MAX_LENGTH_RATIO || 2 * reach >= 2 ** 30 || tolerance * reach > 0.25) return undefined;
  return 2 / shortest;
}

/** @param scale buckets per unit length, from `bucketScale` */
export function createDinitzPass(index: CompactIndex, tolerance: number, scale: number): Pass {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  const { length, inLength } = linkLengths(index);
  let longest = 0;
  for (let k = 0; k < length.length; k++) longest = Math.max(longest, length[k]!);
  const undirected = inOffsets === offsets && inSources === targets;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  // An actor may sit twice in one bucket (shortened twice within a bucket's width).
  const done = new Uint8Array(n);
  const state = createWeightedPassState(n, inSources.length);
  const { sigma, order, predecessors, segmentEnd } = state;
  const queue = new BucketQueue(Math.ceil(longest * scale) + 1, targets.length + 1);
  return (s, bc) => {
    queue.clear();
    dist[s] = 0;
    queue.push(s, 0);
    let settled = 0;
    let recorded = 0;
    for (let v = queue.pop(); v >= 0; v = queue.pop()) {
      if (done[v] === 1) continue;
      done[v] = 1;
      const dv = dist[v]!;
      const slack = tolerance * dv;
      let sum = settled === 0 ? 1 : 0;
      if (undirected) {
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const lk = length[k]!;
          const dw = dist[w]!;
          if (Math.abs(dw + lk - dv) <= slack) {
            sum += sigma[w]!;
            predecessors[recorded++] = w;
          } else if (dv + lk < dw) {
            dist[w] = dv + lk;
            queue.push(w, ((dv + lk) * scale) | 0);
          }
        }
      } else {
        for (let k = inOffsets[v]!, end = inOffsets[v + 1]!; k < end; k++) {
          const u = inSources[k]!;
          if (Math.abs(dist[u]! + inLength[k]! - dv) <= slack) {
            sum += sigma[u]!;
            predecessors[recorded++] = u;
          }
        }
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const d = dv + length[k]!;
          if (d < dist[w]!) {
            dist[w] = d;
            queue.push(w, (d * scale) | 0);
          }
        }
      }
      sigma[v] = sum;
      segmentEnd[settled] = recorded;
      order[settled++] = v;
    }
    accumulateWeighted(state, settled, recorded, bc);
    for (let i = 0; i < settled; i++) {
      const v = order[i]!;
      dist[v] = Number.POSITIVE_INFINITY;
      done[v] = 0;
    }
  };
}
