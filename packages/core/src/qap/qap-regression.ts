/**
 * QAP regression (MRQAP): the tie matrix regressed on predictor matrices, one
 * row per dyad, with p-values from permutations that keep each matrix's
 * network structure (Krackhardt 1988). Linear coefficients are ordinary least
 * squares and equal R `sna::netlm`'s; logistic ones (binary ties) equal
 * `sna::netlogit`'s (`glm`).
 *
 * p-values: double semi-partialling (Dekker, Krackhardt & Snijders 2007,
 * `nullhyp = "qapspp"` in sna). For each coefficient k, the predictor xₖ is
 * regressed on the other predictors; the residual matrix eₖ (the part of xₖ
 * the others do not explain) has its rows and columns permuted together, y is
 * regressed on the other predictors and the permuted eₖ, and the t-value (z
 * for logistic) of the permuted eₖ is recorded. The p-value is the share of
 * permutations whose |t| reaches the observed |t| (sna's `pgreqabs`), so it is
 * two-sided. Robust to collinear predictors and to the dyads' dependence.
 *
 * Monte Carlo error: a p-value from N permutations has standard error
 * √(p(1−p)/N), 0.016 at p = 0.5 and N = 1000.
 */
import { createRandom, DEFAULT_SEED, shuffle } from "../random.js";
import type { Dyads } from "./dyads.js";
import { permuteDyads } from "./dyads.js";
import { gramMatrix, type LinearFit, linearFit, linearFitFromGram, residuals } from "./least-squares.js";
import { dot } from "./linear-algebra.js";
import { type LogisticFit, logisticFit, nullDeviance } from "./logistic.js";
import { QapError } from "./qap-error.js";

/** A predictor matrix as a dyad vector (see dyads.ts). */
export interface QapPredictor {
  /** Its name in the result (`same-world`, `distance`, …); "intercept" is reserved. */
  name: string;
  values: Float64Array;
}

/** The QAP regression: linear (as `sna::netlm`) or logistic (as `sna::netlogit`). */
export type QapMethod = "ols" | "logistic";

/** Options of {@link qapRegression}. */
export interface QapOptions {
  /** "ols" (linear, as netlm) or "logistic" (binary ties only, as netlogit). Default "ols". */
  method?: QapMethod;
  /** Permutations per coefficient. Default 1000. */
  permutations?: number;
  /** Seed of the permutations. Default {@link DEFAULT_SEED}. */
  seed?: number;
}

/** The defaults of {@link QapOptions}. */
export const QAP_DEFAULTS: Required<QapOptions> = { method: "ols", permutations: 1000, seed: DEFAULT_SEED };

/** The name of the constant column in every result map. */
export const INTERCEPT = "intercept";

/** QAP regression coefficients with their permutation p-values (Krackhardt 1988; Dekker, Krackhardt & Snijders 2007). */
export interface QapResult {
  method: QapMethod;
  /** Number of dyads (rows of the regression). */
  dyads: number;
  permutations: number;
  seed: number;
  /** Intercept first, then the predictors in the order given. */
  coefficients: Map<string, number>;
  /** t-values (OLS) or Wald z-values (logistic). */
  statistics: Map<string, number>;
  /** Two-sided double semi-partialling p-values; null when no permutation was asked for. */
  pValues: Map<string, number | null>;
  /** R² (OLS) or McFadden's pseudo-R² 1 − deviance / null deviance (logistic); null when y is constant. */
  r2: number | null;
  /** False when the logistic fit did not converge (perfect separation); always true for OLS. */
  converged: boolean;
}

/** QAP regression of ties on predictor matrices, p-values by double semi-partialling permutations (Dekker, Krackhardt & Snijders 2007), seeded. */
export function qapRegression(
  dyads: Dyads,
  ties: Float64Array,
  predictors: readonly QapPredictor[],
  options: QapOptions = {},
): QapResult {
  const { method, permutations, seed } = { ...QAP_DEFAULTS, ...options };
  const names = [INTERCEPT, ...predictors.map((predictor) => predictor.name)];
  checkRequest(dyads, ties, predictors, method, names);
  const columns = [new Float64Array(dyads.count).fill(1), ...predictors.map((predictor) => predictor.values)];
  const fit = fitOrThrow(columns, ties, method, names);
  const observed = fit.statistics;
  const random = createRandom(seed);
  const identity = Array.from({ length: dyads.order }, (_, i) => i);
  const permutation = new Int32Array(dyads.order);
  const permuted = new Float64Array(dyads.count);
  const pValues = new Map<string, number | null>();
  for (let k = 0; k < columns.length; k++) {
    if (permutations === 0) {
      pValues.set(names[k]!, null);
      continue;
    }
    const others = columns.filter((_, j) => j !== k);
    // The part of x_k the other predictors do not explain.
    const partial = linearFit(others, columns[k]!);
    if ("singular" in partial)
      throw collinear(
        names.filter((_, j) => j !== k),
        partial.singular,
      );
    const residual = residuals(others, columns[k]!, partial.coefficients);
    const statisticOf =
      method === "ols"
        ? linearStatistic(others, ties)
        : (e: Float64Array) => logisticStatistic(others, ties, e);
    const threshold = Math.abs(observed[k]!) * (1 - 1e-10);
    let reached = 0;
    for (let r = 0; r < permutations; r++) {
      permutation.set(shuffle(random, identity));
      permuteDyads(dyads, residual, permutation, permuted);
      if (Math.abs(statisticOf(permuted)) >= threshold) reached++;
    }
    pValues.set(names[k]!, reached / permutations);
  }
  return {
    method,
    dyads: dyads.count,
    permutations,
    seed,
    coefficients: new Map(names.map((name, j) => [name, fit.coefficients[j]!])),
    statistics: new Map(names.map((name, j) => [name, observed[j]!])),
    pValues,
    r2: fitQuality(fit, ties),
    converged: "converged" in fit ? fit.converged : true,
  };
}

function checkRequest(
  dyads: Dyads,
  ties: Float64Array,
  predictors: readonly QapPredictor[],
  method: QapMethod,
  names: readonly string[],
): void {
  if (ties.length !== dyads.count) throw new QapError("tie-count", { ties: ties.length, dyads: dyads.count });
  for (const predictor of predictors) {
    if (predictor.values.length !== dyads.count)
      throw new QapError("predictor-length", {
        predictor: predictor.name,
        values: predictor.values.length,
        dyads: dyads.count,
      });
  }
  const repeated = names.find((name, j) => names.indexOf(name) !== j);
  if (repeated !== undefined) throw new QapError("repeated-predictor", { predictor: repeated });
  if (dyads.count <= names.length)
    throw new QapError("too-few-pairs", { pairs: dyads.count, coefficients: names.length });
  if (method === "logistic" && ties.some((y) => y !== 0 && y !== 1))
    throw new QapError("logistic-not-binary");
}

function fitOrThrow(
  columns: readonly Float64Array[],
  ties: Float64Array,
  method: QapMethod,
  names: readonly string[],
): LinearFit | LogisticFit {
  const fit = method === "ols" ? linearFit(columns, ties) : logisticFit(columns, ties);
  if ("singular" in fit) throw collinear(names, fit.singular);
  return fit;
}

function collinear(names: readonly string[], column: number): QapError {
  const name = names[column]!;
  const combination = column !== 0 && names[0] === INTERCEPT;
  return new QapError("collinear", {
    predictor: name,
    combination: combination ? "yes" : "no",
    others: names
      .slice(0, column)
      .map((other) => `"${other}"`)
      .join(", "),
  });
}

/**
 * The t-value of a permuted residual e in the OLS of y on [others, e]. The
 * others' Gram matrix and X'y are computed once; each permutation adds only
 * the new column's cross products (e'e is permutation-invariant).
 */
function linearStatistic(others: readonly Float64Array[], y: Float64Array): (e: Float64Array) => number {
  const q = others.length;
  const p = q + 1;
  const base = gramMatrix(others);
  const gram = new Float64Array(p * p);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) gram[a * p + b] = base[a * q + b]!;
  const xty = new Float64Array(p);
  others.forEach((column, a) => {
    xty[a] = dot(column, y);
  });
  const yty = dot(y, y);
  let ete = Number.NaN;
  return (e) => {
    if (Number.isNaN(ete)) ete = dot(e, e);
    for (let a = 0; a < q; a++) {
      const cross = dot(others[a]!, e);
      gram[a * p + q] = cross;
      gram[q * p + a] = cross;
    }
    gram[q * p + q] = ete;
    xty[q] = dot(e, y);
    const fit = linearFitFromGram(gram, xty, yty, y.length);
    // A permuted residual lying in the others' span carries no information.
    return "singular" in fit ? 0 : fit.statistics[q]!;
  };
}

function logisticStatistic(others: readonly Float64Array[], y: Float64Array, e: Float64Array): number {
  const fit = logisticFit([...others, e], y);
  return "singular" in fit ? 0 : fit.statistics[others.length]!;
}

function fitQuality(fit: LinearFit | LogisticFit, ties: Float64Array): number | null {
  if ("rss" in fit) {
    let mean = 0;
    for (let d = 0; d < ties.length; d++) mean += ties[d]!;
    mean /= ties.length;
    let total = 0;
    for (let d = 0; d < ties.length; d++) total += (ties[d]! - mean) ** 2;
    return total === 0 ? null : 1 - fit.rss / total;
  }
  const baseline = nullDeviance(ties);
  return baseline === 0 ? null : 1 - fit.deviance / baseline;
}
