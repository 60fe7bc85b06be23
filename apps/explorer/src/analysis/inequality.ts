/**
 * Inequality of a centrality across actors: the Lorenz curve (Lorenz 1905),
 * the population Gini coefficient, the effective number of brokers
 * (1/Σpᵢ², an inverse Simpson/Herfindahl index) and top shares. The explorer
 * computes them from the actor rows when the analysis document does not carry
 * them (issue 5 fills the document's `gini` and `effectiveBrokers`).
 *
 * Policy: null values are ignored; an empty list gives null figures.
 */

export interface LorenzPoint {
  /** Cumulative share of actors, from 0 to 1. */
  actors: number;
  /** Cumulative share of the total held by them (poorest first). */
  share: number;
}

function clean(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value));
}

/** The Lorenz curve, (0,0) first; null when the total is zero or there are no values. */
export function lorenzCurve(values: readonly (number | null)[]): LorenzPoint[] | null {
  const sorted = clean(values).sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  if (sorted.length === 0 || total <= 0) return null;
  const points: LorenzPoint[] = [{ actors: 0, share: 0 }];
  let cumulative = 0;
  sorted.forEach((value, i) => {
    cumulative += value;
    points.push({ actors: (i + 1) / sorted.length, share: cumulative / total });
  });
  return points;
}

/** Population Gini Σᵢ(2i−n−1)x₍ᵢ₎/(n·Σx) over sorted values; 0 when all are equal or zero. */
export function gini(values: readonly (number | null)[]): number | null {
  const sorted = clean(values).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  if (total === 0) return 0;
  let weighted = 0;
  sorted.forEach((value, i) => {
    weighted += (2 * (i + 1) - n - 1) * value;
  });
  return weighted / (n * total);
}

/** 1/Σpᵢ² with pᵢ = xᵢ/Σx: how many actors share the load; n when all are zero. */
export function effectiveNumber(values: readonly (number | null)[]): number | null {
  const xs = clean(values);
  if (xs.length === 0) return null;
  const total = xs.reduce((sum, value) => sum + value, 0);
  if (total === 0) return xs.length;
  let squares = 0;
  for (const value of xs) squares += (value / total) ** 2;
  return 1 / squares;
}

/** Share of the total held by the top `fraction` of actors (at least one actor). */
export function topShare(values: readonly (number | null)[], fraction: number): number | null {
  const sorted = clean(values).sort((a, b) => b - a);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  if (sorted.length === 0 || total === 0) return null;
  const count = Math.max(1, Math.round(sorted.length * fraction));
  return sorted.slice(0, count).reduce((sum, value) => sum + value, 0) / total;
}

/**
 * Freeman (1979) centralization: Σ(max − xᵢ) over the same sum for a star of n
 * actors. Degree on raw degrees: (n−1)(n−2); betweenness on normalised values:
 * n−1; closeness on normalised values: (n−1)(n−2)/(2n−3). Null below 3 actors.
 */
export function centralization(
  kind: "degree" | "betweenness" | "closeness",
  values: readonly (number | null)[],
): number | null {
  const xs = clean(values);
  const n = xs.length;
  if (n < 3) return null;
  const max = xs.reduce((best, value) => Math.max(best, value), Number.NEGATIVE_INFINITY);
  let sum = 0;
  for (const value of xs) sum += max - value;
  const star =
    kind === "degree"
      ? (n - 1) * (n - 2)
      : kind === "betweenness"
        ? n - 1
        : ((n - 1) * (n - 2)) / (2 * n - 3);
  return sum / star;
}
