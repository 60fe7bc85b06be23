/** `catalyse timeline --format table|csv`: the figures of each step and the weak signals, for people. */
import type { TimelineResult } from "@catalyse/core";
import type { MessageId, Reading, Translator } from "@catalyse/readings";
import { formatTable } from "./table.js";

/**
 * The figures of each step, by analysis-document path: the same figures and
 * labels as `analyze` (the `figure.*` table); CSV headers are these paths.
 */
const STEP_FIGURES = [
  "graph.nodes",
  "graph.links",
  "graph.density",
  "graph.components",
  "graph.centralization.betweenness",
  "graph.gini.betweenness",
  "graph.modularity",
  "graph.worlds.eiIndex",
  "graph.worlds.crossWorldShare",
] as const;

type Step = TimelineResult["steps"][number];

function stepFigure(step: Step, path: (typeof STEP_FIGURES)[number]): number | null {
  const f = step.figures;
  switch (path) {
    case "graph.nodes":
      return f.nodes;
    case "graph.links":
      return f.links;
    case "graph.density":
      return f.density;
    case "graph.components":
      return f.components;
    case "graph.centralization.betweenness":
      return f.centralization.betweenness;
    case "graph.gini.betweenness":
      return f.gini.betweenness;
    case "graph.modularity":
      return f.modularity;
    case "graph.worlds.eiIndex":
      return f.worlds.eiIndex;
    case "graph.worlds.crossWorldShare":
      return f.worlds.crossWorldShare;
  }
}

/**
 * The per-step figures as rows. The CSV header names each figure as the JSON
 * does (its path under `graph`: "centralization.betweenness"), the names of
 * `analyze --format json` and of the null models' figures.
 */
export function timelineRows(timeline: TimelineResult): {
  header: string[];
  rows: (string | number | null)[][];
} {
  return {
    header: ["year", "worlds", ...STEP_FIGURES.map((path) => path.slice("graph.".length))],
    rows: timeline.steps.map((step) => [
      step.year,
      step.worlds.length,
      ...STEP_FIGURES.map((path) => stepFigure(step, path)),
    ]),
  };
}

export function formatTimelineTable(
  name: string,
  timeline: TimelineResult,
  readings: readonly Pick<Reading, "text">[],
  t: Translator,
): string {
  if (timeline.steps.length === 0) return `${name}\n\n${t.t("cli.timeline.undated")}\n`;
  const { rows } = timelineRows(timeline);
  const header = [
    t.t("cli.timeline.year"),
    t.t("cli.timeline.worlds"),
    ...STEP_FIGURES.map((path) => t.t(`figure.${path}` as MessageId)),
  ];
  // Years are labels, not quantities: no thousands separator ("2012", not "2 012").
  const shown = rows.map(([year, ...rest]) => [String(year), ...rest]);
  return [
    t.t("cli.timeline.title", { name, steps: timeline.steps.length, years: timeline.step }),
    "",
    formatTable(header, shown, t),
    ...(readings.length > 0
      ? [t.t("cli.timeline.signals"), ...readings.map((reading) => `- ${reading.text}`)]
      : []),
    "",
  ].join("\n");
}
