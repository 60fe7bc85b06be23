/**
 * The report of one territory for a non-specialist reader, in French or in
 * English: the territory in figures and its readings, its map, who holds it
 * together, whether the worlds talk, the top brokers, communities named by
 * their members, the timeline and weak signals, where it stands among the
 * pilots, and the glossary.
 */
import type { AnalysisDocument, ComparisonResult, TerritoryGraph, TimelineResult } from "@catalyse/core";
import {
  analysisReadings,
  comparisonReadings,
  createTranslator,
  type Lang,
  timelineReadings,
} from "@catalyse/readings";
import type { ReportDocument } from "./report-model.js";
import { brokersSection, communitiesSection } from "./sections/actor-sections.js";
import { collectivesSection } from "./sections/collectives-section.js";
import { figuresSection } from "./sections/figures-section.js";
import { glossarySection } from "./sections/glossary-section.js";
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
  return {
    lang,
    title: input.name,
    subtitle: input.subtitle ?? (description || t.t("report.subtitle")),
    sections: [
      figuresSection(input.document, analysisReadings(input.document, { lang }), t),
      mapSection(input.graph, colors, t, input.seed),
      lorenzSection(input.document, t),
      mixingSection(input.document, t),
      brokersSection(input.document, t),
      // Only territories with collectives have this section.
      ...[collectivesSection(input.document, lang)].filter((section) => section !== null),
      communitiesSection(input.document, t),
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
