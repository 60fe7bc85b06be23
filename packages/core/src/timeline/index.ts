export {
  buildTimeline,
  type TimelineOptions,
  type TimelineResult,
  timelineFromSnapshots,
  type WeakSignals,
} from "./build-timeline.js";
export {
  type CollectiveChanges,
  type CollectiveEvent,
  type CollectiveJoin,
  type CollectiveRef,
  type CollectiveStepChange,
  type CollectiveTrend,
  collectiveChanges,
} from "./collective-changes.js";
export {
  type CommunityChange,
  type CommunityChangesOptions,
  type CommunitySummary,
  communityChanges,
  jaccard,
} from "./community-changes.js";
export { REGIME_THRESHOLDS, type Regime, type RegimeShift, regimeOf, regimeShifts } from "./regime-shift.js";
export {
  competitionRanks,
  type RisingBroker,
  type RisingBrokersOptions,
  type RisingBrokersResult,
  risingBrokers,
} from "./rising-brokers.js";
export {
  actorStart,
  isActiveAt,
  SNAPSHOT_DEFAULTS,
  type SnapshotOptions,
  snapshotAt,
  stepInstant,
  timelineSteps,
} from "./snapshot.js";
export type { TimelineSnapshot, TimelineStep } from "./timeline-types.js";
export {
  type NewBridge,
  newBridges,
  snapshotWorlds,
  type WorldChange,
  worldChanges,
} from "./world-changes.js";
