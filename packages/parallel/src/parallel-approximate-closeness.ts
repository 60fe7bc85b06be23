/**
 * Approximate closeness and harmonic centrality (Eppstein & Wang 2004, see
 * core's `sampling/approximate-closeness.ts`) with the sampled sources split
 * over a worker pool. Each worker runs the multi-source search from its part
 * of the sources and returns integer level counts; added up and summed in
 * level order, they give the floats of core's sequential
 * `approximateCloseness` with the same options exactly.
 */
import {
  type ApproximateClosenessOptions,
  type ApproximateClosenessResult,
  addLevelCounts,
  approximateCloseness,
  type CompactIndex,
  closenessFromSourceSums,
  closenessSources,
  type LevelCounts,
  sumsFromLevelCounts,
} from "@catalyse/core";
import type { WorkerPool } from "./worker-pool.js";

/** Sources per part: a multiple of the 32 searches one multi-source batch runs. */
function parts(sources: Int32Array, count: number): Int32Array[] {
  const batches = Math.ceil(sources.length / 32);
  const perPart = 32 * Math.ceil(batches / Math.max(1, count));
  const out: Int32Array[] = [];
  for (let start = 0; start < sources.length; start += perPart)
    out.push(sources.subarray(start, Math.min(sources.length, start + perPart)));
  return out;
}

export async function parallelApproximateCloseness(
  pool: WorkerPool,
  index: CompactIndex,
  options: ApproximateClosenessOptions = {},
): Promise<ApproximateClosenessResult> {
  const sources = closenessSources(index, options);
  const counts = (await Promise.all(
    parts(sources, pool.threads).map((part) =>
      pool.run(index, "level-counts", { sources: Int32Array.from(part) }),
    ),
  )) as (LevelCounts | null)[];
  // A territory with too many levels for the multi-source search: one search per source, here.
  if (counts.length === 0 || counts.some((part) => part === null))
    return approximateCloseness(index, options);
  const total = (counts as LevelCounts[]).reduce((sum, part) => addLevelCounts(index.order, sum, part));
  return closenessFromSourceSums(index, sources, sumsFromLevelCounts(index.order, total, sources));
}
