/**
 * Null models for the graph-level figures: is a territory more centralized,
 * more unequal, more siloed by world than chance?
 * - `rewiring`: K degree-preserving rewirings (double edge swaps, 10 × links
 *   each): who is allied with whom is random, how many alliances each actor
 *   has is not. Every graph-level figure is recomputed.
 * - `permutation`: K shuffles of the actors' worlds over the same links
 *   (world sizes kept), for the world figures: do alliances cross worlds more
 *   or less than if worlds were assigned at random?
 * Each figure gets observed, null mean, sd, z and empirical p (`null-summary.ts`).
 * Seeded: the same seed gives the same numbers. Each rewiring draws from its
 * own seed ({@link replicateSeed}), so replicates can run in any order or on
 * worker threads (@catalyse/parallel's `parallelNullReplicates`) and give
 * exactly the sequential loop's figures.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED } from "../random.js";
import {
  type GraphFigure,
  type ShortestPaths,
  STRUCTURE_FIGURES,
  structureFigures,
  WORLD_FIGURES,
  worldFigures,
} from "./graph-figures.js";
import { type NullSummary, summarizeNull } from "./null-summary.js";
import { permuteWorlds, rewire } from "./rewire.js";

/** The two null models: degree-preserving rewiring and world permutation. */
export type NullModelKind = "rewiring" | "permutation";

/** Options of `nullModels`. */
export interface NullModelOptions {
  /** Replicates of each model. Default 100. */
  replicates?: number;
  /** Default `DEFAULT_SEED`. */
  seed?: number;
  /** Successful swaps per link in each rewiring. Default 10. */
  swapsPerLink?: number;
  /** Betweenness and closeness to recompute with (default: the unweighted Brandes sweep). */
  shortestPaths?: ShortestPaths;
  /**
   * Rewiring replicates already computed for seeds `replicateSeed(seed, 0 … replicates − 1)`
   * (by a worker pool), used as they are. Default: computed here.
   */
  rewired?: readonly RewiredReplicate[];
  /** Called as replicates complete, for progress bars (`done` goes from 0 to `total`). */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** One rewiring replicate: the swaps made and every graph figure of the rewired territory. */
export interface RewiredReplicate {
  swaps: number;
  figures: Record<GraphFigure, number | null>;
}

/** The seed of rewiring replicate `r` (0-based) of a null model seeded `seed`. */
export function replicateSeed(seed: number, r: number): number {
  // Two multiplicative hashes mixed: neighbouring seeds and replicates get unrelated streams.
  return (Math.imul(seed ^ 0x2545f491, 0x9e3779b1) ^ Math.imul(r + 1, 0x85ebca6b)) >>> 0;
}

/** Rewires the territory with `seed` and recomputes every graph figure. Pure in (index, seed, options). */
export function rewiredReplicate(
  index: CompactIndex,
  seed: number,
  options: Pick<NullModelOptions, "swapsPerLink" | "shortestPaths"> = {},
): RewiredReplicate {
  const replicate = rewire(index, { seed, swapsPerLink: options.swapsPerLink });
  return {
    swaps: replicate.swaps,
    figures: {
      ...structureFigures(replicate.index, options.shortestPaths),
      ...worldFigures(replicate.index),
    },
  };
}

export interface NullFigure extends NullSummary {
  /** Dotted key in the analysis document's graph section. */
  figure: GraphFigure;
  model: NullModelKind;
}

/** Each graph figure against its null model: observed value, null mean and deviation, z-score. */
export interface NullModelResult {
  replicates: number;
  seed: number;
  /** Mean swaps per rewiring actually performed (below 10 × links on dense territories). */
  meanSwaps: number;
  figures: NullFigure[];
}

/** Graph figures against seeded null models (rewired links for structure, permuted worlds for worlds). */
export function nullModels(index: CompactIndex, options: NullModelOptions = {}): NullModelResult {
  const replicates = Math.max(0, Math.floor(options.replicates ?? 100));
  const seed = options.seed ?? DEFAULT_SEED;
  const progress = options.onProgress ?? (() => {});
  const total = 2 * replicates;
  const observed = { ...structureFigures(index, options.shortestPaths), ...worldFigures(index) };

  if (options.rewired !== undefined && options.rewired.length !== replicates)
    throw new RangeError(`${options.rewired.length} rewired replicates given for ${replicates} asked`);
  const rewired = new Map<GraphFigure, (number | null)[]>();
  let swaps = 0;
  for (let r = 0; r < replicates; r++) {
    const replicate = options.rewired?.[r] ?? rewiredReplicate(index, replicateSeed(seed, r), options);
    swaps += replicate.swaps;
    for (const [key, value] of Object.entries(replicate.figures) as [GraphFigure, number | null][])
      push(rewired, key, value);
    progress(r + 1, total, "rewiring");
  }

  const permuted = new Map<GraphFigure, (number | null)[]>();
  // A second stream, so adding rewirings never changes the permutation results.
  const labels = createRandom((seed ^ 0x5bd1e995) >>> 0);
  for (let r = 0; r < replicates; r++) {
    const figures = worldFigures(permuteWorlds(index, labels));
    for (const [key, value] of Object.entries(figures) as [GraphFigure, number | null][])
      push(permuted, key, value);
    progress(replicates + r + 1, total, "permutation");
  }

  const figures: NullFigure[] = [];
  for (const figure of [...STRUCTURE_FIGURES, ...WORLD_FIGURES])
    figures.push({
      figure,
      model: "rewiring",
      ...summarizeNull(observed[figure], rewired.get(figure) ?? []),
    });
  for (const figure of WORLD_FIGURES)
    figures.push({
      figure,
      model: "permutation",
      ...summarizeNull(observed[figure], permuted.get(figure) ?? []),
    });
  return { replicates, seed, meanSwaps: replicates === 0 ? 0 : swaps / replicates, figures };
}

function push(map: Map<GraphFigure, (number | null)[]>, key: GraphFigure, value: number | null) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
