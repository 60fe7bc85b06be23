/**
 * Closeness and harmonic centrality of a range of actors, one breadth-first
 * search each along in-links (inward distances, as NetworkX does for directed
 * graphs). Each actor's value depends on its own search only, so a split over
 * workers gives exactly the sequential values.
 *
 * - closeness: `nx.closeness_centrality(G)` with Wasserman–Faust scaling,
 *   (r−1)/Σd · (r−1)/(n−1), r the actors reaching it (itself included); 0 when none.
 * - harmonic: `nx.harmonic_centrality(G)` divided by n − 1.
 */
import type { CompactIndex } from "@catalyse/core";

export type ClosenessKind = "closeness" | "harmonic";

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
    let harmonic = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      for (let k = inOffsets[v]!, stop = inOffsets[v + 1]!; k < stop; k++) {
        const w = inSources[k]!;
        if (distance[w] === -1) {
          distance[w] = next;
          total += next;
          harmonic += 1 / next;
          queue[tail++] = w;
        }
      }
    }
    for (let j = 0; j < tail; j++) distance[queue[j]!] = -1;
    if (kind === "harmonic") values[u - start] = n > 1 ? harmonic / (n - 1) : 0;
    else values[u - start] = total > 0 && n > 1 ? ((tail - 1) / total) * ((tail - 1) / (n - 1)) : 0;
  }
  return values;
}
