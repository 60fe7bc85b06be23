/**
 * `analyze`: the whole analysis document of a territory. The graph is indexed
 * once and every section computes over the same compact index.
 * `analyzeIndex` starts from the index alone (ids, worlds, weighted links)
 * plus the actors' labels: what a streamed national file gives without ever
 * building a graphology graph (see @catalyse/bulk).
 */
import { fillCollectivesSection } from "../collectives/collectives-section.js";
import { PROJECTION_DEFAULTS, type Projection, projectCollectives } from "../collectives/projection.js";
import type { CompactIndex } from "../graph/compact-index.js";
import {
  createCompactIndex,
  type GraphSource,
  graphAndMapping,
  isMappedGraph,
  mappedLabels,
} from "../graph/graph-mapping.js";
import type { TerritoryGraph } from "../graph/types.js";
import { linkTypes } from "../multiplex/link-types.js";
import { sampledShortestPaths } from "../sampling/sampled-shortest-paths.js";
import { type AnalysisDocument, createEmptyDocument } from "./analysis-document.js";
import { type CentralitySectionOptions, fillCentralitySection } from "./centrality-section.js";
import { type CommunitySectionOptions, fillCommunitySection } from "./community-section.js";
import { type CorePeripherySectionOptions, fillCorePeripherySection } from "./core-periphery-section.js";
import { fillLayersSection } from "./layers-section.js";
import { fillMiddleSection, type MiddleSectionOptions } from "./middle-section.js";
import { fillStructureSection } from "./structure-section.js";

/** Options of `analyze`: one options object per section. */
export interface AnalyzeOptions {
  /**
   * How collectives enter the analysed network (see collectives/projection.ts):
   * `newman` (default), `count` or `none`. Without collectives it changes nothing.
   */
  projection?: Projection;
  centrality?: CentralitySectionOptions;
  communities?: CommunitySectionOptions;
  middle?: MiddleSectionOptions;
  corePeriphery?: CorePeripherySectionOptions;
  /** Add the `layers` section: one network per link type. Default false. */
  byType?: boolean;
  /**
   * The graph's compact index, when the caller already built it (e.g. to run
   * betweenness in parallel first). Default: built here.
   * NOTE: it must be the index of this very graph once projected
   * (`projectCollectives(graph, { projection })`), unchanged since.
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
  const projection = options.projection ?? PROJECTION_DEFAULTS.projection;
  // NOTE: collectives are a territory's (createTerritory keeps them as graph
  // attributes); a graph read through a mapping is another app's and has none.
  const territory = isMappedGraph(source) ? null : (graph as TerritoryGraph);
  const analysed = territory === null ? graph : projectCollectives(territory, { projection });
  const index = options.index ?? createCompactIndex(analysed, attributes);
  const labels = mappedLabels(analysed, index, attributes);
  // NOTE: a graph from another app has no `attributes` bag: its actors have no role.
  const roles = index.keys.map((key) => roleOf(analysed.getNodeAttribute(key, "attributes")));
  const layers =
    options.byType === true && territory !== null
      ? { index: createCompactIndex(territory), linkTypes: linkTypes(territory) }
      : undefined;
  const document = analyzeIndex(index, { ...options, labels, roles, layers });
  if (territory !== null) fillCollectivesSection(territory, document, { projection });
  return document;
}

/** The actor's `role` attribute (French files: `rôle`) as text, or null. */
export function roleOf(attributes: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = attributes?.role ?? attributes?.rôle;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Options of `analyzeIndex`: those of `analyze` plus the actors' labels. */
export interface AnalyzeIndexOptions extends Omit<AnalyzeOptions, "index"> {
  /** Actor labels by position. Default: the actor ids. */
  labels?: readonly string[];
  /** Actor roles from the data by position (see `MiddleSectionOptions.roles`). Default: none. */
  roles?: readonly (string | null)[];
  /**
   * The explicit links and their types, for the `layers` section: the links
   * as read, before any projection of collectives (whose links have no type).
   */
  layers?: { index: CompactIndex; linkTypes: readonly (readonly string[])[] };
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
  let middle =
    document.graph.betweennessMethod === "approx" && options.middle?.shortestPaths === undefined
      ? { ...options.middle, shortestPaths: sampledShortestPaths({ seed: options.centrality?.seed }) }
      : options.middle;
  if (options.roles !== undefined) middle = { ...middle, roles: options.roles };
  fillMiddleSection(index, document, middle);
  fillCorePeripherySection(index, document, options.corePeriphery);
  if (options.layers !== undefined)
    fillLayersSection(options.layers.index, document, options.layers.linkTypes);
  progress(total, total, "done");
  return document;
}
