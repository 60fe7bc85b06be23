/**
 * Eigenvector centrality (P. Bonacich, "Factoring and weighting approaches to
 * status scores and clique identification", J. Math. Sociol. 2, 1972): the
 * Perron eigenvector of the weight matrix, an actor being central when its
 * allies are. Matches `nx.eigenvector_centrality_numpy(G, weight="weight")` on
 * connected territories: unit Euclidean norm, positive. Directed territories
 * use in-links (x_v ∝ Σ_{u→v} w_uv x_u, the left eigenvector, as NetworkX).
 *
 * Method (issue 19): undirected territories take the Lanczos method on each
 * connected component (`lanczos.ts`: 30–36 matrix products on the 10k and 50k
 * Barabási–Albert graphs where power iteration needed 80–160), finished by one
 * power step on A + I. Directed territories keep power iteration on A + I,
 * which has the same eigenvectors as A with every eigenvalue shifted by 1. On a
 * bipartite graph (stars, paths) A has both λ and −λ, so plain power iteration
 * on A oscillates; on A + I, λ + 1 strictly dominates |−λ + 1|; Lanczos looks
 * for the largest algebraic eigenvalue, which is simple there too. Both stop
 * when one more power step on A + I would move no entry by more than the
 * tolerance, and `maxIterations` counts matrix products in both.
 *
 * Disconnected territories (NetworkX's answer there depends on ARPACK): each
 * (weakly) connected component c is solved on its own, giving its unit
 * Perron vector x_c and spectral radius λ_c. The components whose λ_c equals
 * the largest λ (within 1e-6 relative) are *leading*; each leading component
 * gets x_c · √(|c| / Σ_leading |c'|) (so the whole vector keeps unit norm) and
 * every other actor gets 0. With one leading component (the usual case: a
 * giant component with isolates or small groups beside it) this is exactly
 * NetworkX's vector; an edgeless territory gets 1/√n everywhere.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { connectedComponents } from "../graph/components.js";
import { createLanczosWorkspace, lanczosLargest } from "./lanczos.js";
import { type PullAdjacency, pullProduct } from "./pull-product.js";

/** Options of `eigenvector`. */
export interface EigenvectorOptions {
  /** Use link weights (NetworkX `weight="weight"`). Default true. */
  weighted?: boolean;
  /** Stop when one more power step on A + I would change no entry by more than this. Default 1e-12. */
  tolerance?: number;
  /** Most matrix products (per component for Lanczos). Default 100000. */
  maxIterations?: number;
}

/** The defaults of {@link EigenvectorOptions}, as `nx.eigenvector_centrality`. */
export const EIGENVECTOR_DEFAULTS: Required<EigenvectorOptions> = {
  weighted: true,
  tolerance: 1e-12,
  maxIterations: 100_000,
};

/** Components whose spectral radius is this close (relative) to the largest share the vector. */
const LEADING_TOLERANCE = 1e-6;

function eigenvectorValues(index: CompactIndex, options: EigenvectorOptions | undefined): Float64Array {
  const { weighted, tolerance, maxIterations } = { ...EIGENVECTOR_DEFAULTS, ...options };
  const n = index.order;
  if (n === 0) return new Float64Array(0);
  const { componentOf, sizes } = connectedComponents(index);
  const adjacency: PullAdjacency = {
    offsets: index.inOffsets,
    sources: index.inSources,
    weights: weighted ? index.inWeights : null,
  };
  const { values, norm } = index.directed
    ? powerIteration(adjacency, componentOf, sizes, tolerance, maxIterations)
    : lanczosByComponent(adjacency, componentOf, sizes, tolerance, maxIterations);
  const c = sizes.length;
  let largest = 0;
  for (let k = 0; k < c; k++) if (norm[k]! > largest) largest = norm[k]!;
  let leadingSize = 0;
  const leading = new Uint8Array(c);
  for (let k = 0; k < c; k++) {
    if (norm[k]! >= largest * (1 - LEADING_TOLERANCE)) {
      leading[k] = 1;
      leadingSize += sizes[k]!;
    }
  }
  for (let v = 0; v < n; v++) {
    const k = componentOf[v]!;
    values[v] = leading[k] ? values[v]! * Math.sqrt(sizes[k]! / leadingSize) : 0;
  }
  return values;
}

/** Unit Perron vector of each component (on its slots) and ‖(A + I) x_c‖ = λ_c + 1 of each. */
interface ComponentVectors {
  values: Float64Array;
  norm: Float64Array;
}

/**
 * Undirected territories: Lanczos on each component (see `lanczos.ts`), then
 * one power step on A + I from the Ritz vector, so the returned vector is, like
 * the power iteration's, one whose next step changes no entry by more than the
 * tolerance, and is non-negative.
 */
function lanczosByComponent(
  adjacency: PullAdjacency,
  componentOf: Int32Array,
  sizes: readonly number[],
  tolerance: number,
  maxIterations: number,
): ComponentVectors {
  const n = componentOf.length;
  const c = sizes.length;
  // Actors grouped by component (counting sort), each group a view of one array.
  const start = new Int32Array(c + 1);
  for (let k = 0; k < c; k++) start[k + 1] = start[k]! + sizes[k]!;
  const cursor = start.slice(0, c);
  const grouped = new Int32Array(n);
  for (let v = 0; v < n; v++) grouped[cursor[componentOf[v]!]!++] = v;
  const workspace = createLanczosWorkspace(n, sizes[0]!);
  const values = new Float64Array(n);
  const norm = new Float64Array(c);
  for (let k = 0; k < c; k++) {
    const members = grouped.subarray(start[k]!, start[k + 1]!);
    // Start from the degrees: positive like the Perron vector and much closer to it than uniform.
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      values[v] = adjacency.offsets[v + 1]! - adjacency.offsets[v]! + 1;
    }
    lanczosLargest(adjacency, members, values, workspace, tolerance, maxIterations);
    const { product } = workspace;
    // The Perron vector is positive: orient u so that it sums to more than 0.
    let sum = 0;
    for (let i = 0; i < members.length; i++) sum += values[members[i]!]!;
    const sign = sum < 0 ? -1 : 1;
    let square = 0;
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      const y = sign * (product[v]! + values[v]!);
      values[v] = y;
      square += y * y;
    }
    const length = Math.sqrt(square);
    norm[k] = length;
    // NOTE: Math.abs only clears rounding-level negatives (−1e-17) of entries that are 0 in exact arithmetic.
    for (let i = 0; i < members.length; i++) values[members[i]!] = Math.abs(values[members[i]!]! / length);
  }
  return { values, norm };
}

/**
 * Directed territories (A is not symmetric, so no Lanczos): power iteration on
 * A + I, every (weak) component normalised on its own in the same pass.
 */
function powerIteration(
  adjacency: PullAdjacency,
  componentOf: Int32Array,
  sizes: readonly number[],
  tolerance: number,
  maxIterations: number,
): ComponentVectors {
  const n = componentOf.length;
  const c = sizes.length;
  let x = new Float64Array(n);
  let y = new Float64Array(n);
  // Start from each component's uniform unit vector.
  for (let v = 0; v < n; v++) x[v] = 1 / Math.sqrt(sizes[componentOf[v]!]!);
  const norm = new Float64Array(c);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    pullProduct(adjacency, x, y);
    norm.fill(0);
    for (let v = 0; v < n; v++) {
      const sum = y[v]! + x[v]!;
      y[v] = sum;
      norm[componentOf[v]!]! += sum * sum;
    }
    // ‖(A + I) x_c‖ for a unit x_c: the eigenvalue λ_c + 1 once converged.
    for (let k = 0; k < c; k++) norm[k] = Math.sqrt(norm[k]!);
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = y[v]! / norm[componentOf[v]!]!;
      y[v] = value;
      const diff = Math.abs(value - x[v]!);
      if (diff > change) change = diff;
    }
    const swap = x;
    x = y;
    y = swap;
    if (change < tolerance) break;
  }
  return { values: x, norm };
}

/** Eigenvector centrality of each actor (`nx.eigenvector_centrality_numpy(G, weight="weight")`). */
export const eigenvector = createActorMetric<EigenvectorOptions>("eigenvector", eigenvectorValues);
