/**
 * The year a territory crossed from centralised towards shared, or back.
 *
 * Each step is read from its governance reading when the analysis document
 * has one, else from its betweenness centralization (Freeman 1979, the
 * analysis document's `centralization.betweenness`): centralised at or above
 * {@link REGIME_THRESHOLDS}.centralised, shared at or below
 * {@link REGIME_THRESHOLDS}.shared, and in between "mixed". A crossing is
 * reported at the first step that reaches the opposite side; mixed steps in
 * between do not count as a crossing on their own, so a territory hovering
 * around one threshold does not flip every year. Steps with fewer than
 * {@link REGIME_THRESHOLDS}.minActors actors are not read at all: a network
 * of three actors is a star or a line whatever its governance.
 */
import type { GraphFigures } from "../analysis/analysis-document.js";
import type { TimelineStep } from "./timeline-types.js";

/** The thresholds on betweenness centralization, and the fewest actors a step needs to be read, defined once. */
export const REGIME_THRESHOLDS = { centralised: 0.5, shared: 0.3, minActors: 10 } as const;

/** A snapshot's regime: centralised, mixed or shared. */
export type Regime = "centralised" | "mixed" | "shared";

/** A change of regime between two snapshots. */
export interface RegimeShift {
  year: number;
  from: "centralised" | "shared";
  to: "centralised" | "shared";
  /** Betweenness centralization at the last step on the side left, and at the crossing. */
  centralizationBefore: number | null;
  centralizationAfter: number | null;
}

/**
 * The regime of one step, or null when its centralization is undefined. The
 * governance reading (Provan & Kenis 2008), when the document carries one,
 * decides: shared → shared, lead or administrative organisation →
 * centralised, undetermined → mixed.
 */
export function regimeOf(figures: GraphFigures): Regime | null {
  const governance = figures.governance;
  if (governance !== null) {
    if (governance.form === "shared") return "shared";
    if (governance.form === "lead-organisation" || governance.form === "administrative-organisation")
      return "centralised";
    return "mixed";
  }
  const value = figures.centralization.betweenness;
  if (value === null) return null;
  if (value >= REGIME_THRESHOLDS.centralised) return "centralised";
  if (value <= REGIME_THRESHOLDS.shared) return "shared";
  return "mixed";
}

/** Every crossing, in order (usually none or one). */
export function regimeShifts(steps: readonly TimelineStep[]): RegimeShift[] {
  const shifts: RegimeShift[] = [];
  let side: { regime: "centralised" | "shared"; value: number | null } | null = null;
  for (const step of steps) {
    if (step.figures.nodes < REGIME_THRESHOLDS.minActors) continue;
    const regime = regimeOf(step.figures);
    const value = step.figures.centralization.betweenness;
    if (regime === null || regime === "mixed") continue;
    if (side !== null && side.regime !== regime)
      shifts.push({
        year: step.year,
        from: side.regime,
        to: regime,
        centralizationBefore: side.value,
        centralizationAfter: value,
      });
    side = { regime, value };
  }
  return shifts;
}
