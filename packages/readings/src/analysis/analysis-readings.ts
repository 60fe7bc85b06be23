/**
 * The readings of an analysis document, in order: the territory, who stands
 * in the middle, whether the worlds talk, what it depends on, the governance
 * reading, core and periphery, the kinds of alliance, and what lies beyond
 * chance. `analysisMessages` gives them in no language (data first);
 * `analysisReadings` renders them.
 */
import type { AnalysisDocument } from "@catalyse/core";
import type { Lang } from "../lang.js";
import { type Reading, type ReadingMessage, renderReading } from "../reading.js";
import { createTranslator } from "../translator.js";
import { brokerageReadings } from "./brokerage-readings.js";
import { collectivesReadings } from "./collectives-readings.js";
import { createContext } from "./context.js";
import { corePeripheryReadings } from "./core-periphery-readings.js";
import { dependenceReadings } from "./dependence-readings.js";
import { governanceReadings } from "./governance-readings.js";
import { layersReadings } from "./layers-readings.js";
import { nullReadings } from "./null-readings.js";
import { ANALYSIS_READINGS_DEFAULTS, type AnalysisReadingsOptions } from "./options.js";
import { structureReadings } from "./structure-readings.js";
import { worldReadings } from "./world-readings.js";

/** Below this many actors, or without links, only the size is read. */
const MIN_ACTORS = 3;

/**
 * The readings of an analysis document in no language yet (id, figures cited
 * by document path, parameters), in reading order; a territory with fewer than
 * three actors or no link gets its size and "too small" only.
 */
export function analysisMessages(
  document: AnalysisDocument,
  options: AnalysisReadingsOptions = {},
): ReadingMessage[] {
  const resolved = { ...ANALYSIS_READINGS_DEFAULTS, ...options };
  const context = createContext(document);
  const readings = structureReadings(context);
  if (document.graph.nodes < MIN_ACTORS || document.graph.links === 0) {
    readings.push({ id: "reading.too-small", figures: { "graph.nodes": document.graph.nodes }, params: {} });
    return readings;
  }
  return [
    ...readings,
    ...brokerageReadings(context, resolved),
    ...collectivesReadings(context),
    ...worldReadings(context, resolved),
    ...dependenceReadings(context, resolved),
    ...governanceReadings(context),
    ...corePeripheryReadings(context, resolved),
    ...layersReadings(context),
    ...nullReadings(context, resolved),
  ];
}

/** The language readings are rendered in. */
export interface RenderOptions {
  lang: Lang;
}

/** The readings of an analysis document rendered in `options.lang`, in reading order. */
export function analysisReadings(
  document: AnalysisDocument,
  options: RenderOptions & AnalysisReadingsOptions,
): Reading[] {
  const translator = createTranslator(options.lang);
  return analysisMessages(document, options).map((message) => renderReading(message, translator));
}
