export { worldAssortativity } from "./world-assortativity.js";
export {
  crossWorldLinks,
  eiFromCounts,
  type WorldEiFigures,
  type WorldMixingResult,
  worldCodesInUse,
  worldMixing,
} from "./world-mixing.js";
