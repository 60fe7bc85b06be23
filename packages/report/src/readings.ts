/**
 * The readings a report prints, in its language: the analysis readings from
 * @catalyse/readings (one source for the CLI, the reports and the explorer).
 */
import type { ComparisonResult, TimelineResult } from "@catalyse/core";
import type { Reading, Translator } from "@catalyse/readings";
import { weakSignalSentences } from "./timeline-sentences.js";

// TODO(i13a): timelineReadings(timeline, { lang: t.lang }); until then the English weak-signal sentences.
export function timelineReadingsFor(timeline: TimelineResult, _t: Translator): Reading[] {
  return weakSignalSentences(timeline).map((text) => ({ id: "signal", text, figures: {} }));
}

// TODO(i13a): comparisonReadings(comparison, { lang: t.lang }); until then core's English sentences.
export function comparisonReadingsFor(comparison: ComparisonResult, _t: Translator): Reading[] {
  return comparison.standout.map((text) => ({ id: "standout", text, figures: {} }));
}
