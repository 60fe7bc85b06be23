/**
 * The QAP same-world coefficient of a territory, as `catalyse compare` and
 * the comparison report show it: OLS of link presence (1/0) on "both actors
 * in the same world", one row per dyad (unordered pairs when undirected), with
 * its double semi-partialling p-value (seeded). With a single 0/1 predictor
 * the coefficient is the difference between the share of same-world pairs
 * that are allied and the share of cross-world pairs that are
 * (as `sna::netlm(y, same)`).
 *
 * Guarded: a territory with more than `maxDyads` pairs is skipped with a
 * stated reason (the fit holds one value per pair and every permutation
 * refits it), as is a territory where every pair of actors shares a world, or
 * none does (the predictor is then constant), or without links (nothing to
 * explain).
 */

import type { TerritoryGraph } from "../graph/types.js";
import { DEFAULT_SEED } from "../random.js";
import { type QapTerritoryResult, qapTerritory } from "./qap-territory.js";

/** Options of {@link sameWorldQap}. */
export interface SameWorldQapOptions {
  /** Permutations for the p-value; 0 for none. Default 200 (a p-value's standard error ≤ 0.035). */
  permutations?: number;
  /** Seed of the permutations. Default {@link DEFAULT_SEED}. */
  seed?: number;
  /** Most pairs of actors fitted; larger territories are skipped. Default 100,000 (about 450 actors undirected). */
  maxDyads?: number;
}

/** The defaults of {@link SameWorldQapOptions}. */
export const SAME_WORLD_QAP_DEFAULTS: Readonly<Required<SameWorldQapOptions>> = Object.freeze({
  permutations: 200,
  seed: DEFAULT_SEED,
  maxDyads: 100_000,
});

/** Why the same-world QAP was not run. */
export type SameWorldQapSkip = "too-large" | "constant" | "no-links";

/** The same-world QAP of a territory: its coefficient and p-value, or why it was skipped. */
export type SameWorldQap =
  | {
      status: "computed";
      /** OLS coefficient of same-world on link presence. */
      coefficient: number;
      /** Double semi-partialling p-value; null when no permutation was run. */
      pValue: number | null;
      dyads: number;
      permutations: number;
      seed: number;
    }
  | SameWorldQapSkipped;

/** A same-world QAP that was not run, and why. */
export interface SameWorldQapSkipped {
  status: "skipped";
  reason: SameWorldQapSkip;
  /** Pairs of actors the territory has. */
  dyads: number;
  /** The cap it was held against. */
  maxDyads: number;
}

/** Number of dyads of a territory: ordered pairs when directed, unordered otherwise. */
export function dyadCount(graph: TerritoryGraph): number {
  const n = graph.order;
  return graph.type === "directed" ? n * (n - 1) : (n * (n - 1)) / 2;
}

/**
 * The full QAP regression of a territory's links on same-world (OLS, seeded),
 * for surfaces that print its readings (the report); or why it was not run.
 */
export function sameWorldRegression(
  graph: TerritoryGraph,
  options: SameWorldQapOptions = {},
): QapTerritoryResult | SameWorldQapSkipped {
  const settings = { ...SAME_WORLD_QAP_DEFAULTS, ...options };
  const dyads = dyadCount(graph);
  const skip = (reason: SameWorldQapSkip): SameWorldQapSkipped => ({
    status: "skipped",
    reason,
    dyads,
    maxDyads: settings.maxDyads,
  });
  if (dyads > settings.maxDyads) return skip("too-large");
  if (graph.size === 0) return skip("no-links");
  const worlds = new Set(graph.mapNodes((_key, actor) => actor.world));
  // One world: every pair shares it; one world per actor: none does.
  if (worlds.size < 2 || worlds.size === graph.order) return skip("constant");
  return qapTerritory(graph, {
    predictors: ["same-world"],
    permutations: settings.permutations,
    seed: settings.seed,
    maxActors: Number.POSITIVE_INFINITY,
  });
}

/** Whether a same-world QAP was skipped rather than fitted. */
export function isSameWorldQapSkipped(
  value: QapTerritoryResult | SameWorldQap,
): value is SameWorldQapSkipped {
  return "status" in value && value.status === "skipped";
}

/** The QAP same-world coefficient of a territory (OLS, as `sna::netlm`), guarded by a dyad cap. */
export function sameWorldQap(graph: TerritoryGraph, options: SameWorldQapOptions = {}): SameWorldQap {
  return sameWorldSummary(sameWorldRegression(graph, options));
}

/** The compare column's summary of a same-world regression: its coefficient and p-value, or the skip. */
export function sameWorldSummary(result: QapTerritoryResult | SameWorldQapSkipped): SameWorldQap {
  if (isSameWorldQapSkipped(result)) return result;
  return {
    status: "computed",
    coefficient: result.coefficients.get("same-world")!,
    pValue: result.pValues.get("same-world") ?? null,
    dyads: result.dyads,
    permutations: result.permutations,
    seed: result.seed,
  };
}
