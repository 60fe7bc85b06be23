/**
 * The small dense algebra a regression needs: solving a symmetric positive
 * definite system (the p × p Gram matrix of p predictors, p small) by
 * Cholesky, with its inverse for standard errors.
 *
 * NOTE: matrices are row-major Float64Arrays of p × p.
 */

/** Result of {@link solveSymmetric}; null when the matrix is singular. */
export interface SymmetricSolution {
  solution: Float64Array;
  /** The inverse matrix, p × p. */
  inverse: Float64Array;
}

/**
 * Solves A x = b for symmetric positive definite A. Returns the first column
 * whose pivot vanishes (relative to its diagonal) when A is singular, so the
 * caller can name the collinear predictor.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array): SymmetricSolution | { singular: number } {
  const p = b.length;
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let diagonal = a[j * p + j]!;
    for (let k = 0; k < j; k++) diagonal -= l[j * p + k]! ** 2;
    // A pivot lost to rounding against the column's own scale means collinearity.
    if (!(diagonal > 1e-10 * Math.max(a[j * p + j]!, Number.MIN_VALUE))) return { singular: j };
    const root = Math.sqrt(diagonal);
    l[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let sum = a[i * p + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * p + k]! * l[j * p + k]!;
      l[i * p + j] = sum / root;
    }
  }
  const solveWith = (rhs: Float64Array): Float64Array => {
    const y = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      let sum = rhs[i]!;
      for (let k = 0; k < i; k++) sum -= l[i * p + k]! * y[k]!;
      y[i] = sum / l[i * p + i]!;
    }
    const x = new Float64Array(p);
    for (let i = p - 1; i >= 0; i--) {
      let sum = y[i]!;
      for (let k = i + 1; k < p; k++) sum -= l[k * p + i]! * x[k]!;
      x[i] = sum / l[i * p + i]!;
    }
    return x;
  };
  const inverse = new Float64Array(p * p);
  const unit = new Float64Array(p);
  for (let c = 0; c < p; c++) {
    unit.fill(0);
    unit[c] = 1;
    const column = solveWith(unit);
    for (let r = 0; r < p; r++) inverse[r * p + c] = column[r]!;
  }
  return { solution: solveWith(b), inverse };
}

/** Σ x·y over two vectors of the same length. */
export function dot(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let sum = 0;
  for (let d = 0; d < x.length; d++) sum += x[d]! * y[d]!;
  return sum;
}
