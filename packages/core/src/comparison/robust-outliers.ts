/**
 * Robust outliers among a handful of values (territories in a comparison):
 * the modified z-score of Iglewicz & Hoaglin (1993, "How to detect and handle
 * outliers"), |x − median| / (1.4826 · MAD), flags a value at 3.5 or more. The
 * median and the MAD ignore the outlier itself, unlike the mean and the sd.
 *
 * NOTE: outliers are few by definition. When more than `maxShare` of the
 * values (at least one) lie beyond the threshold on one side, they form a
 * group, not outliers, and none is flagged on that side: four territories in
 * ten are never "unusually low".
 */

export interface RobustOutlierOptions {
  /** Modified z-score from which a value is an outlier. Default 3.5 (Iglewicz & Hoaglin). */
  threshold?: number;
  /** Most outliers on one side, as a share of the values (at least one). Default 0.2. */
  maxShare?: number;
  /** Fewest values to look for outliers among. Default 3. */
  minValues?: number;
}

/** The defaults of `RobustOutlierOptions`. */
export const ROBUST_OUTLIER_DEFAULTS: Readonly<Required<RobustOutlierOptions>> = Object.freeze({
  threshold: 3.5,
  maxShare: 0.2,
  minValues: 3,
});

/** A value far from the median: its position, value, side and distance in robust deviations. */
export interface RobustOutlier {
  /** Position in the values given. */
  index: number;
  value: number;
  side: "high" | "low";
  /** Modified z-score |x − median| / (1.4826 · MAD). */
  strength: number;
}

/** The median of the values, how many are defined, and those that stand apart. */
export interface RobustOutliersResult {
  /** Median of the defined values; null when fewer than `minValues`. */
  median: number | null;
  /** Values that are defined. */
  count: number;
  /** Outliers, strongest first. */
  outliers: RobustOutlier[];
}

/** The median of the values (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Outliers among `values` (nulls ignored). */
export function robustOutliers(
  values: readonly (number | null)[],
  options: RobustOutlierOptions = {},
): RobustOutliersResult {
  const { threshold, maxShare, minValues } = { ...ROBUST_OUTLIER_DEFAULTS, ...options };
  const present = values.flatMap((value, index) => (value === null ? [] : [{ value, index }]));
  if (present.length < minValues) return { median: null, count: present.length, outliers: [] };
  const mid = median(present.map((p) => p.value));
  // 1.4826·MAD estimates the sd of normal data; a floor keeps near-constant columns quiet.
  const spread = Math.max(
    1.4826 * median(present.map((p) => Math.abs(p.value - mid))),
    1e-9 + 0.05 * Math.abs(mid),
  );
  const most = Math.max(1, Math.floor(maxShare * present.length));
  const outliers: RobustOutlier[] = [];
  for (const side of ["high", "low"] as const) {
    const flagged = present
      .filter((p) => (side === "high" ? p.value > mid : p.value < mid))
      .map((p) => ({ ...p, side, strength: Math.abs(p.value - mid) / spread }))
      .filter((o) => o.strength >= threshold);
    if (flagged.length <= most) outliers.push(...flagged);
  }
  outliers.sort((a, b) => b.strength - a.strength || a.index - b.index);
  return { median: mid, count: present.length, outliers };
}
