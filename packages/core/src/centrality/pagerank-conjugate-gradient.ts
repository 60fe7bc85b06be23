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
  // z starts at 0, so the residual starts at b = D^-½ 1 and the direction with it.
  const z = new Float64Array(n);
  const residual = new Float64Array(n);
  const direction = new Float64Array(n);
  // D^-½ · direction, what the product with W reads.
  const scaled = new Float64Array(n);
  const product = new Float64Array(n);
  let rr = 0;
  let residualL1 = n - decoupled;
  for (let v = 0; v < n; v++) {
    const b = rootInverse[v]!;
    residual[v] = b;
    direction[v] = b;
    scaled[v] = b * b;
    rr += b * b;
  }
  let directionSquare = rr;
  // Σy of the current iterate: √d · z summed, plus the decoupled actors' 1.
  let total = decoupled;
  let iterations = 0;
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
