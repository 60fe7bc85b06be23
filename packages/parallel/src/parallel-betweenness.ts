/**
 * Exact betweenness split by source over a worker pool (Brandes 2001; the sum
 * over sources is what parallelises), each block run by core's
 * `brandesFromSources` (hop count, or link length 1/weight). Sources are cut into a fixed number of
 * contiguous blocks whatever the number of threads, and block sums are folded
 * in block order, so 1, 2 or 16 threads give bit-identical results.
 *
 * NOTE: against a single pass that adds every source into one array (core's
 * sequential betweenness), only the order of floating-point additions differs:
 * values agree within 1e-12 relative, not bit for bit.
 * Matches core's `betweenness` / `betweennessWeighted`, i.e.
 * `nx.betweenness_centrality(G, normalized=…)`.
 */
import type { CompactIndex } from "@catalyse/core";
import { rescaleBetweenness } from "@catalyse/core/kernels";
import type { WorkerPool } from "./worker-pool.js";

/** Blocks of sources per run: enough for balance on 16 workers, few enough to fold cheaply. */
export const SOURCE_BLOCKS = 64;

/** Options of `parallelBetweenness`. */
export interface ParallelBetweennessOptions {
  /** Divide as `nx.betweenness_centrality(normalized=True)`. Default true. */
  normalized?: boolean;
  /** Link length 1/weight (core's `betweennessWeighted`). Default false. */
  weighted?: boolean;
  /** Relative tolerance for equal weighted path lengths. Default core's 1e-9. */
  tieTolerance?: number;
  /** Called as source blocks complete, for progress bars. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** Contiguous [start, end) ranges covering 0..n in at most `blocks` pieces. */
export function sourceRanges(n: number, blocks: number = SOURCE_BLOCKS): Array<[number, number]> {
  const count = Math.max(1, Math.min(blocks, n));
  const ranges: Array<[number, number]> = [];
  for (let b = 0; b < count; b++) {
    const start = Math.floor((b * n) / count);
    const end = Math.floor(((b + 1) * n) / count);
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

/**
 * Runs one job per block and folds the results in block order as soon as they
 * are available (at most a few block results wait in memory).
 */
export async function foldInOrder<T>(
  jobs: Array<() => Promise<T>>,
  fold: (result: T, block: number) => void,
  onDone?: (done: number) => void,
): Promise<void> {
  const waiting = new Map<number, T>();
  let next = 0;
  let done = 0;
  await Promise.all(
    jobs.map((job, block) =>
      job().then((result) => {
        waiting.set(block, result);
        done++;
        onDone?.(done);
        while (waiting.has(next)) {
          fold(waiting.get(next)!, next);
          waiting.delete(next);
          next++;
        }
      }),
    ),
  );
}

/** Brandes partial sums over every source (ordered pairs, unnormalised). */
export async function brandesSums(
  pool: WorkerPool,
  index: CompactIndex,
  options: Omit<ParallelBetweennessOptions, "normalized"> = {},
): Promise<Float64Array> {
  const n = index.order;
  const total = new Float64Array(n);
  const ranges = sourceRanges(n);
  await foldInOrder(
    ranges.map(
      ([start, end]) =>
        () =>
          pool.run(index, "brandes", {
            start,
            end,
            weighted: options.weighted ?? false,
            ...(options.tieTolerance === undefined ? {} : { tieTolerance: options.tieTolerance }),
          }) as Promise<Float64Array>,
    ),
    (partial) => {
      for (let i = 0; i < n; i++) total[i]! += partial[i]!;
    },
    (done) => options.onProgress?.(done, ranges.length, "betweenness"),
  );
  return total;
}

/** Betweenness of every actor by position, as `nx.betweenness_centrality`. */
export async function parallelBetweenness(
  pool: WorkerPool,
  index: CompactIndex,
  options: ParallelBetweennessOptions = {},
): Promise<Float64Array> {
  const sums = await brandesSums(pool, index, options);
  return rescaleBetweenness(index, sums, options.normalized ?? true);
}
