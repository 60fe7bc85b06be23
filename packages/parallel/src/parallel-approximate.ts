/**
 * Approximate betweenness (Riondato & Kornaropoulos 2016, see core's
 * `sampling/`) with its sample blocks spread over a worker pool. Blocks are
 * seeded by number and their hits are integers, so the result equals core's
 * sequential `computeApproximateBetweenness` with the same seed exactly.
 */
import {
  type ApproximateBetweennessOptions,
  type ApproximateBetweennessResult,
  type CompactIndex,
  DEFAULT_SEED,
  planBetweennessSample,
} from "@catalyse/core";
import { hitsToBetweenness, sampleBlocks } from "@catalyse/core/kernels";
import type { WorkerPool } from "./worker-pool.js";

/** Sampled betweenness, sample blocks split over the pool; equal to the one-thread result. */
export async function parallelApproximateBetweenness(
  pool: WorkerPool,
  index: CompactIndex,
  options: ApproximateBetweennessOptions = {},
): Promise<ApproximateBetweennessResult> {
  const plan = planBetweennessSample(index, options);
  if (options.sampleSize !== undefined) plan.sampleSize = options.sampleSize;
  const seed = options.seed ?? DEFAULT_SEED;
  const blocks = sampleBlocks(plan.sampleSize);
  const total = new Float64Array(index.order);
  let done = 0;
  await Promise.all(
    blocks.map(async (count, block) => {
      const hits = (await pool.run(index, "approx-betweenness", { seed, block, count })) as Float64Array;
      for (let i = 0; i < hits.length; i++) total[i]! += hits[i]!;
      options.onProgress?.(++done, blocks.length, "betweenness (approximate)");
    }),
  );
  const values = hitsToBetweenness(
    total,
    index.order,
    plan.sampleSize,
    index.directed,
    options.normalized ?? true,
  );
  return { values, plan };
}
