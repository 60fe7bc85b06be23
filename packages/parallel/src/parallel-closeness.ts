/**
 * Closeness and harmonic centrality over a worker pool. Matches
 * `nx.closeness_centrality(G)` (and `nx.harmonic_centrality(G) / (n − 1)`
 * with `kind: "harmonic"`).
 *
 * The searches run as core's multi-source search split into parts
 * (parallel-path-length-sums.ts): the floats equal core's sequential ones
 * exactly, at its speed. Where a long chain has too many levels for that
 * search, each actor gets its own breadth-first search, split by actor.
 */
import { type CompactIndex, closenessFromSums, harmonicFromSums } from "@catalyse/core";
import type { ClosenessKind } from "./kernels/closeness-sources.js";
import { foldInOrder, sourceRanges } from "./parallel-betweenness.js";
import { parallelPathLengthSums } from "./parallel-path-length-sums.js";
import type { WorkerPool } from "./worker-pool.js";

export interface ParallelClosenessOptions {
  /** Default "closeness". */
  kind?: ClosenessKind;
  onProgress?: (done: number, total: number, step: string) => void;
}

export async function parallelCloseness(
  pool: WorkerPool,
  index: CompactIndex,
  options: ParallelClosenessOptions = {},
): Promise<Float64Array> {
  const kind = options.kind ?? "closeness";
  const sums = await parallelPathLengthSums(pool, index, null, (done, total) =>
    options.onProgress?.(done, total, kind),
  );
  if (sums !== null)
    return kind === "closeness" ? closenessFromSums(index, sums) : harmonicFromSums(index, sums);
  const values = new Float64Array(index.order);
  const ranges = sourceRanges(index.order);
  await foldInOrder(
    ranges.map(
      ([start, end]) =>
        () =>
          pool.run(index, "closeness", { start, end, kind }) as Promise<Float64Array>,
    ),
    (part, block) => values.set(part, ranges[block]![0]),
    (done) => options.onProgress?.(done, ranges.length, kind),
  );
  return values;
}
