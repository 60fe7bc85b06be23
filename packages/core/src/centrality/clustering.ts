/**
 * Local clustering coefficient (D. Watts & S. Strogatz, "Collective dynamics
 * of 'small-world' networks", Nature 393, 1998), unweighted, as
 * `nx.clustering(G)`: the share of pairs of an actor's allies that are allied
 * themselves, 2T / (d(d − 1)); 0 below two allies. Directed territories use
 * Fagiolo's (2007) directed clustering, as NetworkX:
 * T / (2 (d_tot(d_tot − 1) − 2 d_↔)).
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { directedTriangleCounts, simpleAdjacency, triangleCounts } from "./triangles.js";

/** Local clustering coefficient of each actor by position (`clustering` without the Map). */
export function clusteringValues(index: CompactIndex): Float64Array {
  const n = index.order;
  const values = new Float64Array(n);
  if (index.directed) {
    const { triangles, total, reciprocal } = directedTriangleCounts(index);
    for (let v = 0; v < n; v++) {
      const t = triangles[v]!;
      const d = total[v]!;
      if (t > 0) values[v] = t / (2 * (d * (d - 1) - 2 * reciprocal[v]!));
    }
    return values;
  }
  const adjacency = simpleAdjacency(index);
  const triangles = triangleCounts(adjacency);
  for (let v = 0; v < n; v++) {
    const t = triangles[v]!;
    const d = adjacency.offsets[v + 1]! - adjacency.offsets[v]!;
    if (t > 0) values[v] = (2 * t) / (d * (d - 1));
  }
  return values;
}

/** Local clustering coefficient of each actor (`nx.clustering(G)`). */
export const clustering = createActorMetric<undefined>("clustering", clusteringValues);
