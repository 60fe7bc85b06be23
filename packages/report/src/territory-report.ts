/**
 * The report of one territory for a non-specialist reader, in French or in
 * English: the territory in figures and its readings, its map, who holds it
 * together, whether the worlds talk (and whether sharing a world explains
 * who allies, by QAP), the top brokers, whether a group stands in the middle
 * (core and periphery), communities named by their members, the kinds of
 * alliance, the timeline and weak signals, where it stands among the pilots,
 * and the glossary.
 */
import type {
  AnalysisDocument,
  ComparisonResult,
  QapTerritoryResult,
  SameWorldQapSkipped,
  TerritoryGraph,
  TimelineResult,
} from "@catalyse/core";
import {
  analysisReadings,
  comparisonReadings,
  createTranslator,
  type Lang,
  timelineReadings,
} from "@catalyse/readings";
import type { ReportDocument, ReportSection } from "./report-model.js";
import { brokersSection, communitiesSection } from "./sections/actor-sections.js";
import { collectivesSection } from "./sections/collectives-section.js";
import { figuresSection } from "./sections/figures-section.js";
import { glossarySection } from "./sections/glossary-section.js";
import { corePeripherySection, layersSection, qapSection } from "./sections/methods-sections.js";
import { lorenzSection, mapSection, mixingSection } from "./sections/network-sections.js";
import { standingSection, timelineSection } from "./sections/time-sections.js";
import { worldColors } from "./world-colors.js";

/** What `buildTerritoryReport` reads: the territory, its analysis and optionally its timeline and standing. */
export interface TerritoryReportInput {
  name: string;
  graph: TerritoryGraph;
  document: AnalysisDocument;
  /** The territory's timeline, when its links carry dates. */
  timeline?: TimelineResult | null;
  /**
   * The same-world QAP regression (`sameWorldRegression(graph, { seed })` of
   * @catalyse/core: seeded, skipped above a dyad cap), or why it was not run.
   * The report does not run it: the caller decides its cost. No section without it.
   */
  qap?: QapTerritoryResult | SameWorldQapSkipped | null;
  /** A comparison holding this territory (a row named `name`) and the pilots. */
  standing?: ComparisonResult | null;
  /** Seed of the map layout. */
  seed?: number;
  /** Shown under the title (e.g. the date of the analysis). */
  subtitle?: string;
  /** The report's language. Default English. */
  lang?: Lang;
}

/** The report model of one territory (render it with `renderHtml` or `renderMarkdown`). */
export function buildTerritoryReport(input: TerritoryReportInput): ReportDocument {
  const lang = input.lang ?? "en";
  const t = createTranslator(lang);
  const colors = worldColors(input.graph.getAttribute("worlds"));
  const description = input.graph.getAttribute("description");
  const timeline = input.timeline ?? null;
  const standing = input.standing ?? null;
  const readings = analysisReadings(input.document, { lang });
  // The methods' readings are printed in their own sections, not among the figures'.
  const figureReadings = readings.filter((reading) => !reading.id.startsWith("methods."));
  const directed = input.graph.type === "directed";
  const optional = (section: ReportSection | null): ReportSection[] => (section === null ? [] : [section]);
  return {
    lang,
    title: input.name,
    subtitle: input.subtitle ?? (description || t.t("report.subtitle")),
    sections: [
      figuresSection(input.document, figureReadings, t),
      mapSection(input.graph, colors, t, input.seed),
      lorenzSection(input.document, t),
      mixingSection(input.document, t),
      ...optional(qapSection(input.qap ?? null, { name: input.name, directed }, t)),
      brokersSection(input.document, t),
      ...optional(corePeripherySection(input.document, readings, t)),
      // Only territories with collectives have this section.
      ...optional(collectivesSection(input.document, lang)),
      communitiesSection(input.document, t),
      // Only with `analyze --by-type` (the document's layers).
      ...optional(layersSection(input.document, readings, t)),
      timelineSection(timeline, timeline === null ? [] : timelineReadings(timeline, { lang }), t),
      standingSection(
        input.name,
        standing,
        standing === null ? [] : comparisonReadings(standing, { lang, focus: input.name }),
        t,
      ),
      glossarySection(t),
    ],
  };
}
