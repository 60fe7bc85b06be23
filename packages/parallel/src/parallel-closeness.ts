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
import type { CompactIndex } from "@catalyse/core";
import { closenessFromSums, harmonicFromSums } from "@catalyse/core/kernels";
import type { ClosenessKind } from "./kernels/closeness-sources.js";
import { foldInOrder, sourceRanges } from "./parallel-betweenness.js";
import { parallelPathLengthSums } from "./parallel-path-length-sums.js";
import type { WorkerPool } from "./worker-pool.js";

/** Options of {@link parallelCloseness}. */
export interface ParallelClosenessOptions {
  /** Default "closeness". */
  kind?: ClosenessKind;
  /** Called as source blocks complete, for progress bars. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** Exact closeness (or harmonic) by position, sources split over the pool. */
export async function parallelCloseness(
  pool: WorkerPool,
  index: CompactIndex,
  options: ParallelClosenessOptions = {},
): Promise<Float64Array> {
  const kind = options.kind ?? "closeness";
  const figures = await parallelClosenessFigures(pool, index, [kind], options.onProgress);
  return figures[kind]!;
}

/**
 * Several kinds at once from one split search (closeness and harmonic share
 * it, as core's sequential section does); by actor, kind by kind, where a
 * long chain defeats the multi-source search.
 */
export async function parallelClosenessFigures(
  pool: WorkerPool,
  index: CompactIndex,
  kinds: readonly ClosenessKind[],
  onProgress?: (done: number, total: number, step: string) => void,
): Promise<Partial<Record<ClosenessKind, Float64Array>>> {
  const figures: Partial<Record<ClosenessKind, Float64Array>> = {};
  if (kinds.length === 0) return figures;
  const step = kinds.join(" and ");
  const sums = await parallelPathLengthSums(pool, index, null, (done, total) =>
    onProgress?.(done, total, step),
  );
  for (const kind of kinds)
    figures[kind] =
      sums === null
        ? await closenessByActor(pool, index, kind, onProgress)
        : kind === "closeness"
          ? closenessFromSums(index, sums)
          : harmonicFromSums(index, sums);
  return figures;
}

/** One breadth-first search per actor, split by actor. */
async function closenessByActor(
  pool: WorkerPool,
  index: CompactIndex,
  kind: ClosenessKind,
  onProgress?: (done: number, total: number, step: string) => void,
): Promise<Float64Array> {
  const values = new Float64Array(index.order);
  const ranges = sourceRanges(index.order);
  await foldInOrder(
    ranges.map(
      ([start, end]) =>
        () =>
          pool.run(index, "closeness", { start, end, kind }) as Promise<Float64Array>,
    ),
    (part, block) => values.set(part, ranges[block]![0]),
    (done) => onProgress?.(done, ranges.length, kind),
  );
  return values;
}
