/**
 * @catalyse/core/kernels: the building blocks that split a metric into pieces
 * (by source range, by sample block) and fold the pieces back, for
 * `@catalyse/parallel`'s workers and for embedders writing their own pool.
 * Apart from the main entry because they are not metrics: their inputs are
 * positions in a compact index and their outputs partial sums, and they may
 * change with the parallel implementation. The metrics themselves
 * (`betweenness`, `closeness`, `approximateBetweenness`, …) are in `@catalyse/core`.
 */
export { rescaleBetweenness } from "./centrality/betweenness.js";
export {
  type BrandesOptions,
  brandesFromSources,
  DEFAULT_TIE_TOLERANCE,
  type SourceRange,
} from "./centrality/brandes.js";
export { closenessFromSums } from "./centrality/closeness.js";
export { harmonicFromSums } from "./centrality/harmonic.js";
export {
  addLevelCounts,
  type LevelCounts,
  sourceLevelCounts,
  sumsFromLevelCounts,
} from "./centrality/path-length-sums.js";
export {
  blockSeed,
  hitsToBetweenness,
  SAMPLE_BLOCK_SIZE,
  sampleBetweennessBlock,
  sampleBlocks,
} from "./sampling/approximate-betweenness.js";
export {
  closenessFromSourceSums,
  closenessSources,
  searchSourceBySource,
} from "./sampling/approximate-closeness.js";
