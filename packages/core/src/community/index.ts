// Public API of the community module: detection (Leiden, Louvain), quality,
// communities read against worlds, and stability over seeds.

export {
  type CommunityProfile,
  type CommunityWorldsOptions,
  type CommunityWorldsResult,
  communitiesAgainstWorlds,
} from "./community-worlds.js";
export type { CommunityDetectionResult, CommunityMethod } from "./detection-result.js";
export { LEIDEN_DEFAULTS, type LeidenOptions, type LeidenResult, leiden } from "./leiden.js";
export { type LouvainOptions, type LouvainResult, louvain } from "./louvain.js";
export { type ModularityOptions, modularity, type PartitionInput } from "./modularity.js";
export { canonicalLabels, type NumberedPartition, numberBySize, samePartition } from "./partition.js";
export { adjustedRandIndex, contingencyTable, normalizedMutualInformation } from "./partition-agreement.js";
export type { QualityFunction } from "./quality.js";
export { communityStability, type StabilityOptions, type StabilityResult } from "./stability.js";
