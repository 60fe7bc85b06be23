/**
 * Core–periphery structure of a territory (Borgatti & Everett 1999): the
 * continuous coreness of every actor and the discrete core, with their fits.
 * Is the territory a group at the centre with a periphery around it — the
 * opposite of "no one in the middle", with a group instead of one actor?
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { type CorenessOptions, continuousCoreness } from "./continuous-coreness.js";
import { type DiscreteCoreOptions, discreteCore } from "./discrete-core.js";

/** Options of `corePeriphery`: those of the continuous coreness and of the discrete core. */
export type CorePeripheryOptions = CorenessOptions & DiscreteCoreOptions;

/** Continuous coreness per actor and the discrete core with its fit. */
export interface CorePeripheryResult {
  /** Coreness by actor position (Σc² = 1). */
  coreness: Float64Array;
  /** Correlation fit of the continuous model; null when undefined. */
  continuousFit: number | null;
  /** Whether the continuous model's iteration settled; when not, see `continuousCoreness`. */
  converged: boolean;
  /** Fixed-point steps the continuous model took. */
  iterations: number;
  /** Whether each actor is in the discrete core. */
  inCore: Uint8Array;
  /** Correlation fit of the discrete model; null when undefined. */
  fit: number | null;
}

/** Core–periphery structure of a territory (Borgatti & Everett 1999): continuous coreness and discrete core. */
export function corePeriphery(index: CompactIndex, options: CorePeripheryOptions = {}): CorePeripheryResult {
  const continuous = continuousCoreness(index, options);
  const discrete = discreteCore(index, options);
  return {
    coreness: continuous.coreness,
    continuousFit: continuous.fit,
    converged: continuous.converged,
    iterations: continuous.iterations,
    inCore: discrete.inCore,
    fit: discrete.fit,
  };
}
