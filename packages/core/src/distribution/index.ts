export {
  effectiveBrokers,
  isTopShareReadable,
  TOP_SHARE_MIN_ACTORS,
  topBrokerShare,
  topShare,
  topShareActors,
} from "./brokers.js";
export {
  type CentralizationKind,
  freemanCentralization,
  starCentralizationSum,
} from "./centralization.js";
export { gini, type LorenzPoint, lorenzCurve } from "./gini.js";
