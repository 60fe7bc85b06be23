/** `catalyse timeline --format table|csv`: the figures of each step and the weak signals, for people. */
import type { TimelineResult } from "@catalyse/core";
import { weakSignalSentences } from "@catalyse/report";
import { formatTable } from "./table.js";

/** The per-step figures, as a header and rows (shared by the table and CSV outputs). */
export function timelineRows(timeline: TimelineResult): {
  header: string[];
  rows: (string | number | null)[][];
} {
  return {
    header: [
      "year",
      "actors",
      "links",
      "density",
      "components",
      "worlds",
      "centr_betweenness",
      "gini_betweenness",
      "modularity",
      "ei_index",
      "cross_world_share",
    ],
    rows: timeline.steps.map((step) => [
      step.year,
      step.figures.nodes,
      step.figures.links,
      step.figures.density,
      step.figures.components,
      step.worlds.length,
      step.figures.centralization.betweenness,
      step.figures.gini.betweenness,
      step.figures.modularity,
      step.figures.worlds.eiIndex,
      step.figures.worlds.crossWorldShare,
    ]),
  };
}

export function formatTimelineTable(name: string, timeline: TimelineResult): string {
  if (timeline.steps.length === 0)
    return `${name}\n\nNo link or actor carries a date, so there is no timeline to show.\n`;
  const { header, rows } = timelineRows(timeline);
  return [
    `${name}: ${timeline.steps.length} steps of ${timeline.step} year${timeline.step === 1 ? "" : "s"}`,
    "",
    formatTable(header, rows),
    "Weak signals",
    ...weakSignalSentences(timeline).map((sentence) => `- ${sentence}`),
    "",
  ].join("\n");
}
