/**
 * The report of one territory for a non-specialist reader: the territory in
 * figures, its map, who holds it together, whether the worlds talk, the top
 * brokers, communities against worlds, the timeline and weak signals, and
 * where it stands among the pilots.
 */
import type { AnalysisDocument, ComparisonResult, TerritoryGraph, TimelineResult } from "@catalyse/core";
import type { ReportDocument } from "./report-model.js";
import { brokersSection, communitiesSection } from "./sections/actor-sections.js";
import { figuresSection } from "./sections/figures-section.js";
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
}

/** The report model of one territory (render it with `renderHtml` or `renderMarkdown`). */
export function buildTerritoryReport(input: TerritoryReportInput): ReportDocument {
  const colors = worldColors(input.graph.getAttribute("worlds"));
  const description = input.graph.getAttribute("description");
  return {
    title: input.name,
    subtitle:
      input.subtitle ??
      (description ||
        "An alliance network: who is linked to whom, whether the worlds talk, who stands in the middle."),
    sections: [
      figuresSection(input.document),
      mapSection(input.graph, colors, input.seed),
      lorenzSection(input.document),
      mixingSection(input.document),
      brokersSection(input.document),
      communitiesSection(input.document),
      timelineSection(input.timeline ?? null),
      standingSection(input.name, input.standing ?? null),
    ],
  };
}
