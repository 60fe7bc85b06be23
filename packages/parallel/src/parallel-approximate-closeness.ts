/**
 * Approximate closeness and harmonic centrality (Eppstein & Wang 2004, see
 * core's `sampling/approximate-closeness.ts`) with the sampled sources split
 * over a worker pool (parallel-path-length-sums.ts): the same floats as core's
 * sequential `approximateCloseness` with the same options, exactly.
 */
import {
  type ApproximateClosenessOptions,
  type ApproximateClosenessResult,
  approximateCloseness,
  type CompactIndex,
} from "@catalyse/core";
import { closenessFromSourceSums, closenessSources } from "@catalyse/core/kernels";
import { parallelPathLengthSums } from "./parallel-path-length-sums.js";
import type { WorkerPool } from "./worker-pool.js";

/** Sampled closeness and harmonic centrality, sources split over the pool; equal to the one-thread result. */
export async function parallelApproximateCloseness(
  pool: WorkerPool,
  index: CompactIndex,
  options: ApproximateClosenessOptions = {},
): Promise<ApproximateClosenessResult> {
  const sources = closenessSources(index, options);
  const sums = await parallelPathLengthSums(pool, index, sources);
  // Too many levels for the multi-source search: one search per source, here.
  if (sums === null) return approximateCloseness(index, options);
  return closenessFromSourceSums(index, sources, sums);
}
