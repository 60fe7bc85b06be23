/**
 * Approximate betweenness with a guarantee (Riondato & Kornaropoulos, "Fast
 * approximation of betweenness centrality through sampling", 2016): sample r
 * pairs of distinct actors (u, v) uniformly, draw one shortest path u → v
 * uniformly, and credit 1/r to each actor inside it. With r from
 * {@link planBetweennessSample}, every actor's value lies within ε of
 * `nx.betweenness_centrality(G, normalized=True)` with probability ≥ 1 − δ.
 * Unweighted only: weighted betweenness stays exact.
 *
 * Seeding: the r samples are cut into blocks of {@link SAMPLE_BLOCK_SIZE}, and
 * block b draws from `createRandom(blockSeed(seed, b))`. Hits are integers, so
 * summing blocks in any order gives the same floats: a run split over workers
 * (`@catalyse/parallel`) equals this sequential one exactly.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED, randomInt } from "../random.js";
import { createPathSampler } from "./path-sampler.js";
import { planBetweennessSample, type SamplePlan, type SamplePlanOptions } from "./sample-size.js";

/** Samples per block; a block is the unit of seeding and of parallel work. */
export const SAMPLE_BLOCK_SIZE = 1024;

/** Options of `approximateBetweenness`: ε, δ and seed. */
export interface ApproximateBetweennessOptions extends SamplePlanOptions {
  /** Seed of the pair and path draws. Default {@link DEFAULT_SEED}. */
  seed?: number;
  /** Divide as `nx.betweenness_centrality(normalized=True)` does. Default true. */
  normalized?: boolean;
  /** Override the sample size from the bound (for experiments; voids the guarantee). */
  sampleSize?: number;
  /** Called after each block of samples. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** Sampled betweenness by position with the guarantee it was computed for. */
export interface ApproximateBetweennessResult {
  /** Betweenness of each actor, by position. */
  values: Float64Array;
  plan: SamplePlan;
}

/** The seed of block `block`: distinct, well-mixed streams for every block of one run. */
export function blockSeed(seed: number, block: number): number {
  return (seed ^ Math.imul(block + 1, 0x9e3779b9)) >>> 0;
}

/**
 * Draws samples [first, first + count) of a run, as block `first / SAMPLE_BLOCK_SIZE`
 * does, and returns how many sampled paths crossed each actor (inner actors only).
 */
export function sampleBetweennessBlock(
  index: CompactIndex,
  seed: number,
  block: number,
  count: number,
): Float64Array {
  const n = index.order;
  const hits = new Float64Array(n);
  if (n < 2 || count === 0) return hits;
  const sampler = createPathSampler(index);
  const random = createRandom(blockSeed(seed, block));
  for (let i = 0; i < count; i++) {
    const u = randomInt(random, n);
    let v = randomInt(random, n - 1);
    if (v >= u) v++;
    sampler(u, v, hits, random);
  }
  return hits;
}

/** Number of blocks of a run of `sampleSize` samples and the size of block `b`. */
export function sampleBlocks(sampleSize: number): number[] {
  const blocks: number[] = [];
  for (let done = 0; done < sampleSize; done += SAMPLE_BLOCK_SIZE)
    blocks.push(Math.min(SAMPLE_BLOCK_SIZE, sampleSize - done));
  return blocks;
}

/** Turns summed hits into betweenness (in place), NetworkX's normalisation or not. */
export function hitsToBetweenness(
  hits: Float64Array,
  order: number,
  sampleSize: number,
  directed: boolean,
  normalized: boolean,
): Float64Array {
  if (sampleSize === 0 || order <= 2) return hits.fill(0);
  // Hits / r estimates the fraction over n(n−1) ordered pairs (see sample-size.ts).
  const pairs = order * (order - 1);
  const scale = normalized ? order / (order - 2) : directed ? pairs : pairs / 2;
  for (let i = 0; i < order; i++) hits[i] = (hits[i]! / sampleSize) * scale;
  return hits;
}

/** Sampled betweenness (Riondato & Kornaropoulos 2016) by position, with its plan. */
export function computeApproximateBetweenness(
  index: CompactIndex,
  options: ApproximateBetweennessOptions = {},
): ApproximateBetweennessResult {
  const plan = planBetweennessSample(index, options);
  if (options.sampleSize !== undefined) plan.sampleSize = options.sampleSize;
  const seed = options.seed ?? DEFAULT_SEED;
  const blocks = sampleBlocks(plan.sampleSize);
  const total = new Float64Array(index.order);
  blocks.forEach((count, b) => {
    const hits = sampleBetweennessBlock(index, seed, b, count);
    for (let i = 0; i < hits.length; i++) total[i]! += hits[i]!;
    options.onProgress?.(b + 1, blocks.length, "betweenness (approximate)");
  });
  const values = hitsToBetweenness(
    total,
    index.order,
    plan.sampleSize,
    index.directed,
    options.normalized ?? true,
  );
  return { values, plan };
}

/** Approximate betweenness per actor; see the file header for the guarantee. */
export const approximateBetweenness = createActorMetric<ApproximateBetweennessOptions>(
  "betweenness",
  (index, options) => computeApproximateBetweenness(index, options).values,
);
