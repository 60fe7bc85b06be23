/**
 * @catalyse/parallel: worker pools for the metrics that dominate running time
 * on large territories and null models. Platform-neutral part; start a pool
 * with `createNodePool` (`@catalyse/parallel/node`, worker_threads) or
 * `createBrowserPool` (`@catalyse/parallel/browser`, Web Workers).
 */
export { CLOSENESS_KINDS, type ClosenessKind, closenessOfRange } from "./kernels/closeness-sources.js";
export { parallelApproximateBetweenness } from "./parallel-approximate.js";
export { parallelApproximateCloseness } from "./parallel-approximate-closeness.js";
export {
  brandesSums,
  foldInOrder,
  type ParallelBetweennessOptions,
  parallelBetweenness,
  SOURCE_BLOCKS,
  sourceRanges,
} from "./parallel-betweenness.js";
export {
  type ParallelClosenessOptions,
  parallelCloseness,
  parallelClosenessFigures,
} from "./parallel-closeness.js";
export { parallelPathLengthSums } from "./parallel-path-length-sums.js";
export {
  type ParallelNullReplicatesOptions,
  parallelNullReplicates,
  parallelReplicates,
  type ReplicateSpec,
  type ReplicatesOptions,
} from "./parallel-replicates.js";
export type { FromWorker, ToWorker, WorkerPort } from "./protocol.js";
export { type NullFiguresParams, nullFigures } from "./replicates/null-figures.js";
export {
  type RewiredMetricParams,
  type RewiredMetricResult,
  rewiredMetric,
} from "./replicates/rewired-metric.js";
export { canShareMemory, type IndexArrays, indexArrays, indexFromArrays } from "./shared-index.js";
export type { ReplicateFunction, TaskName, TaskPayloads } from "./tasks.js";
export { createWorkerHandler } from "./worker-handler.js";
export { WorkerPool, type WorkerPoolOptions } from "./worker-pool.js";
