/**
 * The built-in null-model replicate: rewire the territory with one seed
 * (degree-preserving, see rewire.ts), then compute one actor metric on the
 * rewired graph. Running it for seeds s₀…s_k gives the null distribution
 * behind z-scores; the pool spreads the seeds over workers, and each replicate
 * depends only on its own seed, so results equal the sequential loop exactly.
 */
import type { CompactIndex } from "@catalyse/core";
import { brandesFromSources } from "../kernels/brandes-sources.js";
import { closenessOfRange } from "../kernels/closeness-sources.js";
import { type RewireOptions, rewire } from "./rewire.js";

export interface RewiredMetricParams extends RewireOptions {
  /** Which actor metric to compute on each rewired graph. */
  metric: "betweenness" | "closeness" | "harmonic";
}

export interface RewiredMetricResult {
  seed: number;
  swaps: number;
  /** Per actor, by position; betweenness is unnormalised ordered-pair sums. */
  values: Float64Array;
}

export function rewiredMetric(
  index: CompactIndex,
  seed: number,
  params: RewiredMetricParams,
): RewiredMetricResult {
  const { index: rewired, swaps } = rewire(index, seed, params);
  const n = rewired.order;
  const values =
    params.metric === "betweenness"
      ? brandesFromSources(
          rewired,
          Int32Array.from({ length: n }, (_, i) => i),
        )
      : closenessOfRange(rewired, 0, n, params.metric);
  return { seed, swaps, values };
}
