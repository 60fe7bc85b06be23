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
 * - Weighted: Dijkstra with an indexed 4-ary heap, link length = 1/weight (a
 *   stronger alliance is a shorter path, lengths computed once per index).
 *   Two path lengths within `tieTolerance` relative count as equal, so
 *   1/3+1/3+1/3 ties with 1 (as in igraph; NetworkX compares float sums
 *   exactly and misses such ties). σ(v) is counted when v is settled (its
 *   distance is final then), testing its in-links with that one predicate;
 *   the predecessors it accepts are recorded and are exactly the links the
 *   accumulation follows, so σ and the dependencies stay consistent.
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
import { IndexedHeap } from "./indexed-heap.js";

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

type Pass = (source: number, bc: Float64Array) => void;

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

function createWeightedPass(index: CompactIndex, tolerance: number): Pass {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  const { length, inLength } = linkLengths(index);
  const undirected = inOffsets === offsets && inSources === targets;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  // σ, then c = (1 + δ) / σ once accumulated, as in the breadth-first pass.
  const sigma = new Float64Array(n);
  // Σ over the successors w of v of c(w), pushed by w when it is accumulated.
  const pull = new Float64Array(n);
  const order = new Int32Array(n);
  // The predecessors of each settled actor, one contiguous segment per actor
  // in settled order, so the accumulation reads only shortest-path links.
  const predecessors = new Int32Array(inSources.length);
  const segmentEnd = new Int32Array(n);
  const heap = new IndexedHeap(n);
  return (s, bc) => {
    dist[s] = 0;
    heap.push(s, 0);
    let settled = 0;
    let recorded = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      const dv = dist[v]!;
      // v's distance is final and its predecessors (shorter by a positive
      // length) are settled, so σ(v) is counted now with the same tie
      // predicate as before: dist(u) + ℓ(u,v) within tolerance·dist(v).
      const slack = tolerance * dv;
      let sum = settled === 0 ? 1 : 0;
      if (undirected) {
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const lk = length[k]!;
          const dw = dist[w]!;
          if (Math.abs(dw + lk - dv) <= slack) {
            sum += sigma[w]!;
            predecessors[recorded++] = w;
          }
          const d = dv + lk;
          if (d < dw) {
            dist[w] = d;
            if (dw === Number.POSITIVE_INFINITY) heap.push(w, d);
            else heap.decrease(w, d);
          }
        }
      } else {
        for (let k = inOffsets[v]!, end = inOffsets[v + 1]!; k < end; k++) {
          const u = inSources[k]!;
          if (Math.abs(dist[u]! + inLength[k]! - dv) <= slack) {
            sum += sigma[u]!;
            predecessors[recorded++] = u;
          }
        }
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const d = dv + length[k]!;
          const dw = dist[w]!;
          if (d < dw) {
            dist[w] = d;
            if (dw === Number.POSITIVE_INFINITY) heap.push(w, d);
            else heap.decrease(w, d);
          }
        }
      }
      sigma[v] = sum;
      segmentEnd[settled] = recorded;
      order[settled++] = v;
    }
    let end = recorded;
    for (let i = settled - 1; i > 0; i--) {
      const w = order[i]!;
      const sw = sigma[w]!;
      const delta = sw * pull[w]!;
      bc[w]! += delta;
      const c = (1 + delta) / sw;
      const start = segmentEnd[i - 1]!;
      for (let k = start; k < end; k++) pull[predecessors[k]!]! += c;
      end = start;
    }
    for (let i = 0; i < settled; i++) {
      const v = order[i]!;
      dist[v] = Number.POSITIVE_INFINITY;
      pull[v] = 0;
    }
  };
}

/** Link lengths 1/weight, computed once per index (every worker call reuses them). */
const lengthCache = new WeakMap<CompactIndex, { length: Float64Array; inLength: Float64Array }>();

function linkLengths(index: CompactIndex): { length: Float64Array; inLength: Float64Array } {
  let cached = lengthCache.get(index);
  if (!cached) {
    const length = reciprocal(index.weights);
    const inLength = index.inWeights === index.weights ? length : reciprocal(index.inWeights);
    cached = { length, inLength };
    lengthCache.set(index, cached);
  }
  return cached;
}

function reciprocal(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  for (let k = 0; k < weights.length; k++) out[k] = 1 / weights[k]!;
  return out;
}
