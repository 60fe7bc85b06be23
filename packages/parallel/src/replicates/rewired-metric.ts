/**
 * The built-in null-model replicate: rewire the territory with one seed
 * (degree-preserving, see rewire.ts), then compute one actor metric on the
 * rewired graph. Running it for seeds s₀…s_k gives the null distribution
 * behind z-scores; the pool spreads the seeds over workers, and each replicate
 * depends only on its own seed, so results equal the sequential loop exactly.
 */
import { betweenness, type CompactIndex, closeness, harmonic } from "@catalyse/core";
import { type RewireOptions, rewire } from "./rewire.js";

export interface RewiredMetricParams extends RewireOptions {
  /** Which actor metric to compute on each rewired graph. */
  metric: "betweenness" | "closeness" | "harmonic";
}

export interface RewiredMetricResult {
  seed: number;
  swaps: number;
  /** Per actor, by position, as core's metric of the same name. */
  values: Float64Array;
}

export function rewiredMetric(
  index: CompactIndex,
  seed: number,
  params: RewiredMetricParams,
): RewiredMetricResult {
  const { index: rewired, swaps } = rewire(index, seed, params);
  const metric = { betweenness, closeness, harmonic }[params.metric];
  return { seed, swaps, values: Float64Array.from(metric.compute(rewired, undefined)) };
}
