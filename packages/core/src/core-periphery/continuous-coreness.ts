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
 * Heywood case, as in factor analysis), and the iteration never settles
 * (UCINET's algorithm, as xucinet ports it, stops after 100 steps warning that
 * MINRES did not converge: c3 0.909 on Galtung; where it stops is arbitrary).
 * Only one actor h can grow so (two would make cₕcₕ′ unbounded), every other
 * cⱼ then shrinks as bⱼ/cₕ, and the residual tends to its least value with
 * bⱼ = aₕⱼ (directed: (aₕⱼ + aⱼₕ)/2). So when the iteration has not converged
 * after `maxIterations`, the result is that limit when the iteration is
 * heading there (h, the actor whose limit leaves the least residual, the first
 * by position on a tie, already holds more than half of Σc², and the limit's
 * residual is below that of where the iteration stopped): coreness exactly 1
 * for h and 0 for every other, the fit that of the limiting pattern
 * cₕcⱼ → bⱼ (0 on pairs without h). It depends on the network only, not on
 * when the iteration stopped; on Galtung it is c3 with fit 0.5852, where scipy
 * heads too. Otherwise (a slow approach to an interior optimum, or too few
 * steps to tell) the result is the last iterate. Either way `converged` is
 * false.
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
  /**
   * Whether the minimum-residual iteration settled (no coreness moving by
   * 1e-12 relative) within `maxIterations`; true when there was nothing to fit.
   * When false, see the header: the unbounded limit or the last iterate.
   */
  converged: boolean;
  /** Fixed-point steps taken; 0 when there was nothing to fit. */
  iterations: number;
}

/** Continuous coreness of every actor (Borgatti & Everett 1999, fitted by minimum residual), with its fit. */
export function continuousCoreness(index: CompactIndex, options: CorenessOptions = {}): CorenessResult {
  const settings = { ...CORENESS_DEFAULTS, ...options };
  const n = index.order;
  const sums = tieSums(index, settings.ties);
  if (n < 3 || index.size === 0 || sums.pairs * sums.sumOfSquares - sums.sum ** 2 <= 0)
    return { coreness: new Float64Array(n), fit: null, converged: true, iterations: 0 };
  const run = minimumResidual(index, settings.ties, degreeStart(index), settings.maxIterations);
  const coreness = normalise(run.c);
  if (!run.converged) {
    const limit = unboundedLimit(index, sums, settings.ties);
    // Heading there: h already holds most of Σc², and the limit fits better than where the iteration stopped.
    if (coreness[limit.actor]! ** 2 > 0.5 && limit.residual <= residual(index, sums, settings.ties, run.c)) {
      const unbounded = new Float64Array(n);
      unbounded[limit.actor] = 1;
      return { coreness: unbounded, fit: limit.fit, converged: false, iterations: run.iterations };
    }
  }
  return {
    coreness,
    fit: evaluate(index, sums, settings.ties, coreness),
    converged: run.converged,
    iterations: run.iterations,
  };
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
): { c: Float64Array; converged: boolean; iterations: number } {
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
    if (moved <= 1e-12 * scale) return { c, converged: true, iterations: iteration + 1 };
  }
  return { c, converged: false, iterations: maxIterations };
}

/** Σ over the pairs i ≠ j of (aᵢⱼ − cᵢcⱼ)², for the coreness as the iteration scales it. */
function residual(index: CompactIndex, sums: TieSums, ties: CorePeripheryTies, c: Float64Array): number {
  let cross = 0;
  for (let e = 0; e < index.size; e++)
    cross += tieValue(index, e, ties) * c[index.linkSource[e]!]! * c[index.linkTarget[e]!]!;
  // Σ_{i<j} cᵢ²cⱼ² by running sums: the closed form ((Σc²)² − Σc⁴)/2 cancels when one cᵢ dominates.
  let before = 0;
  let products = 0;
  for (const x of c) {
    products += x * x * before;
    before += x * x;
  }
  const factor = index.directed ? 2 : 1;
  return sums.sumOfSquares - 2 * cross + factor * products;
}

/**
 * The Heywood limit with the least residual (see the header): the actor h
 * whose coreness would grow without bound, that residual, and the fit of the
 * limiting pattern bⱼ on h's pairs.
 */
function unboundedLimit(
  index: CompactIndex,
  sums: TieSums,
  ties: CorePeripheryTies,
): { actor: number; residual: number; fit: number | null } {
  let best = { actor: 0, residual: Number.POSITIVE_INFINITY, fit: null as number | null };
  const factor = index.directed ? 2 : 1;
  for (let h = 0; h < index.order; h++) {
    const out = new Map<number, number>();
    const inward = new Map<number, number>();
    for (let a = index.offsets[h]!; a < index.offsets[h + 1]!; a++)
      out.set(index.targets[a]!, tieValue(index, index.linkOf[a]!, ties));
    if (index.directed)
      for (let a = index.inOffsets[h]!; a < index.inOffsets[h + 1]!; a++)
        inward.set(index.inSources[a]!, tieValue(index, index.inLinkOf[a]!, ties));
    // Per partner j, the limit's cₕcⱼ is b = aₕⱼ (directed: (aₕⱼ + aⱼₕ)/2, one product for both
    // directions), so of Σa² on h's pairs it leaves nothing (directed: (aₕⱼ − aⱼₕ)²/2).
    let captured = 0;
    let patternSum = 0;
    let patternSquares = 0;
    let cross = 0;
    for (const j of new Set([...out.keys(), ...inward.keys()])) {
      const there = out.get(j) ?? 0;
      const back = inward.get(j) ?? 0;
      const b = index.directed ? (there + back) / 2 : there;
      captured += there * there + back * back - (index.directed ? (there - back) ** 2 / 2 : 0);
      patternSum += factor * b;
      patternSquares += factor * b * b;
      cross += b * (there + back);
    }
    const left = sums.sumOfSquares - captured;
    if (left < best.residual)
      best = {
        actor: h,
        residual: left,
        fit: correlationFromSums(sums.pairs, sums, patternSum, patternSquares, cross),
      };
  }
  return best;
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
