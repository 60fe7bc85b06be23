/**
 * Leiden community detection (V. A. Traag, L. Waltman & N. J. van Eck 2019,
 * "From Louvain to Leiden: guaranteeing well-connected communities",
 * Sci. Rep. 9:5233). Each iteration repeats, level after level:
 *   1. queue-based local moving of nodes (`moveNodesFast`);
 *   2. refinement of each community into well-connected subcommunities;
 *   3. aggregation of the graph on the refined partition, the aggregated nodes
 *      starting in the communities of the non-refined partition;
 * until local moving leaves every node alone. Iterations restart from the
 * previous partition until one changes nothing (a stable iteration) or improves
 * the quality by less than `tolerance`; a last pass of local moving on the
 * actors, splitting any community it disconnects (`local-optimality.ts`),
 * makes sure that no single actor can move to improve the quality and that
 * communities are connected, whenever iterations stop. Quality: modularity with resolution γ or CPM; links weighted.
 * Directed territories are read as undirected (see `level-graph.ts`).
 *
 * Matches `leidenalg.find_partition(g, leidenalg.ModularityVertexPartition,
 * weights="weight", n_iterations=-1)` in method, not draw for draw; the
 * modularity it reports is `nx.community.modularity(G, communities,
 * weight="weight")`.
 */
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import { type CompactIndex, toActorMap } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED, type Random } from "../random.js";
import type { CommunityDetectionResult } from "./detection-result.js";
import { aggregate, type LevelGraph, undirectedLevelGraph } from "./level-graph.js";
import { moveNodesFast } from "./local-moving.js";
import { polishPartition } from "./local-optimality.js";
import { canonicalLabels, numberBySize, samePartition, singletonLabels } from "./partition.js";
import { createQualityModel, partitionQuality, type QualityFunction } from "./quality.js";
import { refinePartition } from "./refinement.js";
import { LeidenWorkspace, renumberInPlace } from "./workspace.js";

/** Options of `leiden`. */
export interface LeidenOptions {
  /** Quality function optimised: `"modularity"` (default) or `"cpm"`. */
  quality?: QualityFunction;
  /** Resolution γ; larger values give smaller communities. Default 1. */
  resolution?: number;
  /** Seed of the random order of moves and of refinement. Default `DEFAULT_SEED`. */
  seed?: number;
  /** Randomness θ of refinement merges (probability ∝ exp(ΔH/θ), ΔH in link-weight units). Default 0.01. */
  randomness?: number;
  /** Use link weights. Default true. */
  weighted?: boolean;
  /** Upper bound on iterations; Leiden stops earlier once an iteration changes nothing. Default 100. */
  maxIterations?: number;
  /**
   * Stop iterating once an iteration raises the quality by less than this
   * share of it. On graphs without clear communities each iteration still
   * gains a little, for a long time (a 50k Barabási–Albert graph: +0.5% of
   * modularity for 3× the time between 1e-2 and 1e-3). 0 iterates until an
   * iteration changes nothing. Default 1e-2.
   */
  tolerance?: number;
  /** Starting labels by actor position (integers ≥ 0). Default: every actor alone. */
  initialPartition?: ArrayLike<number>;
  /** Called after each iteration with (iteration, maxIterations, step); Leiden may stop before the total. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** The defaults of {@link LeidenOptions}. */
export const LEIDEN_DEFAULTS = {
  quality: "modularity",
  resolution: 1,
  seed: DEFAULT_SEED,
  randomness: 0.01,
  weighted: true,
  maxIterations: 100,
  tolerance: 1e-2,
} as const satisfies LeidenOptions;

/** The Leiden partition (Traag, Waltman & van Eck 2019). */
export interface LeidenResult extends CommunityDetectionResult {
  method: "leiden";
  /** Leiden iterations run (the final local-moving pass not counted). */
  iterations: number;
}

/** Leiden communities of a territory, numbered 0..k−1 by decreasing size. */
export function leiden(input: GraphInput, options: LeidenOptions = {}): LeidenResult {
  const index = toCompactIndex(input);
  return leidenOnIndex(index, options);
}

function leidenOnIndex(index: CompactIndex, options: LeidenOptions): LeidenResult {
  const settings = { ...LEIDEN_DEFAULTS, ...definedOnly(options) };
  validate(settings);
  const graph = undirectedLevelGraph(index, settings.weighted);
  const random = createRandom(settings.seed);
  if (options.initialPartition !== undefined && options.initialPartition.length !== graph.order)
    throw new RangeError(
      `leiden: initialPartition has ${options.initialPartition.length} labels for ${graph.order} actors; give one per actor position.`,
    );
  let labels =
    options.initialPartition === undefined
      ? singletonLabels(graph.order)
      : canonicalLabels(options.initialPartition);
  let iterations = 0;
  // Without links modularity is undefined and every actor stays alone.
  const linkless = !(graph.totalWeight > 0) && settings.quality === "modularity";
  if (linkless) labels = singletonLabels(graph.order);
  if (!linkless) {
    const work = new LeidenWorkspace(graph);
    let quality = partitionQuality(graph, canonicalLabels(labels), settings.quality, settings.resolution)!;
    while (iterations < settings.maxIterations) {
      iterations++;
      const next = leidenIteration(graph, labels, settings, random, work);
      options.onProgress?.(iterations, settings.maxIterations, `leiden iteration ${iterations}`);
      const stable = samePartition(next.labels, labels);
      labels = next.labels;
      if (stable) break;
      const small = next.quality - quality <= settings.tolerance * Math.abs(quality);
      quality = next.quality;
      if (small) break;
    }
    const model = createQualityModel(settings.quality, settings.resolution, graph);
    labels = polishPartition(graph, labels, model.size(graph), model.penalty, random, work);
  }
  const { communityOf, sizes } = numberBySize(labels);
  const modularity = partitionQuality(graph, communityOf, "modularity", 1);
  return {
    method: "leiden",
    communities: toActorMap(index, communityOf),
    communityOf,
    sizes,
    count: sizes.length,
    modularity,
    quality:
      settings.quality === "modularity" && settings.resolution === 1
        ? modularity
        : partitionQuality(graph, communityOf, settings.quality, settings.resolution),
    resolution: settings.resolution,
    seed: settings.seed,
    iterations,
  };
}

interface IterationSettings {
  quality: QualityFunction;
  resolution: number;
  randomness: number;
}

/**
 * One iteration of Leiden from `start` (labels 0..k−1 on the first level);
 * returns the new labels and their quality.
 */
function leidenIteration(
  base: LevelGraph,
  start: Int32Array,
  settings: IterationSettings,
  random: Random,
  work: LeidenWorkspace,
): { labels: Int32Array; quality: number } {
  const model = createQualityModel(settings.quality, settings.resolution, base);
  let graph = base;
  work.labels.set(start);
  // The node of the current level that each actor belongs to.
  const nodeOf = work.nodeOf;
  for (let a = 0; a < base.order; a++) nodeOf[a] = a;
  for (;;) {
    const communityOf = work.labels;
    const size = model.size(graph);
    moveNodesFast(graph, communityOf, size, model.penalty, random, work);
    const communities = renumberInPlace(communityOf, graph.order, work.code);
    if (communities === graph.order) break;
    let groupOf = refinePartition(
      graph,
      communityOf,
      communities,
      size,
      model.penalty,
      settings.randomness,
      random,
      work,
    );
    let groups = renumberInPlace(groupOf, graph.order, work.code);
    // Refinement that merges nothing would aggregate into the same graph
    // forever; aggregate on the moved partition instead (as leidenalg does).
    if (groups === graph.order) {
      groupOf = communityOf;
      groups = communities;
    }
    const next = aggregate(graph, groupOf, groups, work);
    // The aggregated nodes start in the communities of the moved partition.
    const nextCommunityOf = work.nextLabels;
    for (let v = 0; v < graph.order; v++) nextCommunityOf[groupOf[v]!] = communityOf[v]!;
    for (let a = 0; a < base.order; a++) nodeOf[a] = groupOf[nodeOf[a]!]!;
    work.swapLabels();
    graph = next;
  }
  // Aggregation keeps the weight inside and the size of every community, so
  // the quality on the last level is that on the actors, for a fraction of the work.
  const quality = partitionQuality(graph, work.labels, settings.quality, settings.resolution)!;
  const labels = new Int32Array(base.order);
  for (let a = 0; a < base.order; a++) labels[a] = work.labels[nodeOf[a]!]!;
  return { labels, quality };
}

function validate(settings: Required<Omit<LeidenOptions, "initialPartition" | "onProgress">>): void {
  if (!(Number.isFinite(settings.resolution) && settings.resolution >= 0))
    throw new RangeError(`leiden: resolution must be a finite number ≥ 0, got ${settings.resolution}.`);
  if (!(settings.randomness > 0))
    throw new RangeError(`leiden: randomness θ must be > 0, got ${settings.randomness}; try 0.01.`);
  if (!(settings.tolerance >= 0))
    throw new RangeError(`leiden: tolerance must be ≥ 0, got ${settings.tolerance}; try 1e-3.`);
  if (!(Number.isInteger(settings.maxIterations) && settings.maxIterations >= 1))
    throw new RangeError(`leiden: maxIterations must be an integer ≥ 1, got ${settings.maxIterations}.`);
}

/** Drops keys set to undefined so they do not override defaults. */
export function definedOnly<T extends object>(options: T): Partial<T> {
  const result: Partial<T> = {};
  for (const [key, value] of Object.entries(options))
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  return result;
}
