/**
 * The largest eigenpair of a symmetric non-negative weight matrix restricted
 * to one connected component, by the Lanczos method (C. Lanczos, 1950) with
 * full reorthogonalisation and explicit restarts from the Ritz vector
 * (Y. Saad, "Numerical Methods for Large Eigenvalue Problems", 2011, §6.3–6.4).
 *
 * Why: power iteration converges like (λ₂ + 1)/(λ₁ + 1) per product (on A + I),
 * about 0.84 on the weighted 10k Barabási–Albert graph, so some 160 products
 * for 1e-12; a Krylov space of dimension j holds the best polynomial of degree
 * j in A, which converges like a Chebyshev polynomial on the gap, so the same
 * vector needs a few dozen products (what igraph's ARPACK does, implicitly
 * restarted). The Krylov vectors are kept (basis size `LANCZOS_BASIS`) to form
 * the Ritz vector; each new one is orthogonalised against all kept ones (full
 * reorthogonalisation: cheap at this size, and no ghost copies of λ₁).
 *
 * Convergence is checked on the true residual, not the Lanczos estimate: each
 * cycle starts from the last Ritz vector u, whose product w = A u the cycle
 * needs anyway, and stops when max_v |w_v − θ u_v| ≤ tolerance · (θ + 1), which
 * is when one power step on A + I would change no entry of u by more than
 * `tolerance` (the power iteration's own stopping rule).
 *
 * NOTE: on a connected component the largest *algebraic* eigenvalue of a
 * non-negative matrix is simple (Perron–Frobenius), even when the component is
 * bipartite and −λ₁ is also an eigenvalue, so the answer is unique; the
 * ambiguity of disconnected graphs is handled by the caller, one component at a
 * time.
 */
import { type PullAdjacency, pullProductOver } from "./pull-product.js";
import { largestTridiagonalEigenpair, type TridiagonalEigenpair } from "./tridiagonal-eigen.js";

/** Krylov vectors kept before a restart. */
export const LANCZOS_BASIS = 32;

/**
 * A cycle ends when Lanczos' estimate of ‖Au − θu‖₂ is below this times the
 * tolerance · (θ + 1). The true test is on the largest entry (‖·‖∞ ≤ ‖·‖₂), so a
 * factor above 1 ends cycles earlier at the risk of a failed check and a restart.
 */
const ESTIMATE_FACTOR = 1;

/** Reusable storage for one graph: the basis and the product, full length n. */
export interface LanczosWorkspace {
  readonly basis: Float64Array[];
  readonly product: Float64Array;
  readonly diagonal: Float64Array;
  readonly off: Float64Array;
}

/** Storage for components of a graph with n actors (basis capped by the largest component). */
export function createLanczosWorkspace(n: number, largestComponent: number): LanczosWorkspace {
  // NOTE: at most about 32 MB of basis (2²² numbers), and never fewer than 8 vectors.
  const affordable = Math.max(8, Math.floor(2 ** 22 / Math.max(n, 1)));
  const size = Math.max(1, Math.min(LANCZOS_BASIS, largestComponent, affordable));
  return {
    basis: Array.from({ length: size }, () => new Float64Array(n)),
    product: new Float64Array(n),
    diagonal: new Float64Array(size),
    off: new Float64Array(size),
  };
}

/** The eigenpair found on one component. */
export interface LanczosResult {
  /** The Ritz value θ ≈ λ₁. */
  value: number;
  /** Matrix products used. */
  products: number;
  converged: boolean;
}

/**
 * Largest eigenpair on the component `members`. `vector` holds the start (any
 * vector not orthogonal to the Perron vector, e.g. uniform) on the members'
 * slots and receives the unit Ritz vector; `workspace.product` then holds A·vector
 * on the same slots.
 */
export function lanczosLargest(
  adjacency: PullAdjacency,
  members: Int32Array,
  vector: Float64Array,
  workspace: LanczosWorkspace,
  tolerance: number,
  maxProducts: number,
): LanczosResult {
  const { basis, product, diagonal, off } = workspace;
  const count = members.length;
  normalise(members, vector);
  let products = 0;
  let value = 0;
  for (;;) {
    // First step of a cycle: w = A u, θ = uᵀw, and the true residual w − θu.
    const first = basis[0]!;
    for (let i = 0; i < count; i++) first[members[i]!] = vector[members[i]!]!;
    pullProductOver(adjacency, members, first, product);
    products++;
    value = dot(members, first, product);
    let residual = 0;
    for (let i = 0; i < count; i++) {
      const v = members[i]!;
      residual = Math.max(residual, Math.abs(product[v]! - value * first[v]!));
    }
    if (residual <= tolerance * Math.abs(value + 1)) return { value, products, converged: true };
    if (products >= maxProducts) return { value, products, converged: false };
    // Build the Krylov basis from w (in `product`), the projection T growing with it.
    let size = 1;
    diagonal[0] = value;
    let ritz: TridiagonalEigenpair = { value, vector: Float64Array.of(1) };
    for (;;) {
      const beta = Math.sqrt(
        size > 1
          ? recurrence(
              members,
              product,
              diagonal[size - 1]!,
              basis[size - 1]!,
              off[size - 2]!,
              basis[size - 2]!,
            )
          : recurrence(members, product, diagonal[0]!, first, 0, first),
      );
      ritz = largestTridiagonalEigenpair(diagonal, off, size);
      // ‖A u − θu‖ = β |s_last| for the Ritz pair (θ, u = Σ s_i q_i); verified at the next cycle.
      const estimate = beta * Math.abs(ritz.vector[size - 1]!);
      // NOTE: never "enough" at size 1: the cycle's first step just failed the true
      // test on this very vector, and stopping there would repeat it forever.
      const enough = size > 1 && estimate <= ESTIMATE_FACTOR * tolerance * Math.abs(ritz.value + 1);
      // β ≈ 0 means the Krylov space is invariant (a small component): θ is exact.
      const invariant = beta <= 1e-14 * Math.max(Math.abs(ritz.value), 1);
      if (enough || invariant || size === basis.length || products >= maxProducts) break;
      off[size - 1] = beta;
      const next = basis[size]!;
      for (let i = 0; i < count; i++) next[members[i]!] = product[members[i]!]! / beta;
      pullProductOver(adjacency, members, next, product);
      products++;
      diagonal[size] = dot(members, next, product);
      size++;
    }
    if (size === 1) {
      // β ≈ 0 on the first vector: u is already an eigenvector to rounding; w = A u again.
      axpy(members, diagonal[0]!, first, product);
      return { value, products, converged: true };
    }
    // u = Σ s_i q_i.
    for (let i = 0; i < count; i++) vector[members[i]!] = 0;
    for (let j = 0; j < size; j++) axpy(members, ritz.vector[j]!, basis[j]!, vector);
    normalise(members, vector);
    if (products >= maxProducts) {
      pullProductOver(adjacency, members, vector, product);
      return { value: dot(members, vector, product), products: products + 1, converged: false };
    }
  }
}

/**
 * The three-term recurrence w ← w − α q − β p in one pass, returning ‖w‖²
 * (fused: each pass over the members costs about a third of a sparse product).
 */
function recurrence(
  members: Int32Array,
  w: Float64Array,
  alpha: number,
  q: Float64Array,
  beta: number,
  p: Float64Array,
): number {
  let square = 0;
  for (let i = 0; i < members.length; i++) {
    const v = members[i]!;
    const value = w[v]! - alpha * q[v]! - beta * p[v]!;
    w[v] = value;
    square += value * value;
  }
  return square;
}

function dot(members: Int32Array, a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < members.length; i++) {
    const v = members[i]!;
    sum += a[v]! * b[v]!;
  }
  return sum;
}

/** y ← y + a·x on the members. */
function axpy(members: Int32Array, a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < members.length; i++) {
    const v = members[i]!;
    y[v] = y[v]! + a * x[v]!;
  }
}

function normalise(members: Int32Array, x: Float64Array): void {
  const norm = Math.sqrt(dot(members, x, x));
  if (norm === 0) return;
  for (let i = 0; i < members.length; i++) x[members[i]!] = x[members[i]!]! / norm;
}
