export {
  CORENESS_DEFAULTS,
  type CorenessOptions,
  type CorenessResult,
  continuousCoreness,
} from "./continuous-coreness.js";
export {
  type CorePeripheryOptions,
  type CorePeripheryResult,
  corePeriphery,
} from "./core-periphery.js";
export {
  DISCRETE_CORE_DEFAULTS,
  type DiscreteCoreModel,
  type DiscreteCoreOptions,
  type DiscreteCoreResult,
  discreteCore,
} from "./discrete-core.js";
export type { CorePeripheryTies } from "./pair-sums.js";
