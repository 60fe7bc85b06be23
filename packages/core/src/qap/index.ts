export { geographicDistances, networkDistances } from "./distance-predictor.js";
export { createDyads, type Dyads, dyadValues, forEachDyad, permuteDyads } from "./dyads.js";
export {
  coMembershipPredictor,
  differencePredictor,
  matrixPredictor,
  samePredictor,
  type TieMeasure,
  tieValues,
} from "./predictors.js";
export { QAP_ERROR_CODES, QapError, type QapErrorCode, qapErrorMessage } from "./qap-error.js";
export {
  INTERCEPT,
  QAP_DEFAULTS,
  type QapMethod,
  type QapOptions,
  type QapPredictor,
  type QapResult,
  qapRegression,
} from "./qap-regression.js";
export {
  QAP_TERRITORY_DEFAULTS,
  type QapTerritoryOptions,
  type QapTerritoryResult,
  qapTerritory,
} from "./qap-territory.js";
export {
  dyadCount,
  isSameWorldQapSkipped,
  SAME_WORLD_QAP_DEFAULTS,
  type SameWorldQap,
  type SameWorldQapOptions,
  type SameWorldQapSkip,
  type SameWorldQapSkipped,
  sameWorldQap,
  sameWorldRegression,
  sameWorldSummary,
} from "./same-world-qap.js";
export {
  type DistanceKind,
  type TerritoryPredictorOptions,
  type TerritoryPredictors,
  territoryPredictors,
} from "./territory-predictors.js";
