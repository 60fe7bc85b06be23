export { type BrokerageExpectationResult, brokerageExpectation } from "./brokerage-expectation.js";
export {
  type BrokerageNullOptions,
  type BrokerageNullResult,
  type BrokerageRoleNull,
  brokerageNull,
} from "./brokerage-null.js";
export {
  defaultShortestPaths,
  type GraphFigure,
  type ShortestPaths,
  STRUCTURE_FIGURES,
  type StructureFigure,
  structureFigures,
  WORLD_FIGURES,
  type WorldFigure,
  worldFigures,
} from "./graph-figures.js";
export {
  type NullFigure,
  type NullModelKind,
  type NullModelOptions,
  type NullModelResult,
  nullModels,
  type RewiredReplicate,
  replicateSeed,
  rewiredReplicate,
} from "./null-models.js";
export { type NullSummary, summarizeNull } from "./null-summary.js";
export { permuteWorlds, type RewireOptions, type RewireResult, rewire } from "./rewire.js";
