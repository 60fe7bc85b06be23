/**
 * Gini coefficient and Lorenz curve (Gini 1912; Lorenz 1905) of a
 * non-negative figure over actors: how unequally degree or betweenness is
 * spread. The population Gini over ascending values x₍₁₎ ≤ … ≤ x₍ₙ₎:
 *
 *   G = Σᵢ (2i − n − 1) x₍ᵢ₎ / (n · Σ x)
 *
 * 0 when every actor holds the same share (including all zero), (n−1)/n when
 * one actor holds everything. NetworkX has no Gini; tests use hand-computed
 * values.
 */

/** A point of the Lorenz curve: the poorest `population` share holds `share` of the total. */
export interface LorenzPoint {
  population: number;
  share: number;
}

function sortedOrNull(values: ArrayLike<number | null>): Float64Array | null {
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === null || x === undefined || !Number.isFinite(x) || x < 0) return null;
    sorted[i] = x;
  }
  return sorted.sort();
}

/** Gini coefficient; null for no actors or a negative or non-finite value. */
export function gini(values: ArrayLike<number | null>): number | null {
  const sorted = sortedOrNull(values);
  const n = values.length;
  if (sorted === null || n === 0) return null;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i]!;
    weighted += (2 * (i + 1) - n - 1) * sorted[i]!;
  }
  if (total === 0) return 0;
  return weighted / (n * total);
}

/**
 * Lorenz curve: the point (0, 0) then one point per actor in ascending order.
 * When the total is zero every actor holds an equal (empty) share, so the
 * curve is the diagonal. `maxPoints` (≥ 2) thins long curves to about that
 * many points, always keeping the first and last. Empty for no actors or
 * invalid values.
 */
export function lorenzCurve(
  values: ArrayLike<number | null>,
  maxPoints = Number.POSITIVE_INFINITY,
): LorenzPoint[] {
  const sorted = sortedOrNull(values);
  const n = values.length;
  if (sorted === null || n === 0) return [];
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i]!;
  const step = Number.isFinite(maxPoints) ? Math.max(1, Math.ceil(n / Math.max(1, maxPoints - 1))) : 1;
  const points: LorenzPoint[] = [{ population: 0, share: 0 }];
  let cumulative = 0;
  for (let i = 0; i < n; i++) {
    cumulative += sorted[i]!;
    if ((i + 1) % step === 0 || i === n - 1)
      points.push({ population: (i + 1) / n, share: total === 0 ? (i + 1) / n : cumulative / total });
  }
  return points;
}
