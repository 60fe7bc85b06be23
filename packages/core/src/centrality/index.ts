export { averageClustering, meanClustering } from "./average-clustering.js";
export {
  type BetweennessOptions,
  betweenness,
  betweennessWeighted,
  rescaleBetweenness,
} from "./betweenness.js";
export {
  type BrandesOptions,
  brandesFromSources,
  DEFAULT_TIE_TOLERANCE,
  type SourceRange,
} from "./brandes.js";
export { closeness, closenessFromSums } from "./closeness.js";
export { clustering, clusteringValues } from "./clustering.js";
export { coreNumber } from "./core-number.js";
export { degree, strength } from "./degree.js";
export { EIGENVECTOR_DEFAULTS, type EigenvectorOptions, eigenvector } from "./eigenvector.js";
export { harmonic, harmonicFromSums } from "./harmonic.js";
export {
  PAGERANK_DEFAULTS,
  type PagerankOptions,
  type PagerankResult,
  pagerank,
  pagerankValues,
} from "./pagerank.js";
export {
  addLevelCounts,
  type LevelCounts,
  type PathLengthSums,
  pathLengthSums,
  sourceLevelCounts,
  sumsFromLevelCounts,
} from "./path-length-sums.js";
export { transitivity } from "./transitivity.js";
