/**
 * PageRank (S. Brin & L. Page, "The anatomy of a large-scale hypertextual Web
 * search engine", 1998), by power iteration exactly as NetworkX 2.8's
 * `nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=100000)`
 * (its SciPy implementation):
 *
 *   x' = α (x P + (Σ_{dangling d} x_d) / n) + (1 − α) / n,
 *
 * where P is the weight matrix with rows divided by out-strength, and a
 * dangling actor (no out-link, e.g. an isolate) spreads its score uniformly.
 * Stops when ‖x' − x‖₁ < n · tolerance. Undirected links count both ways.
 *
 * NOTE: the tolerance defaults to 1e-12, not NetworkX's 1e-6: with 1e-6 and
 * 100 iterations NetworkX itself stops far from the fixed point on stars and
 * paths. When `maxIterations` is reached the last iterate is returned (NetworkX
 * raises instead); it always sums to 1.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";

/** Options of `pagerank`. */
export interface PagerankOptions {
  /** Damping factor α. Default 0.85. */
  alpha?: number;
  /** Convergence threshold per actor on the L1 change. Default 1e-12. */
  tolerance?: number;
  /** Default 100000. */
  maxIterations?: number;
  /** Use link weights (NetworkX `weight="weight"`). Default true. */
  weighted?: boolean;
}

/** The defaults of {@link PagerankOptions}, as `nx.pagerank`. */
export const PAGERANK_DEFAULTS: Required<PagerankOptions> = {
  alpha: 0.85,
  tolerance: 1e-12,
  maxIterations: 100_000,
  weighted: true,
};

/** PageRank values by position and whether the power iteration converged. */
export interface PagerankResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/** PageRank with its convergence report. */
export function pagerankValues(index: CompactIndex, options: PagerankOptions = {}): PagerankResult {
  const { alpha, tolerance, maxIterations, weighted } = { ...PAGERANK_DEFAULTS, ...options };
  const n = index.order;
  let x = new Float64Array(n);
  if (n === 0) return { values: x, iterations: 0, converged: true };
  const { offsets, weights, inOffsets, inSources, inWeights } = index;
  // 1 / out-strength, 0 for dangling actors.
  const inverseOut = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    let strength = 0;
    if (weighted) for (let k = offsets[u]!; k < offsets[u + 1]!; k++) strength += weights[k]!;
    else strength = offsets[u + 1]! - offsets[u]!;
    if (strength !== 0) inverseOut[u] = 1 / strength;
    else dangling.push(u);
  }
  const share = new Float64Array(n);
  let next = new Float64Array(n);
  x.fill(1 / n);
  const teleport = (1 - alpha) / n;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let danglingSum = 0;
    for (const d of dangling) danglingSum += x[d]!;
    for (let u = 0; u < n; u++) share[u] = x[u]! * inverseOut[u]!;
    const base = (alpha * danglingSum) / n + teleport;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      const end = inOffsets[v + 1]!;
      if (weighted) for (let k = inOffsets[v]!; k < end; k++) sum += share[inSources[k]!]! * inWeights[k]!;
      else for (let k = inOffsets[v]!; k < end; k++) sum += share[inSources[k]!]!;
      const value = alpha * sum + base;
      next[v] = value;
      change += Math.abs(value - x[v]!);
    }
    const swap = x;
    x = next;
    next = swap;
    if (change < n * tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}

/** PageRank of each actor (`nx.pagerank(G, tol=1e-12, max_iter=100000)`). */
export const pagerank = createActorMetric<PagerankOptions>(
  "pagerank",
  (index, options) => pagerankValues(index, options).values,
);
