/**
 * Continuous core–periphery model (Borgatti & Everett 1999, §4): each actor
 * gets a coreness cᵢ such that the ties aᵢⱼ follow the pattern cᵢcⱼ over the
 * pairs i ≠ j — two core actors strongly tied, a core and a peripheral one
 * weakly, two peripheral ones not at all. The fit is the Pearson correlation
 * between aᵢⱼ and cᵢcⱼ over those pairs.
 *
 * Coreness is the minimum-residual solution, min Σ_{i≠j} (aᵢⱼ − cᵢcⱼ)²
 * (B&E's MINRES), found by its fixed point
 *   cₖ ← Σⱼ (aₖⱼ + aⱼₖ)cⱼ / (2 Σ_{j≠k} cⱼ²)
 * from the degrees, O(n + m) per step. Why not maximise the correlation
 * directly: on real territories its supremum is a limit, not a point — on the
 * Florentine families it is approached by letting the Medici's coreness
 * dominate every other, so a search returns whatever it reached when it
 * stopped (found against the reference, see
 * scripts/reference/core-periphery.py). MINRES has a stable optimum on most
 * networks and the correlation is reported at it.
 *
 * Coreness is scaled to Σc² = 1 (as UCINET reports it), signed so that the
 * core is positive. No NetworkX call exists; the reference is
 * scripts/reference/core-periphery.py (scipy least squares).
 *
 * Against UCINET (its "Minres (SVD)", published output on campnet, see
 * scripts/reference/core-periphery-published.py): the coreness is UCINET's to
 * its three printed decimals. The fit differs on directed territories only:
 * UCINET correlates cᵢcⱼ with the symmetrised ties (aᵢⱼ + aⱼᵢ)/2 (0.327 on
 * campnet), Catalyse with the ties as they are, pair by ordered pair (0.296).
 * When one actor's ties dominate (a star, Galtung's four centres) the least
 * residual is only approached as that actor's coreness grows without bound (a
 * Heywood case, as in factor analysis): the normalised coreness tends to 1 for
 * that actor and 0 for the others, and the iteration returns a point on the
 * way after `maxIterations` (UCINET's algorithm, as xucinet ports it, stops
 * after 100 steps warning that MINRES did not converge: c3 0.909 on Galtung).
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { type CorePeripheryTies, correlationFromSums, type TieSums, tieSums, tieValue } from "./pair-sums.js";

/** Options of `continuousCoreness`; defaults in `CORENESS_DEFAULTS`. */
export interface CorenessOptions {
  /** Link presence (default) or weight as the tie value. */
  ties?: CorePeripheryTies;
  /** Fixed-point steps at most. Default 10000. */
  maxIterations?: number;
}

/** Defaults of `continuousCoreness`. */
export const CORENESS_DEFAULTS: Required<CorenessOptions> = {
  ties: "presence",
  maxIterations: 10000,
};

/** Each actor's coreness (by position in the index) and the correlation it reaches with the links. */
export interface CorenessResult {
  /** Coreness by actor position, Σc² = 1; all 0 when undefined. */
  coreness: Float64Array;
  /** Correlation between ties and cᵢcⱼ; null without links or with fewer than three actors. */
  fit: number | null;
}

/** Continuous coreness of every actor (Borgatti & Everett 1999, fitted by minimum residual), with its fit. */
export function continuousCoreness(index: CompactIndex, options: CorenessOptions = {}): CorenessResult {
  const settings = { ...CORENESS_DEFAULTS, ...options };
  const n = index.order;
  const sums = tieSums(index, settings.ties);
  if (n < 3 || index.size === 0 || sums.pairs * sums.sumOfSquares - sums.sum ** 2 <= 0)
    return { coreness: new Float64Array(n), fit: null };
  const c = minimumResidual(index, settings.ties, degreeStart(index), settings.maxIterations);
  const coreness = normalise(c);
  return { coreness, fit: evaluate(index, sums, settings.ties, coreness) };
}

function degreeStart(index: CompactIndex): Float64Array {
  return Float64Array.from({ length: index.order }, (_, i) => {
    const degree =
      index.offsets[i + 1]! -
      index.offsets[i]! +
      (index.directed ? index.inOffsets[i + 1]! - index.inOffsets[i]! : 0);
    return degree + 0.1;
  });
}

/**
 * Correlation between the ties and cᵢcⱼ over the pairs i ≠ j.
 *
 * NOTE: the sums are taken on the centred pattern q = cᵢcⱼ − m² with
 * c = m + d (m the mean coreness), from the moments Dₚ = Σdᵖ (pairs i < j):
 *   Σq = m(n−1)D₁ + (D₁² − D₂)/2,
 *   Σq² = m²((n−2)D₂ + D₁²) + 2m(D₁D₂ − D₃) + (D₂² − D₄)/2.
 * The raw sums of cᵢcⱼ cancel catastrophically when c is nearly uniform, and
 * the search would then climb rounding errors instead of the correlation. D₁
 * is 0 in exact arithmetic but kept: its rounding, times m(n−1), is of the
 * order of D₂ there.
 */
function evaluate(
  index: CompactIndex,
  sums: TieSums,
  ties: CorePeripheryTies,
  c: Float64Array,
): number | null {
  const n = index.order;
  const factor = index.directed ? 2 : 1;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += c[i]!;
  mean /= n;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  let d4 = 0;
  for (let i = 0; i < n; i++) {
    const d = c[i]! - mean;
    d1 += d;
    d2 += d * d;
    d3 += d * d * d;
    d4 += d ** 4;
  }
  const patternSum = factor * (mean * (n - 1) * d1 + (d1 * d1 - d2) / 2);
  const patternSquares =
    factor * (mean * mean * ((n - 2) * d2 + d1 * d1) + 2 * mean * (d1 * d2 - d3) + (d2 * d2 - d4) / 2);
  let cross = 0;
  for (let e = 0; e < index.size; e++) {
    const ds = c[index.linkSource[e]!]! - mean;
    const dt = c[index.linkTarget[e]!]! - mean;
    cross += tieValue(index, e, ties) * (mean * (ds + dt) + ds * dt);
  }
  return correlationFromSums(sums.pairs, sums, patternSum, patternSquares, cross);
}

/** The MINRES fixed point (see the header), stopped when no coreness moves by 1e-12 relative. */
function minimumResidual(
  index: CompactIndex,
  ties: CorePeripheryTies,
  start: Float64Array,
  maxIterations: number,
): Float64Array {
  const n = index.order;
  let c = start;
  const weighted = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    weighted.fill(0);
    for (let e = 0; e < index.size; e++) {
      const s = index.linkSource[e]!;
      const t = index.linkTarget[e]!;
      const a = tieValue(index, e, ties);
      weighted[s]! += a * c[t]!;
      weighted[t]! += a * c[s]!;
    }
    let squares = 0;
    for (let i = 0; i < n; i++) squares += c[i]! ** 2;
    // Undirected: each pair once, so the least-squares step is Σⱼ aₖⱼcⱼ / Σ_{j≠k} cⱼ².
    const pairsPerLink = index.directed ? 2 : 1;
    const next = Float64Array.from(
      c,
      (x, k) => weighted[k]! / (pairsPerLink * Math.max(squares - x * x, 1e-300)),
    );
    let moved = 0;
    let scale = 0;
    for (let i = 0; i < n; i++) {
      moved = Math.max(moved, Math.abs(next[i]! - c[i]!));
      scale = Math.max(scale, Math.abs(next[i]!));
    }
    // Damped by half: the plain fixed point can oscillate between two scalings.
    c = Float64Array.from(next, (x, i) => (x + c[i]!) / 2);
    if (moved <= 1e-12 * scale) break;
  }
  return c;
}

/** Scales to Σc² = 1, signed so that the largest magnitude is positive. */
function normalise(c: Float64Array): Float64Array {
  let norm = 0;
  let extreme = 0;
  for (const x of c) {
    norm += x * x;
    if (Math.abs(x) > Math.abs(extreme)) extreme = x;
  }
  const scale = (extreme < 0 ? -1 : 1) / Math.sqrt(norm || 1);
  return Float64Array.from(c, (x) => x * scale);
}
