/**
 * Average clustering (Watts & Strogatz 1998), as `nx.average_clustering(G)`:
 * the mean local clustering over every actor, isolates and leaves counting as
 * 0 (directed territories: Fagiolo's directed clustering). `null` for an empty
 * territory, where NetworkX divides by zero.
 */
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import { clusteringValues } from "./clustering.js";

/** Mean of per-actor clustering values; null when there are none. */
export function meanClustering(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Mean local clustering coefficient over all actors, as `nx.average_clustering` (null for an empty graph). */
export function averageClustering(input: GraphInput): number | null {
  return meanClustering(clusteringValues(toCompactIndex(input)));
}
