/**
 * Connectivity of a territory once some actors are removed: the share of
 * actor pairs still connected (1 − F, Borgatti's KPP-Neg fragmentation
 * F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)), Borgatti 2006, "Identifying sets of
 * key players in a social network", Comput. Math. Organ. Theory 12:21–34),
 * the share of cross-world pairs still connected, and the largest component's
 * share. Every share is over the actors that remain. Components are weak for
 * directed territories, as in `nx.number_weakly_connected_components`.
 * NetworkX has no fragmentation; for the pair share it equals
 * Σ_c C(|c|, 2) / C(n, 2) over `nx.connected_components` of the reduced graph.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** How connected the actors left are: pairs still joined (all, and across worlds) and the largest component. */
export interface ConnectivityFigures {
  /** Actors not removed. */
  remaining: number;
  /** Share of pairs of remaining actors joined by a path; null below two actors. */
  pairsConnected: number | null;
  /** The same over pairs of actors of different worlds; null when there are none. */
  crossWorldPairsConnected: number | null;
  /** Largest component / remaining actors; null when none remain. */
  largestComponentShare: number | null;
  /** KPP-Neg fragmentation F = 1 − pairsConnected; null below two actors. */
  fragmentation: number | null;
}

/** Scratch space reused over many evaluations on the same index. */
export interface ConnectivityScratch {
  seen: Int32Array;
  queue: Int32Array;
  perWorld: Float64Array;
  stamp: number;
}

/** Buffers reused across many connectivity computations on one index (removal curves, key players). */
export function createConnectivityScratch(index: CompactIndex): ConnectivityScratch {
  let k = 0;
  for (let i = 0; i < index.order; i++) k = Math.max(k, index.worldOf[i]! + 1);
  return {
    seen: new Int32Array(index.order),
    queue: new Int32Array(index.order),
    perWorld: new Float64Array(k),
    stamp: 0,
  };
}

/** Connectivity of `index` without the actors flagged in `removed` (1 = removed). */
export function connectivity(
  index: CompactIndex,
  removed: Uint8Array | null = null,
  scratch: ConnectivityScratch = createConnectivityScratch(index),
): ConnectivityFigures {
  const n = index.order;
  const { queue, perWorld, seen } = scratch;
  const stamp = ++scratch.stamp;
  const worldOf = index.worldOf;
  const totalPerWorld = new Float64Array(perWorld.length);
  let remaining = 0;
  let connectedPairs = 0;
  let crossConnected = 0;
  let largest = 0;
  for (let root = 0; root < n; root++) {
    if (removed?.[root] || seen[root] === stamp) continue;
    seen[root] = stamp;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      tail = expand(index.offsets, index.targets, v, removed, seen, stamp, queue, tail);
      if (index.directed)
        tail = expand(index.inOffsets, index.inSources, v, removed, seen, stamp, queue, tail);
    }
    let sameWorld = 0;
    for (let r = 0; r < tail; r++) perWorld[worldOf[queue[r]!]!]!++;
    for (let r = 0; r < tail; r++) {
      const w = worldOf[queue[r]!]!;
      const c = perWorld[w]!;
      if (c > 0) {
        sameWorld += (c * (c - 1)) / 2;
        totalPerWorld[w]! += c;
        perWorld[w] = 0;
      }
    }
    const pairs = (tail * (tail - 1)) / 2;
    connectedPairs += pairs;
    crossConnected += pairs - sameWorld;
    remaining += tail;
    largest = Math.max(largest, tail);
  }
  const allPairs = (remaining * (remaining - 1)) / 2;
  let sameWorldPairs = 0;
  for (const c of totalPerWorld) sameWorldPairs += (c * (c - 1)) / 2;
  const crossPairs = allPairs - sameWorldPairs;
  const pairsConnected = remaining < 2 ? null : connectedPairs / allPairs;
  return {
    remaining,
    pairsConnected,
    crossWorldPairsConnected: crossPairs === 0 ? null : crossConnected / crossPairs,
    largestComponentShare: remaining === 0 ? null : largest / remaining,
    fragmentation: pairsConnected === null ? null : 1 - pairsConnected,
  };
}

function expand(
  offsets: Int32Array,
  neighbours: Int32Array,
  v: number,
  removed: Uint8Array | null,
  seen: Int32Array,
  stamp: number,
  queue: Int32Array,
  tail: number,
): number {
  for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
    const w = neighbours[k]!;
    if (seen[w] !== stamp && !removed?.[w]) {
      seen[w] = stamp;
      queue[tail++] = w;
    }
  }
  return tail;
}
