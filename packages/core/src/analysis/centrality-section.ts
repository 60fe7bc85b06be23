/**
 * The centrality section of the analysis document (betweenness, closeness,
 * harmonic, PageRank, eigenvector, core, clustering, transitivity).
 */
import type { CompactIndex } from "../graph/compact-index.js";
import type { AnalysisDocument } from "./analysis-document.js";

/** The actor-level centrality fields `analyze` can compute. */
export type CentralityField =
  | "betweenness"
  | "betweennessWeighted"
  | "closeness"
  | "harmonic"
  | "pagerank"
  | "eigenvector"
  | "core"
  | "clustering";

export interface CentralitySectionOptions {
  /** Which fields to compute. Defaults to all. */
  fields?: readonly CentralityField[];
}

export function fillCentralitySection(
  _index: CompactIndex,
  _document: AnalysisDocument,
  _options: CentralitySectionOptions = {},
): void {
  // Filled by the centrality suite (issue 3).
}
