/**
 * The graph-level figures of the "no one in the middle" section, computed
 * from a compact index alone so that null models can recompute them on every
 * rewired or relabelled replicate. Keys are the dotted paths of the analysis
 * document (`centralization.degree`, `worlds.eiIndex`, …).
 */

import { averageClustering } from "../centrality/average-clustering.js";
import { betweenness as betweennessMetric } from "../centrality/betweenness.js";
import { closeness as closenessMetric } from "../centrality/closeness.js";
import { degree } from "../centrality/degree.js";
import { transitivity } from "../centrality/transitivity.js";
import { modularity } from "../community/modularity.js";
import { effectiveBrokers, topBrokerShare, topShare } from "../distribution/brokers.js";
import { freemanCentralization } from "../distribution/centralization.js";
import { gini } from "../distribution/gini.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { connectedComponents } from "../graph/components.js";
import { worldAssortativity } from "../worlds/world-assortativity.js";
import { crossWorldLinks, eiFromCounts, worldCodesInUse } from "../worlds/world-mixing.js";

/**
 * Per-position betweenness and closeness (normalised, as NetworkX), injectable.
 * Two functions, not one returning both: the dependence curves only need
 * betweenness, and closeness is the costlier of the two when sampled.
 */
export interface ShortestPaths {
  /** Betweenness of each actor by position. */
  betweenness: (index: CompactIndex) => ArrayLike<number>;
  /** Closeness of each actor by position. */
  closeness: (index: CompactIndex) => ArrayLike<number>;
}

/** The centrality suite's unweighted betweenness and closeness (`nx.betweenness_centrality`, `nx.closeness_centrality`). */
export const defaultShortestPaths: ShortestPaths = {
  betweenness: (index) => betweennessMetric.compute(index),
  closeness: (index) => closenessMetric.compute(index),
};

/** The structural figures recomputed on each rewired graph. */
export const STRUCTURE_FIGURES = [
  "centralization.degree",
  "centralization.betweenness",
  "centralization.closeness",
  "gini.degree",
  "gini.betweenness",
  "effectiveBrokers",
  "topBrokerShare",
  "betweennessShares.top1",
  "betweennessShares.top5",
  "betweennessShares.top10",
  "transitivity",
  "averageClustering",
  "largestComponentShare",
] as const;

/** The world figures recomputed under each world permutation. */
export const WORLD_FIGURES = [
  "worlds.eiIndex",
  "worlds.crossWorldShare",
  "worlds.assortativity",
  "worlds.modularity",
] as const;

/** One of {@link STRUCTURE_FIGURES}. */
export type StructureFigure = (typeof STRUCTURE_FIGURES)[number];
/** One of {@link WORLD_FIGURES}. */
export type WorldFigure = (typeof WORLD_FIGURES)[number];
/** A graph-level figure that null models recompute. */
export type GraphFigure = StructureFigure | WorldFigure;

/** Figures that depend on structure only (not on worlds). */
export function structureFigures(
  index: CompactIndex,
  paths: ShortestPaths = defaultShortestPaths,
): Record<StructureFigure, number | null> {
  const n = index.order;
  const degrees = degree.compute(index);
  const betweenness = paths.betweenness(index);
  const closeness = paths.closeness(index);
  return {
    "centralization.degree": freemanCentralization(degrees, "degree", n),
    "centralization.betweenness": freemanCentralization(betweenness, "betweenness", n),
    "centralization.closeness": freemanCentralization(closeness, "closeness", n),
    "gini.degree": gini(degrees),
    "gini.betweenness": gini(betweenness),
    effectiveBrokers: effectiveBrokers(betweenness),
    topBrokerShare: topBrokerShare(betweenness),
    "betweennessShares.top1": topShare(betweenness, 0.01),
    "betweennessShares.top5": topShare(betweenness, 0.05),
    "betweennessShares.top10": topShare(betweenness, 0.1),
    // Clustering and connectivity against chance: are alliances closed into
    // triangles, and held in one piece, more than degrees alone imply?
    transitivity: n === 0 ? null : transitivity(index),
    averageClustering: averageClustering(index),
    largestComponentShare: n === 0 ? null : (connectedComponents(index).sizes[0] ?? 0) / n,
  };
}

/** World figures; null throughout when fewer than two worlds have actors or there are no links. */
export function worldFigures(index: CompactIndex): Record<WorldFigure, number | null> {
  const worlds = worldCodesInUse(index).codes.length;
  const external = crossWorldLinks(index);
  const ei = eiFromCounts(external, index.size, worlds);
  const defined = ei !== null;
  return {
    "worlds.eiIndex": ei,
    "worlds.crossWorldShare": defined ? external / index.size : null,
    "worlds.assortativity": defined ? worldAssortativity(index) : null,
    "worlds.modularity": defined ? modularity(index, index.worldOf) : null,
  };
}
