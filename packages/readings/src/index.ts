/**
 * @catalyse/readings: every sentence a person reads about a figure, written
 * once, in French and in English. Browser-safe (no file system, no DOM).
 */

export { actorMessages, actorReadings } from "./analysis/actor-readings.js";
export { analysisMessages, analysisReadings, type RenderOptions } from "./analysis/analysis-readings.js";
export { ANALYSIS_READINGS_DEFAULTS, type AnalysisReadingsOptions } from "./analysis/options.js";
export type { Catalogue, TranslationOf } from "./catalogue.js";
export { DOMAINS, type Domain, type MessageId } from "./catalogues/index.js";
export {
  type ComparisonReadingsOptions,
  columnLabel,
  comparisonMessages,
  comparisonReadings,
} from "./comparison/comparison-readings.js";
export { coreErrorText, qapErrorText, territoryIssueText } from "./core-errors.js";
export { explain, GLOSSARY_TERMS, type GlossaryEntry, glossary, normaliseTerm } from "./glossary.js";
export { inputProblemText } from "./input-problem-text.js";
export { isLang, LANGS, type Lang, type LangEnvironment, LOCALES, langOf, resolveLang } from "./lang.js";
export { LAYER_COLUMNS } from "./methods/layer-columns.js";
export {
  QAP_READINGS_DEFAULTS,
  type QapReadingsContext,
  qapMessages,
  qapReadings,
} from "./methods/qap-readings.js";
export {
  date,
  decimal,
  type Figures,
  type FigureValue,
  list,
  type NestedMessage,
  nested,
  percent,
  type Reading,
  type ReadingMessage,
  type ReadingParam,
  type ReadingParams,
  readingMessage,
  renderMessage,
  renderParam,
  renderReading,
} from "./reading.js";
export { timelineMessages, timelineReadings } from "./timeline/timeline-readings.js";
export {
  createTranslator,
  isMessageId,
  type MessageParam,
  type MessageParams,
  MISSING,
  messageIds,
  messageParameters,
  messageSource,
  NUMBER_DEFAULTS,
  type NumberOptions,
  ReadingsError,
  type Translator,
} from "./translator.js";
