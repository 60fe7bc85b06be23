/** Messages between the page and the analysis worker. */
import type { ActorInput, CollectiveInput, LinkInput, MembershipInput, TerritoryMeta } from "@catalyse/core";
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";

export interface AnalysisRequest {
  id: number;
  meta: TerritoryMeta;
  actors: ActorInput[];
  links: LinkInput[];
  /** Collectives and memberships of the actors sent (absent: none). */
  collectives?: CollectiveInput[];
  memberships?: MembershipInput[];
  /** Graph-level figures only, computed as cheaply as possible (the compare view). */
  light?: boolean;
  /**
   * Web Workers for exact betweenness and closeness on large territories.
   * Default: the cores but one (the page keeps one), at most 8; 1 computes in the analysis worker.
   */
  threads?: number;
}

export type AnalysisMessage =
  | { id: number; type: "progress"; done: number; total: number; step: string }
  | { id: number; type: "result"; analysis: ExplorerAnalysis; elapsedMs: number }
  | { id: number; type: "error"; message: string };
