/**
 * The weighted Brandes pass for any positive weights: Dijkstra with an indexed
 * 4-ary heap (indexed-heap.ts), link length 1/weight computed once per index.
 *
 * Two path lengths within `tolerance` relative count as equal, so
 * 1/3+1/3+1/3 ties with 1 (as in igraph; NetworkX compares float sums exactly
 * and misses such ties). σ(v) is counted when v is settled (its distance is
 * final then), testing its in-links with that one predicate; the predecessors
 * it accepts are recorded and are exactly the links the accumulation follows
 * (weighted-dependencies.ts), so σ and the dependencies stay consistent.
 * When the weights are small rationals, brandes-buckets.ts does the same
 * search with exact integer lengths and no heap.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { IndexedHeap } from "./indexed-heap.js";
import { accumulateWeighted, createWeightedPassState } from "./weighted-dependencies.js";

/** One source's pass: adds δ_s(v) into `bc`. */
export type Pass = (source: number, bc: Float64Array) => void;

export function createHeapPass(index: CompactIndex, tolerance: number): Pass {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  const { length, inLength } = linkLengths(index);
  const undirected = inOffsets === offsets && inSources === targets;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const state = createWeightedPassState(n, inSources.length);
  const { sigma, order, predecessors, segmentEnd } = state;
  const heap = new IndexedHeap(n);
  return (s, bc) => {
    dist[s] = 0;
    heap.push(s, 0);
    let settled = 0;
    let recorded = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      const dv = dist[v]!;
      // v's distance is final and its predecessors (shorter by a positive
      // length) are settled, so σ(v) is counted now with the same tie
      // predicate as before: dist(u) + ℓ(u,v) within tolerance·dist(v).
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
          }
          const d = dv + lk;
          if (d < dw) {
            dist[w] = d;
            if (dw === Number.POSITIVE_INFINITY) heap.push(w, d);
            else heap.decrease(w, d);
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
          const dw = dist[w]!;
          if (d < dw) {
            dist[w] = d;
            if (dw === Number.POSITIVE_INFINITY) heap.push(w, d);
            else heap.decrease(w, d);
          }
        }
      }
      sigma[v] = sum;
      segmentEnd[settled] = recorded;
      order[settled++] = v;
    }
    accumulateWeighted(state, settled, recorded, bc);
    for (let i = 0; i < settled; i++) dist[order[i]!] = Number.POSITIVE_INFINITY;
  };
}

/** Link lengths 1/weight, computed once per index (every worker call reuses them). */
const lengthCache = new WeakMap<CompactIndex, { length: Float64Array; inLength: Float64Array }>();

export function linkLengths(index: CompactIndex): { length: Float64Array; inLength: Float64Array } {
  let cached = lengthCache.get(index);
  if (!cached) {
    const length = reciprocal(index.weights);
    const inLength = index.inWeights === index.weights ? length : reciprocal(index.inWeights);
    cached = { length, inLength };
    lengthCache.set(index, cached);
  }
  return cached;
}

function reciprocal(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  for (let k = 0; k < weights.length; k++) out[k] = 1 / weights[k]!;
  return out;
}
