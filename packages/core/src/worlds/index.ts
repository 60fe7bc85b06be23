export { neverAllyingWorlds } from "./never-allying.js";
export { worldAssortativity } from "./world-assortativity.js";
export { DEFAULT_WORLD_COLORS, OKABE_ITO, OTHER_WORLD_COLOR, worldColors } from "./world-colors.js";
export {
  crossWorldLinks,
  eiFromCounts,
  type WorldEiFigures,
  type WorldMixingResult,
  worldCodesInUse,
  worldMixing,
} from "./world-mixing.js";
