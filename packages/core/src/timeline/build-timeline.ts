/**
 * `buildTimeline`: the territory at each step (see `snapshot.ts`), the
 * analysis of each snapshot, and the weak signals read across them (the
 * article's *Anticipation*: see what is changing before the wave).
 */
import { type AnalyzeOptions, analyze } from "../analysis/analyze.js";
import type { TerritoryGraph } from "../graph/types.js";
import { type CollectiveChanges, collectiveChanges } from "./collective-changes.js";
import { type CommunityChange, type CommunityChangesOptions, communityChanges } from "./community-changes.js";
import { type RegimeShift, regimeShifts } from "./regime-shift.js";
import { type RisingBrokersOptions, type RisingBrokersResult, risingBrokers } from "./rising-brokers.js";
import { type SnapshotOptions, snapshotAt, timelineSteps } from "./snapshot.js";
import type { TimelineSnapshot, TimelineStep } from "./timeline-types.js";
import {
  type NewBridge,
  newBridges,
  snapshotWorlds,
  type WorldChange,
  worldChanges,
} from "./world-changes.js";

/** Options of `buildTimeline`. */
export interface TimelineOptions extends SnapshotOptions {
  risingBrokers?: RisingBrokersOptions;
  communities?: CommunityChangesOptions;
  /** Passed to `analyze` for each snapshot (its own `onProgress` is ignored). */
  analyze?: Omit<AnalyzeOptions, "onProgress">;
  /** Called after each snapshot is analysed. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** What changed between snapshots: rising brokers, new bridges between worlds, community changes, regime shifts, collectives. */
export interface WeakSignals {
  /** Null when the timeline has fewer than two steps or betweenness is not available. */
  risingBrokers: RisingBrokersResult | null;
  newBridges: NewBridge[];
  worldChanges: WorldChange[];
  /** Null when communities are not available. */
  communityChanges: CommunityChange[] | null;
  regimeShifts: RegimeShift[];
  /** Collectives formed, ended and joined, and their share of actors; null for a territory without collectives. */
  collectiveChanges: CollectiveChanges | null;
}

/** The territory year by year: snapshots' figures and the weak signals between them. */
export interface TimelineResult {
  /** The step between snapshots, in years. */
  step: number;
  steps: TimelineStep[];
  signals: WeakSignals;
}

/** Snapshots of a dated territory at each step and the weak signals between them (`catalyse timeline`). */
export function buildTimeline(graph: TerritoryGraph, options: TimelineOptions = {}): TimelineResult {
  const years = timelineSteps(graph, options);
  const progress = options.onProgress ?? (() => {});
  const snapshots: TimelineSnapshot[] = [];
  years.forEach((year, i) => {
    progress(i, years.length, String(year));
    const snapshot = snapshotAt(graph, year, options);
    snapshots.push({ year, graph: snapshot, document: analyze(snapshot, options.analyze) });
  });
  progress(years.length, years.length, "signals");
  return timelineFromSnapshots(snapshots, options);
}

/** The timeline of snapshots already analysed (for callers that keep the snapshots). */
export function timelineFromSnapshots(
  snapshots: readonly TimelineSnapshot[],
  options: Pick<TimelineOptions, "step" | "risingBrokers" | "communities"> = {},
): TimelineResult {
  const steps = snapshots.map((snapshot) => ({
    year: snapshot.year,
    worlds: snapshotWorlds(snapshot.graph),
    figures: snapshot.document.graph,
  }));
  return {
    step: options.step === undefined || options.step === "year" ? 1 : options.step,
    steps,
    signals: {
      risingBrokers: risingBrokers(snapshots, options.risingBrokers),
      newBridges: newBridges(snapshots),
      worldChanges: worldChanges(snapshots),
      communityChanges: communityChanges(snapshots, options.communities),
      regimeShifts: regimeShifts(steps),
      collectiveChanges: collectiveChanges(snapshots),
    },
  };
}
