/**
 * For each actor u, the shortest-path distances *to* u from every actor that
 * reaches it (along out-links, so in-links from u's side for directed
 * territories, as NetworkX's closeness and harmonic centrality use): how many
 * reach it, the sum of their distances and the sum of their inverse distances.
 * Shared by closeness and harmonic centrality so that `analyze` runs the
 * searches once for both.
 *
 * Method: multi-source breadth-first search (M. Then et al., "The more the
 * merrier: efficient multi-source graph traversal", VLDB 2014): 32 searches
 * run at once, one bit each in an Int32 word per actor, so a link is crossed
 * once per level per batch rather than once per search. On small-world
 * territories (a few levels) that is several times fewer link visits. Counts
 * are accumulated per (actor reached, level), and the sums taken at the end in
 * level order, so the floats are exactly those of one search per actor
 * (Σ_level found/level in increasing level), which the parallel workers of
 * @catalyse/parallel reproduce bit for bit. When n × levels would exceed
 * {@link MAX_COUNTS} (a long chain), one search per actor is used instead.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** Per actor, the sum of shortest-path lengths to the actors it reaches and how many it reaches (closeness and harmonic come from them). */
export interface PathLengthSums {
  /** Actors that reach u, u included. */
  reached: Int32Array;
  /** Σ d(v, u) over those actors. */
  distanceSum: Float64Array;
  /** Σ 1 / d(v, u) over those actors other than u. */
  inverseSum: Float64Array;
}

const BATCH = 32;
/** Largest number of (actor, level) counters the multi-source search keeps (64 MB). */
export const MAX_COUNTS = 1 << 24;

/** Shortest-path length sums from every actor (one breadth-first search each, or level counts on long chains). */
export function pathLengthSums(index: CompactIndex): PathLengthSums {
  return multiSourceSums(index, null) ?? oneSearchPerActor(index);
}

/**
 * The same sums over the searches from some `sources` only (distinct
 * positions): `reached[u]` counts the sources that reach u, u included when it
 * is one. What sampled closeness (Eppstein & Wang 2004) needs, at the
 * multi-source search's speed. Null when the level counts would not fit
 * (then search source by source).
 */
export function sourcePathLengthSums(index: CompactIndex, sources: Int32Array): PathLengthSums | null {
  return multiSourceSums(index, sources);
}

/**
 * How many sources lie at each distance from each actor:
 * `counts[w · stride + level − 1]`, levels 1 to `deepest`. Integers, so the
 * counts of disjoint source sets add up exactly ({@link addLevelCounts}),
 * which lets workers search parts of the sources and the sums come out bit
 * for bit as from one search ({@link sumsFromLevelCounts}).
 */
export interface LevelCounts {
  counts: Int32Array;
  stride: number;
  deepest: number;
}

/**
 * Level counts by multi-source search from `sources` (null: every actor),
 * then the sums; null when the counts would not fit.
 */
function multiSourceSums(index: CompactIndex, sources: Int32Array | null): PathLengthSums | null {
  const levels = sourceLevelCounts(index, sources);
  return levels === null ? null : sumsFromLevelCounts(index.order, levels, sources);
}

/**
 * The level counts of the searches from `sources` (null: every actor), by
 * multi-source search; null when n × levels would pass `MAX_COUNTS`.
 */
export function sourceLevelCounts(index: CompactIndex, sources: Int32Array | null): LevelCounts | null {
  const n = index.order;
  const sourceCount = sources === null ? n : sources.length;
  const sourceAt = (p: number): number => (sources === null ? p : sources[p]!);
  const { offsets, targets } = index;
  // counts[w · stride + level − 1]: actors at distance `level` from w (towards w).
  let stride = 8;
  let counts = new Int32Array(n * stride);
  let deepest = 0;
  // Bit i of seen[v] / frontier[v] / next[v]: source (batch start + i).
  const seen = new Int32Array(n);
  const frontier = new Int32Array(n);
  const next = new Int32Array(n);
  let current = new Int32Array(n);
  let upcoming = new Int32Array(n);
  for (let first = 0; first < sourceCount; first += BATCH) {
    const last = Math.min(sourceCount, first + BATCH);
    let size = 0;
    for (let p = first; p < last; p++) {
      const s = sourceAt(p);
      const bit = 1 << (p - first);
      seen[s] = bit;
      frontier[s] = bit;
      current[size++] = s;
    }
    // Every actor ever seen in this batch, to clear `seen` afterwards.
    const touched: number[] = [];
    for (let level = 1; size > 0; level++) {
      if (level > stride) {
        const wider = Math.max(2 * stride, level);
        if (n * wider > MAX_COUNTS) return null;
        const grown = new Int32Array(n * wider);
        for (let w = 0; w < n; w++) grown.set(counts.subarray(w * stride, w * stride + stride), w * wider);
        counts = grown;
        stride = wider;
      }
      if (level > deepest) deepest = level;
      let count = 0;
      for (let i = 0; i < size; i++) {
        const v = current[i]!;
        const bits = frontier[v]!;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const add = bits & ~seen[w]!;
          if (add !== 0) {
            if (next[w] === 0) upcoming[count++] = w;
            next[w]! |= add;
          }
        }
      }
      for (let i = 0; i < size; i++) frontier[current[i]!] = 0;
      for (let i = 0; i < count; i++) {
        const w = upcoming[i]!;
        const bits = next[w]!;
        next[w] = 0;
        if (seen[w] === 0) touched.push(w);
        seen[w]! |= bits;
        frontier[w] = bits;
        counts[w * stride + level - 1]! += popcount(bits);
      }
      const swap = current;
      current = upcoming;
      upcoming = swap;
      size = count;
    }
    for (let p = first; p < last; p++) seen[sourceAt(p)] = 0;
    for (const w of touched) seen[w] = 0;
  }
  return { counts, stride, deepest };
}

/** The counts of two disjoint source sets, as one search from both would give. */
export function addLevelCounts(n: number, a: LevelCounts, b: LevelCounts): LevelCounts {
  const stride = Math.max(a.stride, b.stride);
  const counts = new Int32Array(n * stride);
  for (const part of [a, b])
    for (let w = 0; w < n; w++)
      for (let level = 0; level < part.deepest; level++)
        counts[w * stride + level]! += part.counts[w * part.stride + level]!;
  return { counts, stride, deepest: Math.max(a.deepest, b.deepest) };
}

/**
 * The sums from level counts, taken in level order (the floats of one search
 * per actor). `sources` as given to the search: null for every actor.
 */
export function sumsFromLevelCounts(
  n: number,
  { counts, stride, deepest }: LevelCounts,
  sources: Int32Array | null,
): PathLengthSums {
  const reached = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const inverseSum = new Float64Array(n);
  let isSource: Uint8Array | null = null;
  if (sources !== null) {
    isSource = new Uint8Array(n);
    for (const s of sources) isSource[s] = 1;
  }
  for (let w = 0; w < n; w++) {
    let found = isSource === null ? 1 : isSource[w]!;
    let total = 0;
    let inverse = 0;
    for (let level = 1, base = w * stride; level <= deepest; level++) {
      const c = counts[base + level - 1]!;
      if (c === 0) continue;
      found += c;
      total += c * level;
      inverse += c / level;
    }
    reached[w] = found;
    distanceSum[w] = total;
    inverseSum[w] = inverse;
  }
  return { reached, distanceSum, inverseSum };
}

/** One breadth-first search per actor along in-links, level by level. */
function oneSearchPerActor(index: CompactIndex): PathLengthSums {
  const n = index.order;
  const offsets = index.inOffsets;
  const neighbours = index.inSources;
  const reached = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const inverseSum = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    dist[u] = 0;
    queue[0] = u;
    let head = 0;
    let tail = 1;
    let total = 0;
    let inverse = 0;
    for (let level = 1; head < tail; level++) {
      const levelEnd = tail;
      while (head < levelEnd) {
        const v = queue[head++]!;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = neighbours[k]!;
          if (dist[w]! < 0) {
            dist[w] = level;
            queue[tail++] = w;
          }
        }
      }
      const found = tail - levelEnd;
      total += found * level;
      inverse += found / level;
    }
    reached[u] = tail;
    distanceSum[u] = total;
    inverseSum[u] = inverse;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return { reached, distanceSum, inverseSum };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
