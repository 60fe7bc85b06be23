/**
 * Closeness centrality (A. Bavelas 1950; L. Freeman 1979) with the
 * Wasserman–Faust scaling for disconnected graphs (Social Network Analysis,
 * 1994, p. 201), as `nx.closeness_centrality(G)` (NetworkX 2.8, unweighted,
 * `wf_improved=True`): for an actor reached by r − 1 others at total distance
 * D, closeness = ((r − 1) / D) · ((r − 1) / (n − 1)); 0 for an actor no one
 * reaches and in a one-actor territory. Directed territories use distances
 * *to* the actor (in-links), as NetworkX does.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { type PathLengthSums, pathLengthSums } from "./path-length-sums.js";

/** Closeness from precomputed path-length sums (so `analyze` searches once). */
export function closenessFromSums(index: CompactIndex, sums: PathLengthSums): Float64Array {
  const n = index.order;
  const values = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const others = sums.reached[u]! - 1;
    const total = sums.distanceSum[u]!;
    if (total > 0 && n > 1) values[u] = (others / total) * (others / (n - 1));
  }
  return values;
}

/** Wasserman–Faust closeness of each actor (`nx.closeness_centrality(G)`). */
export const closeness = createActorMetric<undefined>("closeness", (index) =>
  closenessFromSums(index, pathLengthSums(index)),
);
