/**
 * How an observed figure sits in its null distribution: mean, standard
 * deviation (sample, K − 1), z = (observed − mean) / sd and a two-sided
 * empirical p-value with the +1 correction of North, Curtis & Sham (2002):
 *   p = (1 + #{k : |x_k − mean| ≥ |observed − mean|}) / (K + 1).
 * Replicates where the figure is undefined (null) are left out. z is null when
 * the null distribution has no spread (sd = 0) or fewer than two replicates;
 * every field is null when the observed figure is.
 */

export interface NullSummary {
  observed: number | null;
  mean: number | null;
  sd: number | null;
  z: number | null;
  p: number | null;
  /** Replicates in which the figure was defined. */
  replicates: number;
}

/** Mean, standard deviation and z-score of an observed value against null samples (nulls skipped). */
export function summarizeNull(observed: number | null, samples: readonly (number | null)[]): NullSummary {
  const values = samples.filter((x): x is number => x !== null && Number.isFinite(x));
  const k = values.length;
  if (observed === null || !Number.isFinite(observed) || k === 0)
    return { observed: observed ?? null, mean: null, sd: null, z: null, p: null, replicates: k };
  let mean = 0;
  for (const x of values) mean += x;
  mean /= k;
  let squares = 0;
  for (const x of values) squares += (x - mean) ** 2;
  let sd = k > 1 ? Math.sqrt(squares / (k - 1)) : null;
  // Spread below rounding noise counts as none, so a constant figure never yields a huge z.
  if (sd !== null && sd <= 1e-12 * Math.max(1, Math.abs(mean))) sd = 0;
  const z = sd === null || sd === 0 ? null : (observed - mean) / sd;
  const distance = Math.abs(observed - mean) - 1e-12;
  let extreme = 0;
  for (const x of values) if (Math.abs(x - mean) >= distance) extreme++;
  return { observed, mean, sd, z, p: (1 + extreme) / (k + 1), replicates: k };
}
