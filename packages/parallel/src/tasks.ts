/**
 * The tasks a worker can run, by name. Each takes the worker's copy of the
 * compact index (shared memory) and a small payload, and returns typed arrays
 * or plain data (structured-cloneable).
 */
import type { CompactIndex } from "@catalyse/core";
import { brandesFromSources, sampleBetweennessBlock, sourceLevelCounts } from "@catalyse/core/kernels";
import { type ClosenessKind, closenessOfRange } from "./kernels/closeness-sources.js";
import { type NullFiguresParams, nullFigures } from "./replicates/null-figures.js";
import { type RewiredMetricParams, rewiredMetric } from "./replicates/rewired-metric.js";

/** Each task's payload, by task name. */
export interface TaskPayloads {
  /** Brandes partial sums over sources [start, end) (core's `brandesFromSources`). */
  brandes: { start: number; end: number; weighted: boolean; tieTolerance?: number };
  /** Closeness (or harmonic) of actors [start, end). */
  closeness: { start: number; end: number; kind: ClosenessKind };
  /** Level counts of core's multi-source search from `sources` (closeness, harmonic, sampled or not), or null. */
  "level-counts": { sources: Int32Array };
  /** One block of approximate-betweenness samples (hit counts). */
  "approx-betweenness": { seed: number; block: number; count: number };
  /** One null-model replicate: a built-in one, or `exportName` of an ES module at `module`. */
  replicate: {
    seed: number;
    builtin?: "rewired-metric" | "null-figures";
    module?: string;
    exportName?: string;
    params: unknown;
  };
}

/** The name of a task a worker runs. */
export type TaskName = keyof TaskPayloads;

/** A replicate function exported by a module for the pool: pure in (index, seed, params). */
export type ReplicateFunction<Params = unknown, Result = unknown> = (
  index: CompactIndex,
  seed: number,
  params: Params,
) => Result | Promise<Result>;

const modules = new Map<string, Promise<Record<string, unknown>>>();

export async function runTask<T extends TaskName>(
  index: CompactIndex,
  task: T,
  payload: TaskPayloads[T],
): Promise<unknown> {
  switch (task) {
    case "brandes": {
      const { start, end, weighted, tieTolerance } = payload as TaskPayloads["brandes"];
      return brandesFromSources(index, { start, end }, { weighted, tieTolerance });
    }
    case "closeness": {
      const { start, end, kind } = payload as TaskPayloads["closeness"];
      return closenessOfRange(index, start, end, kind);
    }
    case "level-counts": {
      const { sources } = payload as TaskPayloads["level-counts"];
      return sourceLevelCounts(index, sources);
    }
    case "approx-betweenness": {
      const { seed, block, count } = payload as TaskPayloads["approx-betweenness"];
      return sampleBetweennessBlock(index, seed, block, count);
    }
    case "replicate": {
      const { seed, builtin, module, exportName, params } = payload as TaskPayloads["replicate"];
      if (builtin === "rewired-metric") return rewiredMetric(index, seed, params as RewiredMetricParams);
      if (builtin === "null-figures") return nullFigures(index, seed, params as NullFiguresParams);
      if (module === undefined) throw new Error("replicate task: give `builtin` or `module`");
      let loaded = modules.get(module);
      if (loaded === undefined) {
        loaded = import(/* @vite-ignore */ module) as Promise<Record<string, unknown>>;
        modules.set(module, loaded);
      }
      const fn = (await loaded)[exportName ?? "default"];
      if (typeof fn !== "function")
        throw new Error(`replicate task: ${module} has no function export "${exportName ?? "default"}"`);
      return (fn as ReplicateFunction)(index, seed, params);
    }
    default:
      throw new Error(`unknown task "${String(task)}"`);
  }
}
