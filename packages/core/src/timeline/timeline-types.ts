/**
 * The shapes a timeline is made of: one snapshot per step, with its analysis
 * document, and the weak signals read across them.
 */
import type { AnalysisDocument, GraphFigures } from "../analysis/analysis-document.js";
import type { TerritoryGraph } from "../graph/types.js";

/** The territory at one step, with its analysis. */
export interface TimelineSnapshot {
  year: number;
  graph: TerritoryGraph;
  document: AnalysisDocument;
}

/** The graph-level figures of one step, as printed by `catalyse timeline`. */
export interface TimelineStep {
  year: number;
  /** Worlds with at least one present actor, in the territory's order. */
  worlds: string[];
  figures: GraphFigures;
}
