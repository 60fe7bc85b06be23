/**
 * Null-model replicates spread over a worker pool: one job per seed, results
 * returned in seed order. A replicate is a pure function of (index, seed,
 * params), so the spread run equals the sequential loop exactly.
 *
 * A replicate is either the built-in `rewired-metric` (degree-preserving
 * rewiring, then betweenness, closeness or harmonic) or any function exported
 * by an ES module the workers can import (`module`: an absolute URL such as
 * `new URL("./my-replicate.js", import.meta.url).href`).
 */
import type { CompactIndex } from "@catalyse/core";
import type { RewiredMetricParams, RewiredMetricResult } from "./replicates/rewired-metric.js";
import type { WorkerPool } from "./worker-pool.js";

export type ReplicateSpec<Params> =
  | { builtin: "rewired-metric"; params: RewiredMetricParams }
  | { module: string; exportName?: string; params: Params };

export interface ReplicatesOptions {
  onProgress?: (done: number, total: number, step: string) => void;
}

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
