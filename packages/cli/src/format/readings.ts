/**
 * The readings the CLI prints, in the user's language. They come from
 * @catalyse/readings (one source for the CLI, the reports and the explorer).
 */
import type { ComparisonResult, TimelineResult } from "@catalyse/core";
import type { Reading, Translator } from "@catalyse/readings";
import { weakSignalSentences } from "@catalyse/report";

// TODO(i13a): comparisonReadings(result, { lang: t.lang }); until then core's English sentences.
export function comparisonReadingsFor(result: ComparisonResult, _t: Translator): Reading[] {
  return result.standout.map((text) => ({ id: "standout", text, figures: {} }));
}

// TODO(i13a): timelineReadings(timeline, { lang: t.lang }); until then the report's English sentences.
export function timelineReadingsFor(timeline: TimelineResult, _t: Translator): Reading[] {
  return weakSignalSentences(timeline).map((text) => ({ id: "signal", text, figures: {} }));
}
