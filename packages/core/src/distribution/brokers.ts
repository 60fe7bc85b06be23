/**
 * How many actors the brokerage of a territory rests on, from per-actor
 * betweenness (normalised, unweighted):
 * - `effectiveBrokers` = 1 / Σ pᵢ², pᵢ = bᵢ / Σ b: the inverse Herfindahl
 *   (Simpson) index, the "effective number" of brokers (Laakso & Taagepera
 *   1979). One actor holding all brokerage gives 1; n equal brokers give n,
 *   and so does a territory with no brokerage at all (everyone equal).
 * - `topBrokerShare` = max b / Σ b: the share of all brokerage the single top
 *   broker holds; null when there is no brokerage to share.
 * - `topShare(values, f)`: the share held by the top ⌈f·n⌉ actors (at least one).
 * - `topShareActors(n, f)`: that ⌈f·n⌉; `isTopShareReadable(n, f)`: whether
 *   "the top f" means at least two actors (f·n ≥ 2), below which a share "of
 *   the top 5 %" is one actor's share in disguise and readers are better told
 *   the actor's name.
 */

/** Fewest actors "the top x %" must mean for a reading to cite its share. */
export const TOP_SHARE_MIN_ACTORS = 2;

/** How many actors the top `fraction` of `n` actors are (⌈fraction·n⌉, at least one, at most n). */
export function topShareActors(n: number, fraction: number): number {
  // The epsilon keeps 0.07·100 (= 7.000000000000001 in floating point) at 7 actors.
  return Math.min(n, Math.max(1, Math.ceil(fraction * n - 1e-9)));
}

/** Whether the top `fraction` of `n` actors is at least `TOP_SHARE_MIN_ACTORS` actors (fraction·n ≥ 2). */
export function isTopShareReadable(n: number, fraction: number): boolean {
  return fraction * n >= TOP_SHARE_MIN_ACTORS - 1e-9;
}

function totalOrNull(values: ArrayLike<number | null>): number | null {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === null || x === undefined || !Number.isFinite(x) || x < 0) return null;
    total += x;
  }
  return total;
}

/** Effective number of brokers; n when every value is zero, null for no actors. */
export function effectiveBrokers(values: ArrayLike<number | null>): number | null {
  const total = totalOrNull(values);
  if (total === null || values.length === 0) return null;
  if (total === 0) return values.length;
  let concentration = 0;
  for (let i = 0; i < values.length; i++) {
    const p = (values[i] as number) / total;
    concentration += p * p;
  }
  return 1 / concentration;
}

/** Share of the total held by the largest value; null when the total is zero. */
export function topBrokerShare(values: ArrayLike<number | null>): number | null {
  const total = totalOrNull(values);
  if (total === null || total === 0) return null;
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i] as number);
  return max / total;
}

/**
 * Share of the total held by the top `fraction` of actors (the ⌈fraction·n⌉
 * largest values, at least one). Null when the total is zero.
 */
export function topShare(values: ArrayLike<number | null>, fraction: number): number | null {
  const total = totalOrNull(values);
  if (total === null || total === 0) return null;
  const n = values.length;
  const count = topShareActors(n, fraction);
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  let top = 0;
  for (let i = n - count; i < n; i++) top += sorted[i]!;
  return top / total;
}
