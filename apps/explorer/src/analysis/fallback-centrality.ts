/**
 * Betweenness and closeness for the explorer's worker, used only while the
 * analysis document leaves them null (core's centrality suite, issue 3, fills
 * them; this file then stops being called).
 *
 * Betweenness: Brandes (2001), unweighted, normalised as
 * `nx.betweenness_centrality(G, normalized=True)`: the sum over all sources
 * divided by (n−1)(n−2) (each undirected pair is seen from both ends, which
 * cancels NetworkX's halving). Closeness: `nx.closeness_centrality(G)` with
 * the Wasserman–Faust scaling r/(n−1) on disconnected graphs (undirected
 * graphs; directed graphs use outgoing distances here).
 */
import type { CompactIndex } from "@catalyse/core";

export interface FallbackCentralityResult {
  betweenness: Float64Array;
  closeness: Float64Array;
}

export function fallbackCentrality(
  index: CompactIndex,
  onProgress: (done: number, total: number) => void = () => {},
): FallbackCentralityResult {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const step = Math.max(1, Math.floor(n / 50));
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = order[head++]!;
      const dv = distance[v]!;
      total += dv;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        if (distance[w] === -1) {
          distance[w] = dv + 1;
          order[tail++] = w;
        }
        if (distance[w] === dv + 1) sigma[w]! += sigma[v]!;
      }
    }
    const reached = tail - 1;
    closeness[s] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
    // Accumulate dependencies in reverse BFS order; predecessors are the
    // neighbours one step closer, so no predecessor lists are stored.
    for (let h = tail - 1; h > 0; h--) {
      const w = order[h]!;
      const dw = distance[w]!;
      for (let k = inOffsets[w]!; k < inOffsets[w + 1]!; k++) {
        const v = inSources[k]!;
        if (distance[v] === dw - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      betweenness[w]! += delta[w]!;
    }
    if (s % step === 0) onProgress(s, n);
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v]! *= scale;
  } else betweenness.fill(0);
  return { betweenness, closeness };
}
