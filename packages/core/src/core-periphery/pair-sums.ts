/**
 * The tie side of a core–periphery correlation: over the pairs i ≠ j (unordered
 * when undirected, ordered when directed), the number of pairs N, Σa and Σa²
 * of the tie values a (link weight, 0 without a link). Both models correlate
 * these with a pattern over the same pairs.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** Sums over all pairs of actors of the tie values, for a Pearson correlation. */
export interface TieSums {
  pairs: number;
  sum: number;
  sumOfSquares: number;
}

/** What a tie counts: its presence (0/1) or its weight. */
export type CorePeripheryTies = "presence" | "weight";

/** Number of pairs, sum and sum of squares of the tie values over every pair of actors. */
export function tieSums(index: CompactIndex, ties: CorePeripheryTies): TieSums {
  const n = index.order;
  let sum = 0;
  let sumOfSquares = 0;
  for (let e = 0; e < index.size; e++) {
    const a = tieValue(index, e, ties);
    sum += a;
    sumOfSquares += a * a;
  }
  return { pairs: index.directed ? n * (n - 1) : (n * (n - 1)) / 2, sum, sumOfSquares };
}

/** The value of one link as a tie: 1 for presence, its weight otherwise. */
export function tieValue(index: CompactIndex, link: number, ties: CorePeripheryTies): number {
  return ties === "presence" ? 1 : index.linkWeight[link]!;
}

/** Pearson correlation from sums over N pairs; null when either side is constant. */
export function correlationFromSums(
  pairs: number,
  ties: TieSums,
  patternSum: number,
  patternSumOfSquares: number,
  crossSum: number,
): number | null {
  const tieSpread = pairs * ties.sumOfSquares - ties.sum * ties.sum;
  const patternSpread = pairs * patternSumOfSquares - patternSum * patternSum;
  if (!(tieSpread > 0) || !(patternSpread > 1e-12 * pairs * patternSumOfSquares)) return null;
  return (pairs * crossSum - ties.sum * patternSum) / Math.sqrt(tieSpread * patternSpread);
}
