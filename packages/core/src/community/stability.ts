/**
 * Stability of communities over seeds: K runs with seeds s, s+1, …, s+K−1
 * give the mean and standard deviation of modularity, the co-assignment
 * consensus of each link (the share of runs in which its two actors share a
 * community; Lancichinetti & Fortunato 2012 build consensus clustering on
 * this matrix) and the best run, the one with the highest modularity (the
 * first of equals). Any run is reproduced by `leiden(graph, { seed })`.
 */
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import { DEFAULT_SEED } from "../random.js";
import type { CommunityDetectionResult, CommunityMethod } from "./detection-result.js";
import { leiden } from "./leiden.js";
import { louvain } from "./louvain.js";

/** Options of `communityStability`. */
export interface StabilityOptions {
  /** Detection method. Default `"leiden"`. */
  method?: CommunityMethod;
  /** Number of runs K (≥ 1). Default 10. */
  runs?: number;
  /** Seed of the first run; run r uses seed + r. Default `DEFAULT_SEED`. */
  seed?: number;
  /** Resolution γ. Default 1. */
  resolution?: number;
  /** Use link weights. Default true. */
  weighted?: boolean;
  /** Called after each run. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** How stable communities are across seeded runs: each run's modularity and how the partitions agree. */
export interface StabilityResult {
  method: CommunityMethod;
  /** Seed of each run. */
  seeds: number[];
  /** Modularity of each run (null when the territory has no link). */
  modularities: (number | null)[];
  /** Mean modularity over runs; null without links. */
  meanModularity: number | null;
  /** Sample standard deviation of modularity (K − 1 in the denominator); null below two runs. */
  sdModularity: number | null;
  /** Number of communities of each run. */
  counts: number[];
  /** The run with the highest modularity (the first of equals). */
  best: CommunityDetectionResult;
  /** Index of the best run in `seeds`. */
  bestRun: number;
  /** For each link (by link number of the compact index), the share of runs putting its actors together. */
  consensus: Float64Array;
  /** Mean consensus over links; null without links. */
  meanConsensus: number | null;
}

/** Runs the detection several times with different seeds and measures how much the partitions agree. */
export function communityStability(input: GraphInput, options: StabilityOptions = {}): StabilityResult {
  const index = toCompactIndex(input);
  const method = options.method ?? "leiden";
  const runs = options.runs ?? 10;
  const first = options.seed ?? DEFAULT_SEED;
  if (!(Number.isInteger(runs) && runs >= 1))
    throw new RangeError(`communityStability: runs must be an integer ≥ 1, got ${runs}.`);
  const progress = options.onProgress ?? (() => {});
  const seeds: number[] = [];
  const results: CommunityDetectionResult[] = [];
  const together = new Float64Array(index.size);
  for (let r = 0; r < runs; r++) {
    const seed = first + r;
    const settings = { seed, resolution: options.resolution ?? 1, weighted: options.weighted ?? true };
    const result = method === "louvain" ? louvain(index, settings) : leiden(index, settings);
    seeds.push(seed);
    results.push(result);
    for (let e = 0; e < index.size; e++)
      if (result.communityOf[index.linkSource[e]!] === result.communityOf[index.linkTarget[e]!])
        together[e]!++;
    progress(r + 1, runs, `${method} run ${r + 1}/${runs}`);
  }
  const modularities = results.map((r) => r.modularity);
  const defined = modularities.filter((q): q is number => q !== null);
  const mean = defined.length === 0 ? null : defined.reduce((s, q) => s + q, 0) / defined.length;
  let sd: number | null = null;
  if (mean !== null && defined.length >= 2)
    sd = Math.sqrt(defined.reduce((s, q) => s + (q - mean) ** 2, 0) / (defined.length - 1));
  let bestRun = 0;
  for (let r = 1; r < runs; r++)
    if ((modularities[r] ?? -Infinity) > (modularities[bestRun] ?? -Infinity)) bestRun = r;
  const consensus = together.map((count) => count / runs);
  return {
    method,
    seeds,
    modularities,
    meanModularity: mean,
    sdModularity: sd,
    counts: results.map((r) => r.count),
    best: results[bestRun]!,
    bestRun,
    consensus,
    meanConsensus: index.size === 0 ? null : consensus.reduce((s, x) => s + x, 0) / index.size,
  };
}
