/**
 * Harmonic centrality (M. Marchiori & V. Latora, "Harmony in the small-world",
 * Physica A 285, 2000; P. Boldi & S. Vigna, "Axioms for centrality", 2014): the
 * sum of inverse distances from every other actor, divided by n − 1 so that it
 * lies in [0, 1]: `nx.harmonic_centrality(G)[u] / (n − 1)`. Unreachable actors
 * add 0, so it needs no special case for disconnected territories; 0 in a
 * one-actor territory. Directed territories use distances *to* the actor.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { type PathLengthSums, pathLengthSums } from "./path-length-sums.js";

/** Harmonic centrality from precomputed path-length sums (so `analyze` searches once). */
export function harmonicFromSums(index: CompactIndex, sums: PathLengthSums): Float64Array {
  const n = index.order;
  const values = new Float64Array(n);
  if (n > 1) for (let u = 0; u < n; u++) values[u] = sums.inverseSum[u]! / (n - 1);
  return values;
}

/** Normalised harmonic centrality of each actor. */
export const harmonic = createActorMetric<undefined>("harmonic", (index) =>
  harmonicFromSums(index, pathLengthSums(index)),
);
