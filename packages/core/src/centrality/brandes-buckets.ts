/**
 * The weighted Brandes pass with exact integer link lengths
 * (integer-lengths.ts): the same search as brandes-dijkstra.ts, but with a
 * circular bucket queue (bucket-queue.ts) in place of the heap and exact
 * integer ties in place of the tolerance test. Used whenever the weights are
 * small rationals (alliance counts), which is most territories.
 *
 * Same σ (sums of the same integers over the same predecessors) and the same
 * dependencies as the heap pass up to the order of float additions (actors
 * at equal distance may settle in another order): within 1e-12 relative.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import type { Pass } from "./brandes-dijkstra.js";
import { BucketQueue } from "./bucket-queue.js";
import { type IntegerLengths, UNREACHED } from "./integer-lengths.js";
import { accumulateWeighted, createWeightedPassState } from "./weighted-dependencies.js";

export function createBucketPass(index: CompactIndex, lengths: IntegerLengths): Pass {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  const { length, inLength, longest } = lengths;
  const undirected = inOffsets === offsets && inSources === targets;
  const dist = new Int32Array(n).fill(UNREACHED);
  const state = createWeightedPassState(n, inSources.length);
  const { sigma, order, predecessors, segmentEnd } = state;
  const queue = new BucketQueue(longest, targets.length + 1);
  return (s, bc) => {
    queue.clear();
    dist[s] = 0;
    queue.push(s, 0);
    let settled = 0;
    let recorded = 0;
    for (let v = queue.pop(); v >= 0; v = queue.pop()) {
      const dv = dist[v]!;
      // A stale entry: v was queued again closer (and settled from there).
      if (dv !== queue.cursor) continue;
      // v's distance is final and its predecessors (shorter by at least one
      // unit) are settled: σ(v) sums over the in-links with exact ties.
      let sum = settled === 0 ? 1 : 0;
      if (undirected) {
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const lk = length[k]!;
          const dw = dist[w]!;
          if (dw + lk === dv) {
            sum += sigma[w]!;
            predecessors[recorded++] = w;
          } else if (dv + lk < dw) {
            dist[w] = dv + lk;
            queue.push(w, dv + lk);
          }
        }
      } else {
        for (let k = inOffsets[v]!, end = inOffsets[v + 1]!; k < end; k++) {
          const u = inSources[k]!;
          if (dist[u]! + inLength[k]! === dv) {
            sum += sigma[u]!;
            predecessors[recorded++] = u;
          }
        }
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const d = dv + length[k]!;
          if (d < dist[w]!) {
            dist[w] = d;
            queue.push(w, d);
          }
        }
      }
      sigma[v] = sum;
      segmentEnd[settled] = recorded;
      order[settled++] = v;
    }
    accumulateWeighted(state, settled, recorded, bc);
    for (let i = 0; i < settled; i++) dist[order[i]!] = UNREACHED;
  };
}
