/**
 * Ordinary least squares on dyad vectors, as R `lm` / `sna::netlm` fit it:
 * coefficients, t-values b / √(σ̂²·(X'X)⁻¹ⱼⱼ) with σ̂² = RSS / (D − p), and R².
 * Built from the Gram matrix X'X, so that a permutation that changes one
 * column only recomputes that column's cross products (see qap-regression.ts).
 */
import { dot, solveSymmetric } from "./linear-algebra.js";

export interface LinearFit {
  coefficients: Float64Array;
  /** t-values, one per column. */
  statistics: Float64Array;
  /** Residual sum of squares. */
  rss: number;
}

/** The Gram matrix X'X (p × p, row-major) of columns. */
export function gramMatrix(columns: readonly Float64Array[]): Float64Array {
  const p = columns.length;
  const gram = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      const value = dot(columns[a]!, columns[b]!);
      gram[a * p + b] = value;
      gram[b * p + a] = value;
    }
  }
  return gram;
}

/**
 * OLS from X'X, X'y and y'y over `rows` observations. Returns the index of a
 * column collinear with the ones before it when X'X is singular.
 */
export function linearFitFromGram(
  gram: Float64Array,
  xty: Float64Array,
  yty: number,
  rows: number,
): LinearFit | { singular: number } {
  const p = xty.length;
  const solved = solveSymmetric(gram, xty);
  if ("singular" in solved) return solved;
  const b = solved.solution;
  // RSS = y'y − b'X'y; clamped at 0 against rounding when the fit is perfect.
  const rss = Math.max(0, yty - dot(b, xty));
  const variance = rss / (rows - p);
  const statistics = new Float64Array(p);
  for (let j = 0; j < p; j++) statistics[j] = b[j]! / Math.sqrt(variance * solved.inverse[j * p + j]!);
  return { coefficients: b, statistics, rss };
}

/** OLS of y on columns. */
export function linearFit(
  columns: readonly Float64Array[],
  y: Float64Array,
): LinearFit | { singular: number } {
  return linearFitFromGram(
    gramMatrix(columns),
    Float64Array.from(columns, (column) => dot(column, y)),
    dot(y, y),
    y.length,
  );
}

/** Residuals y − Xb of a fit. */
export function residuals(columns: readonly Float64Array[], y: Float64Array, b: Float64Array): Float64Array {
  const result = Float64Array.from(y);
  columns.forEach((column, j) => {
    const coefficient = b[j]!;
    for (let d = 0; d < result.length; d++) result[d]! -= coefficient * column[d]!;
  });
  return result;
}
