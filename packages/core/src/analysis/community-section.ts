/**
 * The community section of the analysis document: `graph.modularity`,
 * `graph.communities` and each actor's `community`.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import type { AnalysisDocument } from "./analysis-document.js";

export interface CommunitySectionOptions {
  method?: "leiden" | "louvain";
  resolution?: number;
  seed?: number;
}

export function fillCommunitySection(
  _index: CompactIndex,
  _document: AnalysisDocument,
  _options: CommunitySectionOptions = {},
): void {
  // Filled by the community suite (issue 4).
}
