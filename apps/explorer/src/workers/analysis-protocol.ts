/** Messages between the page and its workers (the analysis and the QAP regression). */
import type { ActorInput, CollectiveInput, LinkInput, MembershipInput, TerritoryMeta } from "@catalyse/core";
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";
import type { QapView } from "../analysis/qap-view.js";

/**
 * Above this many actors the analysis worker skips its costliest optional
 * figures, the kinds of alliance among them (the territory panel says so).
 */
export const LARGE_TERRITORY = 2000;

/** The rows of a territory as the page sends them to a worker. */
export interface TerritoryRows {
  meta: TerritoryMeta;
  actors: ActorInput[];
  links: LinkInput[];
  /** Collectives and memberships of the actors sent (absent: none). */
  collectives?: CollectiveInput[];
  memberships?: MembershipInput[];
}

export interface AnalysisRequest extends TerritoryRows {
  id: number;
  /** Graph-level figures only, computed as cheaply as possible (the compare view). */
  light?: boolean;
  /**
   * Web Workers for exact betweenness and closeness on large territories.
   * Default: the cores but one (the page keeps one), at most 8; 1 computes in the analysis worker.
   */
  threads?: number;
}

/** A QAP regression of the rows' links on named predictors (core's `qapTerritory`). */
export interface QapRequest extends TerritoryRows {
  id: number;
  predictors: string[];
  permutations: number;
  seed: number;
  maxActors: number;
}

/** What a worker posts back: progress, then one result or one error. */
export type WorkerMessage<Result> =
  | { id: number; type: "progress"; done: number; total: number; step: string }
  | { id: number; type: "result"; result: Result; elapsedMs: number }
  | { id: number; type: "error"; message: string };

export type AnalysisMessage = WorkerMessage<ExplorerAnalysis>;
export type QapMessage = WorkerMessage<QapView>;
