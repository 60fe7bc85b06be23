/**
 * Sample size of approximate betweenness (Riondato & Kornaropoulos 2016,
 * Theorem 2): with r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ shortest paths
 * sampled uniformly, every actor's estimate lies within ε of its betweenness
 * with probability at least 1 − δ. VD is the vertex diameter (see
 * {@link vertexDiameterBound}); c ≈ 0.5 is the universal constant of the
 * VC-dimension bound the authors recommend.
 *
 * NOTE: Riondato & Kornaropoulos normalise betweenness by n(n−1) ordered pairs
 * while NetworkX (`nx.betweenness_centrality(G, normalized=True)`) divides by
 * (n−1)(n−2); NetworkX's value is theirs times n/(n−2). To guarantee ε on
 * NetworkX's scale the sampler works with ε·(n−2)/n.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { vertexDiameterBound } from "./vertex-diameter.js";

/** The constant c of the bound, as recommended by Riondato & Kornaropoulos. */
export const SAMPLE_SIZE_CONSTANT = 0.5;

/** The guarantee asked of sampled betweenness: ε and δ. */
export interface SamplePlanOptions {
  /** Additive error on NetworkX-normalised betweenness. Default 0.01. */
  epsilon?: number;
  /** Probability that some actor misses the error bound. Default 0.1. */
  delta?: number;
}

/** How many paths sampled betweenness draws, and from which diameter bound. */
export interface SamplePlan {
  epsilon: number;
  delta: number;
  /** Vertex diameter bound used in the formula. */
  vertexDiameter: number;
  /** Number of shortest paths to sample (0 when every betweenness is 0: VD ≤ 2 or n ≤ 2). */
  sampleSize: number;
}

/** The default additive error ε of sampled betweenness. */
export const DEFAULT_APPROX_EPSILON = 0.01;
/** The default failure probability δ of sampled betweenness. */
export const DEFAULT_APPROX_DELTA = 0.1;

/** r for a vertex diameter `vertexDiameter` on `order` actors. */
export function sampleSize(order: number, vertexDiameter: number, epsilon: number, delta: number): number {
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon ${epsilon}: expected 0 < ε < 1`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta ${delta}: expected 0 < δ < 1`);
  // No shortest path has an inner actor: every betweenness is exactly 0.
  if (order <= 2 || vertexDiameter <= 2) return 0;
  const scaled = (epsilon * (order - 2)) / order;
  const vc = Math.floor(Math.log2(vertexDiameter - 2)) + 1;
  return Math.ceil((SAMPLE_SIZE_CONSTANT / (scaled * scaled)) * (vc + Math.log(1 / delta)));
}

/** The sample plan of a territory: its vertex diameter bound and sample size. */
export function planBetweennessSample(index: CompactIndex, options: SamplePlanOptions = {}): SamplePlan {
  const epsilon = options.epsilon ?? DEFAULT_APPROX_EPSILON;
  const delta = options.delta ?? DEFAULT_APPROX_DELTA;
  const { vertexDiameter } = vertexDiameterBound(index);
  return {
    epsilon,
    delta,
    vertexDiameter,
    sampleSize: sampleSize(index.order, vertexDiameter, epsilon, delta),
  };
}
