/**
 * `qapTerritory`: a QAP regression of a territory's links on named predictors,
 * what `catalyse qap` runs. Dyads are ordered pairs when the territory is
 * directed, unordered pairs otherwise.
 */
import { createCompactIndex } from "../graph/graph-mapping.js";
import type { TerritoryGraph } from "../graph/types.js";
import { createDyads } from "./dyads.js";
import { type TieMeasure, tieValues } from "./predictors.js";
import { QapError } from "./qap-error.js";
import { QAP_DEFAULTS, type QapOptions, type QapResult, qapRegression } from "./qap-regression.js";
import {
  type DistanceKind,
  type TerritoryPredictorOptions,
  territoryPredictors,
} from "./territory-predictors.js";

/** Options of {@link qapTerritory}: predictors by name, tie measure and the regression's options. */
export interface QapTerritoryOptions extends QapOptions, TerritoryPredictorOptions {
  /** Predictor names (see territory-predictors.ts). Default ["same-world"]. */
  predictors?: readonly string[];
  /** "presence" (1/0, default) or "weight" (OLS only). */
  ties?: TieMeasure;
  /**
   * Largest territory accepted: the regression holds one value per pair and
   * predictor, and permutations refit it. Default 3000 actors (4.5 million pairs).
   */
  maxActors?: number;
}

/** The defaults of {@link QapTerritoryOptions}. */
export const QAP_TERRITORY_DEFAULTS = {
  ...QAP_DEFAULTS,
  predictors: ["same-world"] as readonly string[],
  ties: "presence" as TieMeasure,
  maxActors: 3000,
};

/** The QAP regression of a territory's ties on its predictors. */
export interface QapTerritoryResult extends QapResult {
  ties: TieMeasure;
  /** How `distance` was measured, when it was a predictor. */
  distance: DistanceKind | null;
}

/** QAP regression of a territory's ties on named predictors (same world, distance, co-membership…). */
export function qapTerritory(graph: TerritoryGraph, options: QapTerritoryOptions = {}): QapTerritoryResult {
  const settings = { ...QAP_TERRITORY_DEFAULTS, ...options };
  if (graph.order > settings.maxActors)
    throw new QapError("too-many-actors", { actors: graph.order, max: settings.maxActors });
  if (settings.method === "logistic" && settings.ties === "weight") throw new QapError("logistic-weights");
  const index = createCompactIndex(graph);
  const dyads = createDyads(index.order, index.directed);
  const { predictors, distance } = territoryPredictors(graph, index, dyads, settings.predictors, settings);
  const result = qapRegression(dyads, tieValues(index, dyads, settings.ties), predictors, settings);
  return { ...result, ties: settings.ties, distance };
}
