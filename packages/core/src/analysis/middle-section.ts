/**
 * The "no one in the middle" section of the analysis document:
 * centralization, Gini, effective brokers, world mixing, brokerage roles,
 * constraint, dependence, governance reading and null models.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import type { AnalysisDocument } from "./analysis-document.js";

export interface MiddleSectionOptions {
  /** Number of null-model replicates (0: none). */
  nullModels?: number;
  seed?: number;
}

export function fillMiddleSection(
  _index: CompactIndex,
  _document: AnalysisDocument,
  _options: MiddleSectionOptions = {},
): void {
  // Filled by the polycentricity suite (issue 5).
}
