/**
 * Exact integer link lengths for weighted shortest paths, when the weights
 * allow them (Dial's condition, R. B. Dial, "Algorithm 360: shortest-path
 * forest with topological ordering", CACM 12(11), 1969).
 *
 * A link's length is 1/weight. When every weight is a small positive rational
 * p/q (an integer count such as the number of joint projects, or a reciprocal
 * such as 0.5), every length q/p is an integer multiple of one unit
 * u = 1/lcm(p): with weights 1–5, lengths are 60, 30, 20, 15, 12 units of
 * 1/60. Path lengths are then exact integers, ties are exact (1/3+1/3+1/3 is
 * exactly 1, no tolerance needed) and Dijkstra's heap can be replaced by a
 * circular bucket queue (brandes-buckets.ts). Alliance weights are mostly
 * such small counts, so this is the common case, not a benchmark trick; any
 * other weight (a float such as 0.37, a zero, a huge lcm) falls back to the
 * heap with lengths 1/weight and the tie tolerance.
 *
 * NOTE: the heap counts two float path lengths as equal within a relative
 * tolerance τ. Distinct integer path lengths D < D' ≤ Dmax differ by at least
 * 1/Dmax relative, so when τ · Dmax < 1/2 (Dmax ≤ (n − 1) · C, C the longest
 * link in units) the heap's ties are exactly the integer ties, and both
 * queues give the same σ and the same dependencies. With τ = 0 (exact float
 * comparison, as NetworkX) or a larger τ, the heap is kept; so it is when τ
 * is below the heap's own rounding (a float sum of up to n lengths is off by
 * about n·ε relative), where it would miss ties that the integers see.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** Link lengths as integer multiples of one common unit (parallel to `targets` and `inSources`). */
export interface IntegerLengths {
  /** Out-link lengths in units. */
  length: Int32Array;
  /** In-link lengths in units (the same array when undirected). */
  inLength: Int32Array;
  /** The longest link, in units: the bucket queue keeps `longest + 1` buckets. */
  longest: number;
}

/** Longest link in units a bucket queue accepts (its number of buckets). */
export const MAX_LINK_UNITS = 1 << 16;
/** Distance of an actor not reached yet, above every path in units. */
export const UNREACHED = 2 ** 30;
/** Largest denominator q tried when reading a weight as p/q. */
const MAX_DENOMINATOR = 16;
/** Largest lcm of the numerators (keeps every unit count an exact integer). */
const MAX_LCM = 2 ** 31;

const cache = new WeakMap<CompactIndex, IntegerLengths | null>();

/**
 * The index's link lengths 1/weight as exact integers, or `undefined` when the
 * weights do not allow it or when the tolerance `tolerance` would make the
 * heap's ties differ from exact ones (see the note above).
 */
export function integerLinkLengths(index: CompactIndex, tolerance: number): IntegerLengths | undefined {
  let lengths = cache.get(index);
  if (lengths === undefined) {
    lengths = computeIntegerLengths(index);
    cache.set(index, lengths);
  }
  if (lengths === null) return undefined;
  const longestPath = Math.max(1, index.order - 1) * lengths.longest;
  const aboveRounding = tolerance >= 4 * Math.max(1, index.order) * Number.EPSILON;
  return aboveRounding && tolerance * longestPath < 0.5 ? lengths : undefined;
}

function computeIntegerLengths(index: CompactIndex): IntegerLengths | null {
  // Each distinct weight as p/q in lowest terms, then lcm of the p.
  const fractions = new Map<number, [number, number]>();
  let lcm = 1;
  for (const weights of [index.weights, index.inWeights]) {
    let previous = Number.NaN;
    for (let k = 0; k < weights.length; k++) {
      const w = weights[k]!;
      if (w === previous || fractions.has(w)) continue;
      previous = w;
      const fraction = asFraction(w);
      if (!fraction) return null;
      fractions.set(w, fraction);
      lcm = (lcm / gcd(lcm, fraction[0])) * fraction[0];
      if (lcm > MAX_LCM) return null;
    }
  }
  // Length q/p = (lcm / p) · q units of 1/lcm, divided by their common gcd.
  const units = new Map<number, number>();
  let common = 0;
  for (const [w, [p, q]] of fractions) {
    const u = (lcm / p) * q;
    if (!Number.isSafeInteger(u)) return null;
    units.set(w, u);
    common = gcd(common, u);
  }
  let longest = 0;
  for (const [w, u] of units) {
    const reduced = u / common;
    units.set(w, reduced);
    longest = Math.max(longest, reduced);
  }
  // Distances stay small integers (Int32 arithmetic, unreached = 2^30): the
  // longest path (n − 1) · C must stay below 2^30.
  if (longest > MAX_LINK_UNITS || index.order * longest >= UNREACHED) return null;
  const convert = (weights: Float64Array) => Int32Array.from(weights, (w) => units.get(w)!);
  const length = convert(index.weights);
  const inLength = index.inWeights === index.weights ? length : convert(index.inWeights);
  return { length, inLength, longest };
}

/** w as [p, q] with p/q === w exactly, p and q positive integers, q ≤ 16; else undefined. */
function asFraction(w: number): [number, number] | undefined {
  if (!(w > 0) || !Number.isFinite(w)) return undefined;
  for (let q = 1; q <= MAX_DENOMINATOR; q++) {
    const p = Math.round(w * q);
    if (p > 0 && p <= MAX_LCM && p / q === w) {
      const g = gcd(p, q);
      return [p / g, q / g];
    }
  }
  return undefined;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
