/**
 * Unweighted betweenness (Brandes 2001, "A faster algorithm for betweenness
 * centrality", J. Math. Sociol. 25:163–177) and closeness, by breadth-first
 * search over the compact index: `nx.betweenness_centrality(G)` (normalised by
 * 1/((n−1)(n−2)), as NetworkX does for both directed and undirected graphs)
 * and `nx.closeness_centrality(G)` (Wasserman–Faust scaling, incoming
 * distances for directed graphs).
 *
 * NOTE: a private copy for the dependence curves and the null models, which
 * recompute both on every rewired or reduced graph in one pass per source.
 * The centrality module owns the public `betweenness`/`closeness`
 * (issue 3); callers can inject those through `ShortestPathFunctions`, and
 * this file should be replaced by them once they land on main.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** A per-position betweenness function (normalised, as NetworkX). */
export type BetweennessFunction = (index: CompactIndex) => ArrayLike<number>;

/** Scratch arrays reused across sources (and across calls of the same size). */
interface Scratch {
  distance: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
}

function scratch(n: number): Scratch {
  return {
    distance: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
  };
}

/**
 * Betweenness and closeness in one sweep (undirected territories share the
 * breadth-first searches; directed ones need a second, inward sweep for
 * closeness).
 */
export function betweennessAndCloseness(index: CompactIndex): {
  betweenness: Float64Array;
  closeness: Float64Array;
} {
  const n = index.order;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const s = scratch(n);
  for (let source = 0; source < n; source++) {
    const reached = brandesFrom(index, source, s, betweenness);
    if (!index.directed) closeness[source] = closenessFromDistances(s, reached, n);
    reset(s, reached);
  }
  if (index.directed) {
    for (let target = 0; target < n; target++) {
      const reached = bfs(index.inOffsets, index.inSources, target, s);
      closeness[target] = closenessFromDistances(s, reached, n);
      reset(s, reached);
    }
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) betweenness[i]! *= scale;
  }
  return { betweenness, closeness };
}

/** `nx.betweenness_centrality(G)` (unweighted, normalised). */
export function privateBetweenness(index: CompactIndex): Float64Array {
  const n = index.order;
  const betweenness = new Float64Array(n);
  const s = scratch(n);
  for (let source = 0; source < n; source++) reset(s, brandesFrom(index, source, s, betweenness));
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) betweenness[i]! *= scale;
  }
  return betweenness;
}

/** One Brandes source: BFS counting shortest paths, then dependency accumulation. Returns actors reached. */
function brandesFrom(index: CompactIndex, source: number, s: Scratch, betweenness: Float64Array): number {
  const { offsets, targets } = index;
  const reached = bfs(offsets, targets, source, s);
  const { distance, sigma, delta, order } = s;
  for (let r = 0; r < reached; r++) delta[order[r]!] = 0;
  for (let r = reached - 1; r > 0; r--) {
    const w = order[r]!;
    const dw = distance[w]!;
    const coefficient = (1 + delta[w]!) / sigma[w]!;
    // Predecessors are the in-neighbours one step closer to the source.
    for (let k = index.inOffsets[w]!; k < index.inOffsets[w + 1]!; k++) {
      const v = index.inSources[k]!;
      if (distance[v] === dw - 1) delta[v]! += sigma[v]! * coefficient;
    }
    betweenness[w]! += delta[w]!;
  }
  return reached;
}

function bfs(offsets: Int32Array, neighbours: Int32Array, source: number, s: Scratch): number {
  const { distance, sigma, order } = s;
  // NOTE: `distance` is −1 everywhere on entry; callers reset what they reached.
  distance[source] = 0;
  sigma[source] = 1;
  order[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const dv = distance[v]! + 1;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = neighbours[k]!;
      if (distance[w] === -1) {
        distance[w] = dv;
        sigma[w] = 0;
        order[tail++] = w;
      }
      if (distance[w] === dv) sigma[w]! += sigma[v]!;
    }
  }
  return tail;
}

/** NetworkX closeness with Wasserman–Faust scaling: (r−1)/Σd · (r−1)/(n−1). */
function closenessFromDistances(s: Scratch, reached: number, n: number): number {
  let total = 0;
  for (let r = 1; r < reached; r++) total += s.distance[s.order[r]!]!;
  if (total === 0 || n <= 1) return 0;
  return ((reached - 1) / total) * ((reached - 1) / (n - 1));
}

function reset(s: Scratch, reached: number): void {
  for (let r = 0; r < reached; r++) s.distance[s.order[r]!] = -1;
}
