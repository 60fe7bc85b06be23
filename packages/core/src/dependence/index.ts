export {
  type BetweennessFunction,
  type DependenceOptions,
  type DependenceResult,
  type DependenceStep,
  dependenceCurves,
  topBroker,
  withoutActors,
} from "./dependence-curve.js";
export {
  type ConnectivityFigures,
  type ConnectivityScratch,
  connectivity,
  createConnectivityScratch,
} from "./fragmentation.js";
export { type KeyPlayerOptions, type KeyPlayerSet, keyPlayers } from "./key-players.js";
export { articulationPoints, type Keystone, type KeystoneOptions, keystones } from "./keystones.js";
export { type OnlyLink, onlyLinks } from "./only-links.js";
