/**
 * Unweighted Brandes passes for up to 32 sources at once, the breadth-first
 * searches sharing their link scans as in multi-source BFS (M. Then et al.,
 * "The more the merrier", VLDB 2014): bit i of an Int32 word per actor stands
 * for source i. A link is scanned once per level per batch instead of once
 * per source; only the path counts σ and dependencies δ, kept side by side per
 * actor (`σ[v·32 + i]`), are updated per source, and only along
 * shortest-path links. Same sums as the one-source pass in brandes.ts.
 */
import type { CompactIndex } from "../graph/compact-index.js";

export const BATCH = 32;

/** Adds the dependencies of the first `count` (≤ 32) positions of `sources` to `bc`. */
export type BatchedPass = (sources: Int32Array, count: number, bc: Float64Array) => void;

export function createBatchedPass(index: CompactIndex): BatchedPass {
  const n = index.order;
  const { offsets, targets } = index;
  const seen = new Int32Array(n);
  const nextMask = new Int32Array(n);
  const levelMask = new Int32Array(n);
  const upcoming = new Int32Array(n);
  // σ per (actor, source), then c = (1 + δ) / σ once accumulated.
  const sigma = new Float64Array(n * BATCH);
  const sum = new Float64Array(BATCH);
  // (actor, source bits) entries, level after level.
  let listNode = new Int32Array(4 * n + BATCH);
  let listMask = new Int32Array(4 * n + BATCH);
  const levelStart: number[] = [];

  const grow = (needed: number) => {
    if (needed <= listNode.length) return;
    const size = Math.max(needed, 2 * listNode.length);
    const nodes = new Int32Array(size);
    nodes.set(listNode);
    const masks = new Int32Array(size);
    masks.set(listMask);
    listNode = nodes;
    listMask = masks;
  };

  return (sources, count, bc) => {
    levelStart.length = 0;
    levelStart.push(0);
    let size = 0;
    for (let i = 0; i < count; i++) {
      const s = sources[i]!;
      const bit = 1 << i;
      if (seen[s] === 0) {
        listNode[size] = s;
        listMask[size++] = bit;
      } else {
        // The same actor twice in a batch: merge into its entry.
        for (let e = 0; e < size; e++) if (listNode[e] === s) listMask[e]! |= bit;
      }
      seen[s]! |= bit;
      sigma[s * BATCH + i] = 1;
    }
    levelStart.push(size);
    // Forward: level by level, σ along the links that reach an actor first.
    for (;;) {
      const from = levelStart[levelStart.length - 2]!;
      const to = levelStart[levelStart.length - 1]!;
      let found = 0;
      for (let e = from; e < to; e++) {
        const v = listNode[e]!;
        const mask = listMask[e]!;
        const vBase = v * BATCH;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          let add = mask & ~seen[w]!;
          if (add === 0) continue;
          if (nextMask[w] === 0) upcoming[found++] = w;
          nextMask[w]! |= add;
          const wBase = w * BATCH;
          do {
            const low = add & -add;
            const i = 31 - Math.clz32(low);
            add ^= low;
            sigma[wBase + i]! += sigma[vBase + i]!;
          } while (add !== 0);
        }
      }
      if (found === 0) break;
      grow(to + found);
      for (let j = 0; j < found; j++) {
        const w = upcoming[j]!;
        const mask = nextMask[w]!;
        nextMask[w] = 0;
        seen[w]! |= mask;
        listNode[to + j] = w;
        listMask[to + j] = mask;
      }
      levelStart.push(to + found);
    }
    // Backward: deepest level first; c of the next level's actors is ready.
    for (let level = levelStart.length - 2; level >= 1; level--) {
      const from = levelStart[level]!;
      const to = levelStart[level + 1]!;
      const nextTo = levelStart[level + 2] ?? to;
      for (let e = to; e < nextTo; e++) levelMask[listNode[e]!] = listMask[e]!;
      for (let e = from; e < to; e++) {
        const w = listNode[e]!;
        const mask = listMask[e]!;
        for (let k = offsets[w]!, end = offsets[w + 1]!; k < end; k++) {
          const v = targets[k]!;
          let successor = mask & levelMask[v]!;
          if (successor === 0) continue;
          const vBase = v * BATCH;
          do {
            const low = successor & -successor;
            const i = 31 - Math.clz32(low);
            successor ^= low;
            sum[i]! += sigma[vBase + i]!;
          } while (successor !== 0);
        }
        const wBase = w * BATCH;
        let bits = mask;
        let total = 0;
        do {
          const low = bits & -bits;
          const i = 31 - Math.clz32(low);
          bits ^= low;
          const sw = sigma[wBase + i]!;
          const delta = sw * sum[i]!;
          sum[i] = 0;
          total += delta;
          sigma[wBase + i] = (1 + delta) / sw;
        } while (bits !== 0);
        bc[w]! += total;
      }
      for (let e = to; e < nextTo; e++) levelMask[listNode[e]!] = 0;
    }
    // Reset what this batch touched.
    const end = levelStart[levelStart.length - 1]!;
    for (let e = 0; e < end; e++) {
      const w = listNode[e]!;
      seen[w] = 0;
      const base = w * BATCH;
      let bits = listMask[e]!;
      do {
        const low = bits & -bits;
        bits ^= low;
        sigma[base + 31 - Math.clz32(low)] = 0;
      } while (bits !== 0);
    }
  };
}
