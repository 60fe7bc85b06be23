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
 * Method (issue 19): undirected territories reach the same fixed point by
 * conjugate gradients on its symmetric form (`pagerank-conjugate-gradient.ts`,
 * 13 matrix products on ba-10k instead of 24) and stop on the same test;
 * directed territories run the power iteration above. `iterations` counts
 * matrix products in both.
 *
 * NOTE: the tolerance defaults to 1e-12, not NetworkX's 1e-6: with 1e-6 and
 * 100 iterations NetworkX itself stops far from the fixed point on stars and
 * paths. When `maxIterations` is reached the last iterate is returned (NetworkX
 * raises instead); it always sums to 1.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { pagerankConjugateGradient } from "./pagerank-conjugate-gradient.js";
import { type PullAdjacency, pullProduct } from "./pull-product.js";

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
  const { offsets, weights } = index;
  const adjacency: PullAdjacency = {
    offsets: index.inOffsets,
    sources: index.inSources,
    weights: weighted ? index.inWeights : null,
  };
  // Out-strength (out-degree when unweighted); 0 makes an actor dangling.
  const strength = new Float64Array(n);
  let negative = false;
  for (let u = 0; u < n; u++) {
    let sum = 0;
    if (weighted) for (let k = offsets[u]!; k < offsets[u + 1]!; k++) sum += weights[k]!;
    else sum = offsets[u + 1]! - offsets[u]!;
    strength[u] = sum;
    if (sum < 0) negative = true;
  }
  // NOTE: an undirected territory with no negative strength takes the symmetric
  // solver (same fixed point, fewer products); a directed one keeps the power iteration.
  if (!index.directed && !negative)
    return pagerankConjugateGradient(index, adjacency, strength, alpha, tolerance, maxIterations);
  const inverseOut = new Float64Array(n);
  const danglingList: number[] = [];
  for (let u = 0; u < n; u++) {
    if (strength[u] !== 0) inverseOut[u] = 1 / strength[u]!;
    else danglingList.push(u);
  }
  const dangling = Int32Array.from(danglingList);
  const share = new Float64Array(n);
  let next = new Float64Array(n);
  x.fill(1 / n);
  const teleport = (1 - alpha) / n;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let danglingSum = 0;
    for (let i = 0; i < dangling.length; i++) danglingSum += x[dangling[i]!]!;
    for (let u = 0; u < n; u++) share[u] = x[u]! * inverseOut[u]!;
    pullProduct(adjacency, share, next);
    const base = (alpha * danglingSum) / n + teleport;
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = alpha * next[v]! + base;
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
