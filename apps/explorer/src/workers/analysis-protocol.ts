/** Messages between the page and the analysis worker. */
import type { ActorInput, LinkInput, TerritoryMeta } from "@catalyse/core";
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";

export interface AnalysisRequest {
  id: number;
  meta: TerritoryMeta;
  actors: ActorInput[];
  links: LinkInput[];
  /** Graph-level figures only, computed as cheaply as possible (the compare view). */
  light?: boolean;
}

export type AnalysisMessage =
  | { id: number; type: "progress"; done: number; total: number; step: string }
  | { id: number; type: "result"; analysis: ExplorerAnalysis; elapsedMs: number }
  | { id: number; type: "error"; message: string };
