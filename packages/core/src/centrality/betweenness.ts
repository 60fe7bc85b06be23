/**
 * Betweenness centrality (L. Freeman, "A set of measures of centrality based
 * on betweenness", Sociometry 40, 1977), exact, by Brandes' algorithm (2001):
 * the share of shortest paths between other actors that pass through an actor.
 * Who are the bridges of the territory?
 *
 * - `betweenness` matches `nx.betweenness_centrality(G, normalized=True)`.
 * - `betweennessWeighted` matches
 *   `nx.betweenness_centrality(G, weight="distance")` with distance = 1/weight,
 *   except that path lengths equal within 1e-9 relative count as ties (see
 *   brandes.ts).
 *
 * Normalisation as NetworkX 2.8: raw sums (an undirected pair counted from both
 * ends) times 1/((n−1)(n−2)) when n > 2, for directed and undirected graphs
 * alike; all zeros when n ≤ 2. Unnormalised: undirected sums halved.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { type BrandesOptions, brandesFromSources } from "./brandes.js";

/** Options of `betweenness`. */
export interface BetweennessOptions {
  /** Divide by the number of ordered pairs of other actors, (n−1)(n−2). Default true. */
  normalized?: boolean;
  /** Relative tolerance for equal weighted path lengths (weighted only). Default 1e-9. */
  tieTolerance?: number;
  /** Progress over sources: (done, total, "betweenness"). */
  onProgress?: BrandesOptions["onProgress"];
}

/**
 * Rescales raw Brandes sums in place as NetworkX's `_rescale` does
 * (normalized, no endpoints, all sources). Exported for parallel callers that
 * sum partial arrays from `brandesFromSources` themselves.
 */
export function rescaleBetweenness(index: CompactIndex, raw: Float64Array, normalized = true): Float64Array {
  const n = index.order;
  let scale: number | null;
  if (normalized) scale = n <= 2 ? null : 1 / ((n - 1) * (n - 2));
  else scale = index.directed ? null : 0.5;
  if (scale !== null) for (let i = 0; i < n; i++) raw[i]! *= scale;
  return raw;
}

function compute(index: CompactIndex, options: BetweennessOptions | undefined, weighted: boolean) {
  const raw = brandesFromSources(
    index,
    { start: 0, end: index.order },
    { weighted, tieTolerance: options?.tieTolerance, onProgress: options?.onProgress },
  );
  return rescaleBetweenness(index, raw, options?.normalized ?? true);
}

/** Hop-count betweenness of each actor (`nx.betweenness_centrality(G)`). */
export const betweenness = createActorMetric<BetweennessOptions>("betweenness", (index, options) =>
  compute(index, options, false),
);

/** Betweenness with link length 1/weight: strong alliances make short paths. */
export const betweennessWeighted = createActorMetric<BetweennessOptions>(
  "betweennessWeighted",
  (index, options) => compute(index, options, true),
);
