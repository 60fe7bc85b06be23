/**
 * What the explorer shows of an analysis: core's `AnalysisDocument` as is,
 * plus the few views of it the panels read (mixing matrix with per-world E-I,
 * dependence curve, top shares). Nothing is computed here: core's `analyze`
 * fills every figure, and a figure it leaves null is shown as "—".
 */
import type { AnalysisDocument } from "@catalyse/core";

export interface MixingMatrix {
  worlds: string[];
  /** counts[i][j]: links between world i and world j (symmetric when undirected). */
  counts: number[][];
  weights: number[][];
  /** (E − I)/(E + I) over all links; null without links. */
  eiIndex: number | null;
  /** E-I index of each world's links, in the order of `worlds` (null for a world without links). */
  eiByWorld: (number | null)[];
}

export interface DependencePoint {
  removed: number;
  /** Id of the actor removed at this step; null for step 0. */
  actor: string | null;
  connectedPairs: number | null;
  crossWorldPairs: number | null;
  largestComponent: number | null;
}

export interface ExplorerAnalysis {
  document: AnalysisDocument;
  dependence: DependencePoint[];
  mixing: MixingMatrix;
  /** Share of betweenness held by the top 1%, 5%, 10% of actors. */
  topShares: { top1: number | null; top5: number | null; top10: number | null };
}

export function explorerAnalysis(document: AnalysisDocument): ExplorerAnalysis {
  const worlds = document.graph.worlds;
  const matrix = worlds.mixing;
  const eiOf = new Map(worlds.byWorld.map((row) => [row.world, row.eiIndex] as const));
  const mixing: MixingMatrix = matrix
    ? {
        worlds: matrix.worlds,
        counts: matrix.counts,
        weights: matrix.weights,
        eiIndex: worlds.eiIndex,
        eiByWorld: matrix.worlds.map((world) => eiOf.get(world) ?? null),
      }
    : { worlds: [], counts: [], weights: [], eiIndex: worlds.eiIndex, eiByWorld: [] };
  const dependence = (document.graph.dependence?.targeted ?? []).map((step) => ({
    removed: step.removed,
    actor: step.actor,
    connectedPairs: step.pairsConnected,
    crossWorldPairs: step.crossWorldPairsConnected,
    largestComponent: step.largestComponentShare,
  }));
  return { document, dependence, mixing, topShares: document.graph.betweennessShares };
}
