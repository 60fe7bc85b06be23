export { effectiveBrokers, topBrokerShare, topShare } from "./brokers.js";
export {
  type CentralizationKind,
  freemanCentralization,
  starCentralizationSum,
} from "./centralization.js";
export { gini, type LorenzPoint, lorenzCurve } from "./gini.js";
