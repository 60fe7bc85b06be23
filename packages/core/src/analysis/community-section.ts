/**
 * The community section of the analysis document: `graph.modularity`,
 * `graph.communities` and each actor's `community` (0..k−1 by decreasing
 * size). `analyze` runs Leiden with a fixed default seed so that the document
 * is reproducible; Louvain can be asked for, for comparison with Gephi.
 */

import { leiden } from "../community/leiden.js";
import { louvain } from "../community/louvain.js";
import { modularity } from "../community/modularity.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { DEFAULT_SEED } from "../random.js";
import { type AnalysisDocument, finiteOrNull } from "./analysis-document.js";

/** Options of the community section (method, runs, seed). */
export interface CommunitySectionOptions {
  /** Detection method. Default `"leiden"`. */
  method?: "leiden" | "louvain";
  /** Resolution γ of modularity. Default 1. */
  resolution?: number;
  /** Seed. Default `DEFAULT_SEED`. */
  seed?: number;
}

export function fillCommunitySection(
  index: CompactIndex,
  document: AnalysisDocument,
  options: CommunitySectionOptions = {},
): void {
  const settings = { resolution: options.resolution ?? 1, seed: options.seed ?? DEFAULT_SEED };
  const result = options.method === "louvain" ? louvain(index, settings) : leiden(index, settings);
  // Detection reads a directed territory as undirected; the modularity it
  // reports is then NetworkX's directed formula for the partition found, so
  // that it equals `nx.community.modularity(G, partition)` on the same graph.
  document.graph.modularity = finiteOrNull(
    index.directed
      ? modularity(index, result.communityOf, { resolution: settings.resolution })
      : result.modularity,
  );
  document.graph.communities = result.count;
  for (let v = 0; v < index.order; v++) {
    const actor = document.actors[v];
    if (actor !== undefined) actor.community = result.communityOf[v]!;
  }
}
