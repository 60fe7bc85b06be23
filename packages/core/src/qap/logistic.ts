/**
 * Logistic regression of binary ties on dyad vectors, as R
 * `glm(family = binomial)` and `sna::netlogit` fit it: iteratively reweighted
 * least squares from η = 0, stopping when the deviance changes by less than
 * 1e-10 relative (glm: 1e-8) or after 50 iterations; z-values b / √((X'WX)⁻¹ⱼⱼ).
 *
 * NOTE: when a predictor separates ties from non-ties perfectly, the maximum
 * likelihood is at infinity; the fit then stops at 50 iterations with
 * `converged: false` and large coefficients, as glm warns.
 */
import { solveSymmetric } from "./linear-algebra.js";

export interface LogisticFit {
  coefficients: Float64Array;
  /** Wald z-values, one per column. */
  statistics: Float64Array;
  deviance: number;
  converged: boolean;
}

const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-10;

export function logisticFit(
  columns: readonly Float64Array[],
  y: Float64Array,
): LogisticFit | { singular: number } {
  const p = columns.length;
  const rows = y.length;
  const eta = new Float64Array(rows);
  const weight = new Float64Array(rows);
  const working = new Float64Array(rows);
  let b: Float64Array = new Float64Array(p);
  let inverse: Float64Array = new Float64Array(p * p);
  let deviance = Number.POSITIVE_INFINITY;
  let converged = false;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    for (let d = 0; d < rows; d++) {
      const mu = 1 / (1 + Math.exp(-eta[d]!));
      // Weights floored so that a saturated dyad does not make X'WX singular.
      const w = Math.max(mu * (1 - mu), 1e-12);
      weight[d] = w;
      working[d] = eta[d]! + (y[d]! - mu) / w;
    }
    const gram = new Float64Array(p * p);
    const rhs = new Float64Array(p);
    for (let a = 0; a < p; a++) {
      const ca = columns[a]!;
      let sum = 0;
      for (let d = 0; d < rows; d++) sum += ca[d]! * weight[d]! * working[d]!;
      rhs[a] = sum;
      for (let c = a; c < p; c++) {
        const cc = columns[c]!;
        let cross = 0;
        for (let d = 0; d < rows; d++) cross += ca[d]! * weight[d]! * cc[d]!;
        gram[a * p + c] = cross;
        gram[c * p + a] = cross;
      }
    }
    const solved = solveSymmetric(gram, rhs);
    if ("singular" in solved) return solved;
    b = solved.solution;
    inverse = solved.inverse;
    eta.fill(0);
    for (let j = 0; j < p; j++) {
      const column = columns[j]!;
      const coefficient = b[j]!;
      for (let d = 0; d < rows; d++) eta[d]! += coefficient * column[d]!;
    }
    const next = binomialDeviance(y, eta);
    if (Math.abs(next - deviance) < TOLERANCE * (Math.abs(next) + 0.1)) {
      deviance = next;
      converged = true;
      break;
    }
    deviance = next;
  }
  const statistics = new Float64Array(p);
  for (let j = 0; j < p; j++) statistics[j] = b[j]! / Math.sqrt(inverse[j * p + j]!);
  return { coefficients: b, statistics, deviance, converged };
}

/** −2 log-likelihood of binary y under logits η, computed stably. */
export function binomialDeviance(y: Float64Array, eta: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < y.length; d++) {
    const e = eta[d]!;
    // log(1 + e^η) without overflow.
    const softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
    sum += softplus - y[d]! * e;
  }
  return 2 * sum;
}

/** Deviance of the intercept-only model: the baseline of McFadden's pseudo-R². */
export function nullDeviance(y: Float64Array): number {
  let ties = 0;
  for (let d = 0; d < y.length; d++) ties += y[d]!;
  const mean = ties / y.length;
  if (mean <= 0 || mean >= 1) return 0;
  const eta = new Float64Array(y.length).fill(Math.log(mean / (1 - mean)));
  return binomialDeviance(y, eta);
}
