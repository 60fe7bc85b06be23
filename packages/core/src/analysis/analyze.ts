/**
 * `analyze`: the whole analysis document of a territory. The graph is indexed
 * once and every section computes over the same compact index.
 * `analyzeIndex` starts from the index alone (ids, worlds, weighted links)
 * plus the actors' labels: what a streamed national file gives without ever
 * building a graphology graph (see @catalyse/bulk).
 */
import type { CompactIndex } from "../graph/compact-index.js";
import {
  createCompactIndex,
  type GraphSource,
  graphAndMapping,
  mappedLabels,
} from "../graph/graph-mapping.js";
import { sampledShortestPaths } from "../sampling/sampled-shortest-paths.js";
import { type AnalysisDocument, createEmptyDocument } from "./analysis-document.js";
import { type CentralitySectionOptions, fillCentralitySection } from "./centrality-section.js";
import { type CommunitySectionOptions, fillCommunitySection } from "./community-section.js";
import { fillMiddleSection, type MiddleSectionOptions } from "./middle-section.js";
import { fillStructureSection } from "./structure-section.js";

/** Options of `analyze`: one options object per section. */
export interface AnalyzeOptions {
  centrality?: CentralitySectionOptions;
  communities?: CommunitySectionOptions;
  middle?: MiddleSectionOptions;
  /**
   * The graph's compact index, when the caller already built it (e.g. to run
   * betweenness in parallel first). Default: built here.
   * NOTE: it must be the index of this very graph, unchanged since.
   */
  index?: CompactIndex;
  /** Called as sections complete, for progress bars. `done` goes from 0 to `total`. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/**
 * The analysis document of a territory graph, or of any graphology graph read
 * through an attribute mapping: `analyze(fromGraphology(graph, { world: "sector" }))`.
 */
export function analyze(source: GraphSource, options: AnalyzeOptions = {}): AnalysisDocument {
  const { graph, attributes } = graphAndMapping(source);
  const index = options.index ?? createCompactIndex(graph, attributes);
  return analyzeIndex(index, { ...options, labels: mappedLabels(graph, index, attributes) });
}

/** Options of `analyzeIndex`: those of `analyze` plus the actors' labels. */
export interface AnalyzeIndexOptions extends Omit<AnalyzeOptions, "index"> {
  /** Actor labels by position. Default: the actor ids. */
  labels?: readonly string[];
}

/** The analysis document of a territory given as its compact index. */
export function analyzeIndex(index: CompactIndex, options: AnalyzeIndexOptions = {}): AnalysisDocument {
  const document = createEmptyDocument();
  const progress = options.onProgress ?? (() => {});
  const total = 4;
  progress(0, total, "structure");
  fillStructureSection(index, document, options.labels ?? index.ids);
  progress(1, total, "centrality");
  fillCentralitySection(index, document, options.centrality);
  progress(2, total, "communities");
  fillCommunitySection(index, document, options.communities);
  progress(3, total, "polycentricity");
  // A territory too large for exact betweenness is too large for the section's recomputations too.
  const middle =
    document.graph.betweennessMethod === "approx" && options.middle?.shortestPaths === undefined
      ? { ...options.middle, shortestPaths: sampledShortestPaths({ seed: options.centrality?.seed }) }
      : options.middle;
  fillMiddleSection(index, document, middle);
  progress(total, total, "done");
  return document;
}
