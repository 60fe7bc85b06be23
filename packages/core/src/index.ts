/**
 * @catalyse/core: the territory model and alliance-network analytics.
 * Runs in Node and in browsers (no file system, no DOM).
 */

// Analysis document
export * from "./analysis/analysis-document.js";
export {
  type AnalyzeIndexOptions,
  type AnalyzeOptions,
  analyze,
  analyzeIndex,
  roleOf,
} from "./analysis/analyze.js";
export {
  CENTRALITY_FIELDS,
  type CentralityActorField,
  type CentralityActorFigures,
  type CentralityDocument,
  type CentralityField,
  type CentralityGraphField,
  type CentralitySectionOptions,
  centralityDocument,
  isCentralityField,
} from "./analysis/centrality-section.js";
export {
  COMMUNITY_LEADERS_DEFAULTS,
  type CommunityLeaders,
  type CommunityLeadersOptions,
  communityLeaders,
} from "./analysis/community-leaders.js";
export type { CommunitySectionOptions } from "./analysis/community-section.js";
export type { MiddleSectionOptions } from "./analysis/middle-section.js";
export { density } from "./analysis/structure-section.js";
export * from "./brokerage/index.js";
// Metrics
export * from "./centrality/index.js";
// Collectives (multi-party alliances) and two-mode analysis
export * from "./collectives/index.js";
export * from "./community/index.js";
// Comparison and time (catalyse compare / timeline)
export * from "./comparison/index.js";
export * from "./core-periphery/index.js";
export * from "./dependence/index.js";
export * from "./directed/index.js";
export * from "./distribution/index.js";
export * from "./governance/index.js";
export {
  type ActorMetric,
  type AssignOptions,
  createActorMetric,
  type GraphInput,
  isCompactIndex,
  toCompactIndex,
} from "./graph/actor-metric.js";
export {
  type CompactIndex,
  type CompactIndexArrays,
  compactIndexFromArrays,
  toActorMap,
} from "./graph/compact-index.js";
export { type ComponentsResult, connectedComponents } from "./graph/components.js";
export {
  actorKeyIndex,
  createTerritory,
  type TerritoryInput,
  type TerritoryResult,
} from "./graph/create-territory.js";
export { dateOrdinal, dateYear, isLinkDate } from "./graph/dates.js";
export {
  type AnyGraph,
  ATTRIBUTE_MAPPING_DEFAULTS,
  type AttributeMapping,
  createCompactIndex,
  fromGraphology,
  type GraphSource,
  isMappedGraph,
  type MappedGraph,
  mappedLabels,
} from "./graph/graph-mapping.js";
export { isSyntheticTerritory } from "./graph/synthetic.js";
export { TerritoryError, type TerritoryIssue } from "./graph/territory-error.js";
export {
  type ErrorParams,
  TERRITORY_ISSUE_CODES,
  type TerritoryIssueCode,
  territoryErrorMessage,
  territoryIssueMessage,
} from "./graph/territory-messages.js";
// Territory model
export * from "./graph/types.js";
export * from "./multiplex/index.js";
export * from "./null-models/index.js";
export * from "./qap/index.js";
export { createRandom, DEFAULT_SEED, type Random, randomInt, shuffle } from "./random.js";
export * from "./sampling/index.js";
export * from "./timeline/index.js";
export * from "./worlds/index.js";
