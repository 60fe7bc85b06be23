/**
 * Null-model replicates spread over a worker pool: one job per seed, results
 * returned in seed order. A replicate is a pure function of (index, seed,
 * params), so the spread run equals the sequential loop exactly.
 *
 * A replicate is a built-in one — `rewired-metric` (degree-preserving
 * rewiring, then betweenness, closeness or harmonic), `null-figures` (core's
 * null-model rewiring replicate, every graph-level figure) — or any function exported
 * by an ES module the workers can import (`module`: an absolute URL such as
 * `new URL("./my-replicate.js", import.meta.url).href`).
 */
import { type CompactIndex, DEFAULT_SEED, type RewiredReplicate, replicateSeed } from "@catalyse/core";
import type { NullFiguresParams } from "./replicates/null-figures.js";
import type { RewiredMetricParams, RewiredMetricResult } from "./replicates/rewired-metric.js";
import type { WorkerPool } from "./worker-pool.js";

/** Which replicate to run: a built-in one with its parameters, or a registered function. */
export type ReplicateSpec<Params> =
  | { builtin: "rewired-metric"; params: RewiredMetricParams }
  | { builtin: "null-figures"; params: NullFiguresParams }
  | { module: string; exportName?: string; params: Params };

/** Options of {@link parallelReplicates}. */
export interface ReplicatesOptions {
  /** Called as replicates complete, for progress bars. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** Runs one replicate per seed over the pool; results come back in seed order, equal to the sequential loop. */
export async function parallelReplicates<Result = RewiredMetricResult, Params = unknown>(
  pool: WorkerPool,
  index: CompactIndex,
  seeds: readonly number[],
  spec: ReplicateSpec<Params>,
  options: ReplicatesOptions = {},
): Promise<Result[]> {
  let done = 0;
  return Promise.all(
    seeds.map(async (seed) => {
      const result = (await pool.run(index, "replicate", { seed, ...spec })) as Result;
      options.onProgress?.(++done, seeds.length, "replicates");
      return result;
    }),
  );
}

/** Options of `parallelNullReplicates`. */
export interface ParallelNullReplicatesOptions extends NullFiguresParams, ReplicatesOptions {
  replicates: number;
  /** The null model's seed, as `nullModels`'. Default `DEFAULT_SEED`. */
  seed?: number;
}

/**
 * The rewiring replicates of core's `nullModels` (seeds `replicateSeed(seed, r)`),
 * spread over the pool; pass them as `nullModels`' `rewired` option (or
 * `analyze`'s `middle.rewired`) for exactly the sequential result.
 */
export function parallelNullReplicates(
  pool: WorkerPool,
  index: CompactIndex,
  options: ParallelNullReplicatesOptions,
): Promise<RewiredReplicate[]> {
  const seed = options.seed ?? DEFAULT_SEED;
  const seeds = Array.from({ length: Math.max(0, Math.floor(options.replicates)) }, (_, r) =>
    replicateSeed(seed, r),
  );
  const params: NullFiguresParams = { swapsPerLink: options.swapsPerLink, sampled: options.sampled ?? null };
  return parallelReplicates<RewiredReplicate, NullFiguresParams>(
    pool,
    index,
    seeds,
    { builtin: "null-figures", params },
    { onProgress: options.onProgress },
  );
}
