/**
 * Path-length sums (core's `pathLengthSums`, or `sourcePathLengthSums` for
 * some sources) with the searches split over a worker pool. Each part is a
 * run of whole 32-search batches of core's multi-source search, and returns
 * integer counts of sources per (actor, level); added up and summed in level
 * order they give the sequential floats bit for bit, so closeness, harmonic
 * and their sampled versions are the same on any thread count as on none.
 */
import type { CompactIndex, PathLengthSums } from "@catalyse/core";
import { addLevelCounts, type LevelCounts, sumsFromLevelCounts } from "@catalyse/core/kernels";
import type { WorkerPool } from "./worker-pool.js";

const BATCH = 32;
/** The counts of no search at all: what an empty source list gives. */
const NO_COUNTS: LevelCounts = { counts: new Int32Array(0), stride: 0, deepest: 0 };

/** `count` runs of whole batches covering `sources` (null: every actor, by position). */
function parts(order: number, sources: Int32Array | null, count: number): Int32Array[] {
  const all = sources ?? Int32Array.from({ length: order }, (_, i) => i);
  const perPart = BATCH * Math.ceil(Math.ceil(all.length / BATCH) / Math.max(1, count));
  const out: Int32Array[] = [];
  for (let start = 0; start < all.length; start += perPart)
    out.push(all.slice(start, Math.min(all.length, start + perPart)));
  return out;
}

/**
 * The sums of the searches from `sources` (null: every actor), or null when
 * a part's level counts would not fit (a long chain: search source by source).
 */
export async function parallelPathLengthSums(
  pool: WorkerPool,
  index: CompactIndex,
  sources: Int32Array | null,
  onProgress?: (done: number, total: number) => void,
): Promise<PathLengthSums | null> {
  // Two parts per worker even out their running times.
  const split = parts(index.order, sources, pool.threads === 1 ? 1 : 2 * pool.threads);
  let done = 0;
  const counts = await Promise.all(
    split.map(async (part) => {
      const result = (await pool.run(index, "level-counts", { sources: part })) as LevelCounts | null;
      onProgress?.(++done, split.length);
      return result;
    }),
  );
  if (counts.some((part) => part === null)) return null;
  const total = (counts as LevelCounts[]).reduce(
    (sum, part) => addLevelCounts(index.order, sum, part),
    NO_COUNTS,
  );
  return sumsFromLevelCounts(index.order, total, sources);
}
