/**
 * Brandes' accumulation of shortest-path dependencies (U. Brandes, "A faster
 * algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001), the
 * kernel of exact betweenness.
 *
 * `brandesFromSources` runs the single-source passes of the given sources and
 * returns the *partial, unnormalised* sums δ_s(v) over those sources, so that
 * workers can each take a range of sources and the caller sums their arrays.
 *
 * - Unweighted: breadth-first search, 32 sources at a time sharing their link
 *   scans (brandes-batched.ts); σ is counted during the search.
 * - Weighted: Dijkstra, link length = 1/weight (a stronger alliance is a
 *   shorter path, lengths computed once per index). Two path lengths within
 *   `tieTolerance` relative count as equal, so 1/3+1/3+1/3 ties with 1 (as in
 *   igraph; NetworkX compares float sums exactly and misses such ties). σ(v)
 *   is counted when v is settled, from the predecessors it accepts, which are
 *   exactly the links the accumulation follows (weighted-dependencies.ts).
 *   When every weight is a small rational (integer counts of joint projects,
 *   the usual case) lengths are exact integers in a common unit and a bucket
 *   queue replaces the heap (brandes-buckets.ts, Dial 1969); other weights of
 *   bounded range use buckets half a shortest link wide (brandes-dinitz.ts,
 *   Dinic 1978); otherwise an indexed 4-ary heap (brandes-dijkstra.ts). All
 *   give the same σ and ties.
 *
 * Directed territories follow out-links, as `nx.betweenness_centrality` does.
 * Every array is typed and allocated once per call, then reset through the
 * visit order, so a pass costs O(visited links) with no allocation.
 *
 * The dependency of w on its successors v is pulled rather than pushed:
 * δ(w) = σ(w) · Σ_v (1 + δ(v)) / σ(v), storing c(v) = (1 + δ(v)) / σ(v) once
 * per node (in σ's own slot, one array fewer in cache), so no predecessor
 * lists are needed: the batched pass tests links against the next level's
 * source bits, the one-source pass records each actor's successors in one flat
 * array. The weighted pass records predecessors instead (σ needs them as each
 * actor settles) and pushes c(w) into its predecessors' sums.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { BATCH, createBatchedPass } from "./brandes-batched.js";
import { createBucketPass } from "./brandes-buckets.js";
import { createHeapPass, type Pass } from "./brandes-dijkstra.js";
import { bucketScale, createDinitzPass } from "./brandes-dinitz.js";
import { integerLinkLengths } from "./integer-lengths.js";

/** A half-open range of source positions `[start, end)`. */
export interface SourceRange {
  start: number;
  end: number;
}

/** Options of `brandesFromSources`: which sources, and weighted or not. */
export interface BrandesOptions {
  /** Shortest paths by link length 1/weight (Dijkstra) instead of hop count. Default false. */
  weighted?: boolean;
  /** Relative tolerance under which two weighted path lengths are equal. Default 1e-9. */
  tieTolerance?: number;
  /** Called about every 1% of sources with (sources done, sources total, "betweenness"). */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** Relative tolerance under which two weighted path lengths count as equal (ties share the paths). */
export const DEFAULT_TIE_TOLERANCE = 1e-9;

/**
 * Partial betweenness: for each actor position v, Σ over the given sources s
 * of δ_s(v) (pairs (s, t) for every target t; an undirected pair is counted
 * from both ends, as NetworkX does before rescaling).
 *
 * @param sources source positions, or a range of them (default: every actor)
 * @param into optional array to add into (length `index.order`)
 */
export function brandesFromSources(
  index: CompactIndex,
  sources: Int32Array | SourceRange = { start: 0, end: index.order },
  options: BrandesOptions = {},
  into?: Float64Array,
): Float64Array {
  const n = index.order;
  const bc = into ?? new Float64Array(n);
  const count = sources instanceof Int32Array ? sources.length : Math.max(0, sources.end - sources.start);
  const sourceAt =
    sources instanceof Int32Array ? (i: number) => sources[i]! : (i: number) => sources.start + i;
  const progress = options.onProgress;
  const step = Math.max(1, Math.ceil(count / 100));
  let reported = 0;
  const report = (done: number) => {
    if (progress && (done === count || Math.floor(done / step) > Math.floor(reported / step))) {
      reported = done;
      progress(done, count, "betweenness");
    }
  };
  if (options.weighted) {
    const pass = createWeightedPass(index, options.tieTolerance ?? DEFAULT_TIE_TOLERANCE);
    for (let i = 0; i < count; i++) {
      pass(sourceAt(i), bc);
      report(i + 1);
    }
  } else {
    const pass = createBatchedPass(index);
    const batch = new Int32Array(BATCH);
    for (let i = 0; i < count; i += BATCH) {
      const size = Math.min(BATCH, count - i);
      for (let j = 0; j < size; j++) batch[j] = sourceAt(i + j);
      pass(batch, size, bc);
      report(i + size);
    }
  }
  return bc;
}

/**
 * The weighted pass for this index, fastest first: exact integer lengths and
 * a bucket per distance when the weights are small rationals
 * (integer-lengths.ts); else buckets half a shortest link wide when the
 * lengths' range is bounded (brandes-dinitz.ts); else the heap. All three
 * give the same σ and the same ties.
 */
export function createWeightedPass(index: CompactIndex, tolerance: number): Pass {
  const lengths = integerLinkLengths(index, tolerance);
  if (lengths) return createBucketPass(index, lengths);
  const scale = bucketScale(index, tolerance);
  return scale === undefined ? createHeapPass(index, tolerance) : createDinitzPass(index, tolerance, scale);
}

/** One-source breadth-first pass (the reference the batched pass is tested against). */
export function createUnweightedPass(index: CompactIndex): Pass {
  const n = index.order;
  const offsets = index.offsets;
  const targets = index.targets;
  const dist = new Int32Array(n).fill(-1);
  // σ(w) during the search, then c(w) = (1 + δ(w)) / σ(w) once w is accumulated
  // (its successors are done before it and its predecessors only read c).
  const sigma = new Float64Array(n);
  const order = new Int32Array(n);
  // The successors of each visited actor, recorded during the search as one
  // contiguous segment per actor in visit order: the accumulation then reads
  // only shortest-path links instead of re-testing every link.
  const successors = new Int32Array(targets.length);
  const segmentEnd = new Int32Array(n);
  return (s, bc) => {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let recorded = 0;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = targets[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          successors[recorded++] = w;
        } else if (dw === next) {
          sigma[w]! += sv;
          successors[recorded++] = w;
        }
      }
      segmentEnd[v] = recorded;
    }
    let end = recorded;
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const start = segmentEnd[order[i - 1]!]!;
      let sum = 0;
      for (let k = start; k < end; k++) sum += sigma[successors[k]!]!;
      end = start;
      const sw = sigma[w]!;
      const delta = sw * sum;
      bc[w]! += delta;
      sigma[w] = (1 + delta) / sw;
    }
    for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
  };
}
