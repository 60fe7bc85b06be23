/**
 * The built-in null-model replicate: rewire the territory with one seed
 * (degree-preserving: core's `rewire`, the one implementation), then compute one actor metric on the
 * rewired graph. Running it for seeds s₀…s_k gives the null distribution
 * behind z-scores; the pool spreads the seeds over workers, and each replicate
 * depends only on its own seed, so results equal the sequential loop exactly.
 */
import {
  betweenness,
  type CompactIndex,
  closeness,
  harmonic,
  type RewireOptions,
  rewire,
} from "@catalyse/core";

/** What one rewired-metric replicate computes; the seed comes with each replicate. */
export interface RewiredMetricParams extends Omit<RewireOptions, "seed" | "random"> {
  /** Which actor metric to compute on each rewired graph. */
  metric: "betweenness" | "closeness" | "harmonic";
}

/** One rewired-metric replicate's values. */
export interface RewiredMetricResult {
  seed: number;
  swaps: number;
  /** Per actor, by position, as core's metric of the same name. */
  values: Float64Array;
}

/** Rewires `index` with `seed` (core's `rewire`) and computes `params.metric` on the result. */
export function rewiredMetric(
  index: CompactIndex,
  seed: number,
  params: RewiredMetricParams,
): RewiredMetricResult {
  const { index: rewired, swaps } = rewire(index, { ...params, seed });
  const metric = { betweenness, closeness, harmonic }[params.metric];
  return { seed, swaps, values: Float64Array.from(metric.compute(rewired, undefined)) };
}
