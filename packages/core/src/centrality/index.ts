export { averageClustering, meanClustering } from "./average-clustering.js";
export { type BetweennessOptions, betweenness, betweennessWeighted } from "./betweenness.js";
export { closeness } from "./closeness.js";
export { clustering, clusteringValues } from "./clustering.js";
export { coreNumber } from "./core-number.js";
export { degree, strength } from "./degree.js";
export { EIGENVECTOR_DEFAULTS, type EigenvectorOptions, eigenvector } from "./eigenvector.js";
export { harmonic } from "./harmonic.js";
export {
  PAGERANK_DEFAULTS,
  type PagerankOptions,
  type PagerankResult,
  pagerank,
  pagerankValues,
} from "./pagerank.js";
export { type PathLengthSums, pathLengthSums } from "./path-length-sums.js";
export { transitivity } from "./transitivity.js";
