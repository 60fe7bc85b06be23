/**
 * The largest eigenvalue of a small symmetric tridiagonal matrix and its unit
 * eigenvector: what the Lanczos solver (`lanczos.ts`) asks at every step of
 * its k × k projection (k ≤ a few dozen).
 *
 * The eigenvalue comes from bisection on Sturm sequence counts (W. Barth,
 * R. Martin & J. Wilkinson, "Calculation of the eigenvalues of a symmetric
 * tridiagonal matrix by the method of bisection", Numer. Math. 9, 1967): it
 * converges to the last bit without any convergence test that could stall. The
 * eigenvector comes from two steps of inverse iteration with a pivoted
 * tridiagonal solve; the forward three-term recurrence is avoided because the
 * extreme eigenvector decays along the Lanczos basis, the unstable direction.
 */

/** θ and s with T s = θ s, ‖s‖ = 1, for T = tridiag(beta, diagonal, beta) of size `size`. */
export interface TridiagonalEigenpair {
  value: number;
  vector: Float64Array;
}

/**
 * Largest eigenpair of the leading `size` × `size` block of the tridiagonal
 * matrix with `diagonal[0..size)` and off-diagonal `off[0..size-1)`.
 */
export function largestTridiagonalEigenpair(
  diagonal: Float64Array,
  off: Float64Array,
  size: number,
): TridiagonalEigenpair {
  // Gershgorin bounds.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < size; i++) {
    const radius = (i > 0 ? Math.abs(off[i - 1]!) : 0) + (i < size - 1 ? Math.abs(off[i]!) : 0);
    low = Math.min(low, diagonal[i]! - radius);
    high = Math.max(high, diagonal[i]! + radius);
  }
  const scale = Math.max(Math.abs(low), Math.abs(high), Number.MIN_VALUE);
  // The largest eigenvalue lies where the count of eigenvalues below x goes from size − 1 to size.
  for (let step = 0; step < 200 && high - low > 2 * Number.EPSILON * scale; step++) {
    const middle = 0.5 * (low + high);
    if (middle === low || middle === high) break;
    if (countBelow(diagonal, off, size, middle) === size) high = middle;
    else low = middle;
  }
  const value = 0.5 * (low + high);
  return { value, vector: inverseIteration(diagonal, off, size, value, scale) };
}

/** Number of eigenvalues below x (Sturm count on the LDLᵀ pivots of T − xI). */
function countBelow(diagonal: Float64Array, off: Float64Array, size: number, x: number): number {
  let count = 0;
  let pivot = 1;
  for (let i = 0; i < size; i++) {
    const b = i > 0 ? off[i - 1]! : 0;
    pivot = diagonal[i]! - x - (i > 0 ? (b * b) / pivot : 0);
    // NOTE: a zero pivot is nudged to a tiny negative value (counted), the usual guard.
    if (pivot === 0) pivot = -Number.EPSILON * (Math.abs(x) + Number.MIN_VALUE);
    if (pivot < 0) count++;
  }
  return count;
}

/** Unit s with (T − θI) s ≈ 0, by two inverse iterations from the all-ones vector. */
function inverseIteration(
  diagonal: Float64Array,
  off: Float64Array,
  size: number,
  value: number,
  scale: number,
): Float64Array {
  let s: Float64Array = new Float64Array(size).fill(1);
  // Shift slightly off θ so the matrix is not exactly singular.
  const shift = value + 4 * Number.EPSILON * scale;
  for (let round = 0; round < 2; round++) {
    s = solveTridiagonal(diagonal, off, size, shift, s);
    let norm = 0;
    for (let i = 0; i < size; i++) norm += s[i]! * s[i]!;
    norm = Math.sqrt(norm);
    for (let i = 0; i < size; i++) s[i] = s[i]! / norm;
  }
  return s;
}

/**
 * Solves (T − shift·I) s = rhs by Gaussian elimination with partial pivoting
 * (LAPACK's dgttrf/dgttrs scheme: a pivot swap adds a second superdiagonal).
 */
function solveTridiagonal(
  diagonal: Float64Array,
  off: Float64Array,
  size: number,
  shift: number,
  rhs: Float64Array,
): Float64Array {
  const d = new Float64Array(size);
  const upper = new Float64Array(size);
  const upper2 = new Float64Array(size);
  const lower = new Float64Array(size);
  const b = Float64Array.from(rhs);
  for (let i = 0; i < size; i++) d[i] = diagonal[i]! - shift;
  for (let i = 0; i < size - 1; i++) {
    upper[i] = off[i]!;
    lower[i] = off[i]!;
  }
  const tiny = Number.EPSILON * scaleOf(diagonal, off, size, shift);
  for (let i = 0; i < size - 1; i++) {
    if (Math.abs(d[i]!) >= Math.abs(lower[i]!)) {
      if (d[i] === 0) d[i] = tiny;
      const factor = lower[i]! / d[i]!;
      d[i + 1] = d[i + 1]! - factor * upper[i]!;
      b[i + 1] = b[i + 1]! - factor * b[i]!;
    } else {
      // Swap rows i and i + 1.
      const factor = d[i]! / lower[i]!;
      d[i] = lower[i]!;
      const oldUpper = upper[i]!;
      upper[i] = d[i + 1]!;
      d[i + 1] = oldUpper - factor * d[i + 1]!;
      if (i < size - 2) {
        upper2[i] = upper[i + 1]!;
        upper[i + 1] = -factor * upper[i + 1]!;
      }
      const bi = b[i]!;
      b[i] = b[i + 1]!;
      b[i + 1] = bi - factor * b[i + 1]!;
    }
  }
  if (d[size - 1] === 0) d[size - 1] = tiny;
  const s = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let value = b[i]!;
    if (i + 1 < size) value -= upper[i]! * s[i + 1]!;
    if (i + 2 < size) value -= upper2[i]! * s[i + 2]!;
    s[i] = value / d[i]!;
  }
  return s;
}

function scaleOf(diagonal: Float64Array, off: Float64Array, size: number, shift: number): number {
  let scale = Math.abs(shift);
  for (let i = 0; i < size; i++) scale = Math.max(scale, Math.abs(diagonal[i]!));
  for (let i = 0; i < size - 1; i++) scale = Math.max(scale, Math.abs(off[i]!));
  return scale || 1;
}
