/**
 * Closeness and harmonic centrality of a range of actors, one breadth-first
 * search each along in-links (inward distances, as NetworkX does for directed
 * graphs). Each actor's value depends on its own search only, so a split over
 * workers gives the same values whatever the thread count. They agree with
 * core's `closeness` and `harmonic` within 1e-12 relative: core sums the same
 * terms in another order (a batched multi-source search), so last bits may differ.
 *
 * - closeness: `nx.closeness_centrality(G)` with Wasserman–Faust scaling,
 *   (r−1)/Σd · (r−1)/(n−1), r the actors reaching it (itself included); 0 when none.
 * - harmonic: `nx.harmonic_centrality(G)` divided by n − 1.
 */
import type { CompactIndex } from "@catalyse/core";

export type ClosenessKind = "closeness" | "harmonic";
export const CLOSENESS_KINDS: readonly ClosenessKind[] = ["closeness", "harmonic"];

export function closenessOfRange(
  index: CompactIndex,
  start: number,
  end: number,
  kind: ClosenessKind = "closeness",
): Float64Array {
  const n = index.order;
  const values = new Float64Array(end - start);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const { inOffsets, inSources } = index;
  for (let u = start; u < end; u++) {
    let head = 0;
    let tail = 0;
    queue[tail++] = u;
    distance[u] = 0;
    let total = 0;
    let inverse = 0;
    let level = 0;
    while (head < tail) {
      const levelEnd = tail;
      level++;
      while (head < levelEnd) {
        const v = queue[head++]!;
        for (let k = inOffsets[v]!, stop = inOffsets[v + 1]!; k < stop; k++) {
          const w = inSources[k]!;
          if (distance[w] === -1) {
            distance[w] = level;
            queue[tail++] = w;
          }
        }
      }
      const found = tail - levelEnd;
      total += found * level;
      inverse += found / level;
    }
    for (let j = 0; j < tail; j++) distance[queue[j]!] = -1;
    const others = tail - 1;
    if (kind === "harmonic") values[u - start] = n > 1 ? inverse / (n - 1) : 0;
    else values[u - start] = total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
  }
  return values;
}
