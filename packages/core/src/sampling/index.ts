// Public API of the sampling module: approximate betweenness and its bounds.
export {
  type ApproximateBetweennessOptions,
  type ApproximateBetweennessResult,
  approximateBetweenness,
  computeApproximateBetweenness,
} from "./approximate-betweenness.js";
export {
  type ApproximateClosenessOptions,
  type ApproximateClosenessResult,
  approximateCloseness,
  closenessSourceCount,
  DEFAULT_CLOSENESS_EPSILON,
} from "./approximate-closeness.js";
export {
  type BetweennessMethod,
  type BetweennessMethodRequest,
  betweennessNotice,
  chooseBetweennessMethod,
  EXACT_BETWEENNESS_BUDGET,
  parseApproxOption,
} from "./betweenness-method.js";
export { createPathSampler, type PathSampler } from "./path-sampler.js";
export {
  DEFAULT_APPROX_DELTA,
  DEFAULT_APPROX_EPSILON,
  planBetweennessSample,
  SAMPLE_SIZE_CONSTANT,
  type SamplePlan,
  type SamplePlanOptions,
  sampleSize,
} from "./sample-size.js";
export { type SampledShortestPathsOptions, sampledShortestPaths } from "./sampled-shortest-paths.js";
export { type VertexDiameterResult, vertexDiameterBound } from "./vertex-diameter.js";
