/**
 * PageRank of an undirected territory by conjugate gradients: the same fixed
 * point as the power iteration of `pagerank.ts` (NetworkX's), reached in
 * fewer matrix products.
 *
 * With W the symmetric weight matrix, D its diagonal of strengths and
 * P = D⁻¹W, NetworkX's fixed point is x = y / Σy where
 *
 *   (I − α Pᵀ) y = 1
 *
 * (teleport and dangling mass are both uniform, so they only scale y; an actor
 * of strength 0 is dangling and gets y = 1). Writing y = D^½ z turns the
 * system into (I − α S) z = D^-½ 1 with S = D^-½ W D^-½ symmetric and its
 * eigenvalues in [−1, 1], so the matrix is positive definite with condition
 * number at most (1 + α) / (1 − α) ≈ 12.3: conjugate gradients contract the
 * error at least by (√12.3 − 1) / (√12.3 + 1) ≈ 0.56 per product, against α
 * times the second eigenvalue of P for the power iteration (M. Hestenes &
 * E. Stiefel, 1952; the symmetric form is in D. Gleich, "PageRank beyond the
 * Web", SIAM Review 57, 2015, §2.4).
 *
 * Stopping rule: NetworkX's. One power step from the normalised iterate x
 * would change it by r = b − (I − αPᵀ)x, whose L1 norm is at most
 * 2‖ρ‖₁ / Σy with ρ the system's residual in y (ρ and r differ by a uniform
 * vector fixed by Σr = 0). The solver stops once 2‖ρ‖₁ / Σy < n · tolerance,
 * so the returned vector also passes `nx.pagerank`'s own test.
 *
 * Start: y₀ = 1 + α/(1 − α) · n d / vol, the series Σ αᵏ (Pᵀ)ᵏ 1 with every
 * term after the first replaced by the stationary distribution n d / vol (what
 * (Pᵀ)ᵏ 1 tends to): on the Barabási–Albert graphs it saves three products
 * for the one that computes its residual.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { type PullAdjacency, pullProduct } from "./pull-product.js";

/** What the solver returns: x (summing to 1), matrix products, whether it met the tolerance. */
export interface ConjugateGradientPagerank {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/**
 * PageRank of an undirected index by conjugate gradients. `strength` holds each
 * actor's (weighted) degree, all ≥ 0.
 */
export function pagerankConjugateGradient(
  index: CompactIndex,
  adjacency: PullAdjacency,
  strength: Float64Array,
  alpha: number,
  tolerance: number,
  maxIterations: number,
): ConjugateGradientPagerank {
  const n = index.order;
  // D^½ and D^-½, both 0 for strength 0: those actors are decoupled, y = 1.
  const root = new Float64Array(n);
  const rootInverse = new Float64Array(n);
  let decoupled = 0;
  for (let v = 0; v < n; v++) {
    const s = strength[v]!;
    if (s > 0) {
      root[v] = Math.sqrt(s);
      rootInverse[v] = 1 / root[v]!;
    } else decoupled++;
  }
  const z = new Float64Array(n);
  const residual = new Float64Array(n);
  const direction = new Float64Array(n);
  // D^-½ · direction, what the product with W reads.
  const scaled = new Float64Array(n);
  const product = new Float64Array(n);
  // z₀ = D^-½ y₀; its residual b − (I − αS) z₀ is the first direction.
  let volume = 0;
  for (let v = 0; v < n; v++) volume += strength[v]!;
  const lift = (alpha / (1 - alpha)) * (n / volume);
  for (let v = 0; v < n; v++) z[v] = root[v]! > 0 ? (1 + lift * strength[v]!) * rootInverse[v]! : 0;
  for (let v = 0; v < n; v++) scaled[v] = z[v]! * rootInverse[v]!;
  pullProduct(adjacency, scaled, product);
  let rr = 0;
  let residualL1 = 0;
  let total = decoupled;
  for (let v = 0; v < n; v++) {
    const r = rootInverse[v]! - (z[v]! - alpha * rootInverse[v]! * product[v]!);
    residual[v] = r;
    direction[v] = r;
    scaled[v] = r * rootInverse[v]!;
    rr += r * r;
    residualL1 += root[v]! * Math.abs(r);
    total += root[v]! * z[v]!;
  }
  let directionSquare = rr;
  // The starting residual took one product: it counts as an iteration.
  let iterations = 1;
  let converged = 2 * residualL1 < n * tolerance * total;
  while (!converged && iterations < maxIterations) {
    iterations++;
    // (I − α S) p = p − α D^-½ W (D^-½ p); pᵀ(I − α S)p = pᵀp − α (D^-½p)ᵀ W (D^-½p).
    pullProduct(adjacency, scaled, product);
    let cross = 0;
    for (let v = 0; v < n; v++) cross += scaled[v]! * product[v]!;
    const step = rr / (directionSquare - alpha * cross);
    let nextRr = 0;
    residualL1 = 0;
    total = decoupled;
    for (let v = 0; v < n; v++) {
      const p = direction[v]!;
      const zv = z[v]! + step * p;
      z[v] = zv;
      const r = residual[v]! - step * (p - alpha * rootInverse[v]! * product[v]!);
      residual[v] = r;
      nextRr += r * r;
      // y = D^½ z and ρ_y = D^½ ρ_z.
      total += root[v]! * zv;
      residualL1 += root[v]! * Math.abs(r);
    }
    converged = 2 * residualL1 < n * tolerance * total;
    const beta = nextRr / rr;
    rr = nextRr;
    directionSquare = 0;
    for (let v = 0; v < n; v++) {
      const p = residual[v]! + beta * direction[v]!;
      direction[v] = p;
      scaled[v] = p * rootInverse[v]!;
      directionSquare += p * p;
    }
  }
  // x = y / Σy.
  const values = z;
  for (let v = 0; v < n; v++) values[v] = (root[v]! > 0 ? root[v]! * z[v]! : 1) / total;
  return { values, iterations, converged };
}
