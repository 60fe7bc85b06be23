/**
 * Closeness and harmonic centrality split by actor over a worker pool. Each
 * value comes from its own breadth-first search, so the result equals the
 * sequential one bit for bit. Matches `nx.closeness_centrality(G)` (and
 * `nx.harmonic_centrality(G) / (n − 1)` with `kind: "harmonic"`).
 */
import type { CompactIndex } from "@catalyse/core";
import type { ClosenessKind } from "./kernels/closeness-sources.js";
import { foldInOrder, sourceRanges } from "./parallel-betweenness.js";
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
