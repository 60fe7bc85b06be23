/**
 * Sampled betweenness and closeness for the recomputations of the
 * polycentricity section (targeted dependence curves, null models) on
 * territories too large for exact Brandes: each recomputation only needs the
 * ranking of the top brokers and the shape of the distribution, so a coarser
 * ε than the document's keeps them cheap (ε = 0.05 draws 16× fewer paths than
 * ε = 0.01). See approximate-betweenness.ts and approximate-closeness.ts.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import type { ShortestPaths } from "../null-models/graph-figures.js";
import { DEFAULT_SEED } from "../random.js";
import { approximateBetweenness } from "./approximate-betweenness.js";
import { approximateCloseness } from "./approximate-closeness.js";

/** Options of `sampledShortestPaths`. */
export interface SampledShortestPathsOptions {
  /** Betweenness error. Default 0.05. */
  epsilon?: number;
  /** Default 0.1. */
  delta?: number;
  seed?: number;
}

/** Sampled betweenness and closeness for the null models' recomputations on large territories. */
export function sampledShortestPaths(options: SampledShortestPathsOptions = {}): ShortestPaths {
  const epsilon = options.epsilon ?? 0.05;
  const delta = options.delta ?? 0.1;
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    betweenness: (index: CompactIndex) => approximateBetweenness.compute(index, { epsilon, delta, seed }),
    closeness: (index: CompactIndex) =>
      approximateCloseness(index, { epsilon: Math.max(epsilon, 0.1), delta, seed }).closeness,
  };
}
