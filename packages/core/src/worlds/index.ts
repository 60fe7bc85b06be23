export {
  type PartitionModularityOptions,
  partitionModularity,
} from "./partition-modularity.js";
export { worldAssortativity } from "./world-assortativity.js";
export {
  crossWorldLinks,
  eiFromCounts,
  presentWorlds,
  type WorldEiFigures,
  type WorldMixingResult,
  worldMixing,
} from "./world-mixing.js";
