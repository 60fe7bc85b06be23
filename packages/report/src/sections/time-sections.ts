/** Report sections that look beyond one snapshot: the timeline and where the territory stands among others. */
import type { ComparisonResult, TimelineResult } from "@catalyse/core";
import type { Reading, Translator } from "@catalyse/readings";
import { standingChart } from "../charts/standing-chart.js";
import { timelineChart } from "../charts/timeline-chart.js";
import { columnLabel } from "../comparison-columns.js";
import type { ReportBlock, ReportSection } from "../report-model.js";

export function timelineSection(
  timeline: TimelineResult | null,
  signals: readonly Pick<Reading, "text">[],
  t: Translator,
): ReportSection {
  const title = t.t("report.timeline.title");
  if (timeline === null || timeline.steps.length === 0)
    return { id: "timeline", title, blocks: [{ kind: "paragraph", text: t.t("report.timeline.undated") }] };
  const years = timeline.steps.map((step) => step.year);
  const actors = t.t("figure.graph.nodes");
  const links = t.t("figure.graph.links");
  const blocks: ReportBlock[] = [
    {
      kind: "chart",
      svg: timelineChart(
        years,
        [
          { name: actors, color: "#4e79a7", values: timeline.steps.map((s) => s.figures.nodes) },
          { name: links, color: "#f28e2b", values: timeline.steps.map((s) => s.figures.links) },
        ],
        { label: t.t("report.timeline.aria") },
      ),
      caption: t.t("report.timeline.caption"),
      fallback: {
        kind: "table",
        header: [
          t.t("report.timeline.year"),
          actors,
          links,
          t.t("report.timeline.worlds"),
          t.t("figure.graph.centralization.betweenness"),
        ],
        rows: timeline.steps.map((s) => [
          String(s.year),
          t.integer(s.figures.nodes),
          t.integer(s.figures.links),
          t.integer(s.worlds.length),
          t.number(s.figures.centralization.betweenness),
        ]),
      },
    },
  ];
  if (signals.length > 0)
    blocks.push(
      { kind: "paragraph", text: t.t("report.timeline.signals") },
      { kind: "list", items: signals.map((signal) => signal.text) },
    );
  return { id: "timeline", title, blocks };
}

/**
 * Where `name` stands in a comparison with other territories (the pilots),
 * and the comparison's readings (which say when the others are synthetic).
 */
export function standingSection(
  name: string,
  comparison: ComparisonResult | null,
  readings: readonly Pick<Reading, "text">[],
  t: Translator,
): ReportSection {
  const title = t.t("report.standing.title");
  const own = comparison?.rows.find((row) => row.name === name);
  if (comparison === null || own === undefined || comparison.rows.length < 2)
    return { id: "standing", title, blocks: [{ kind: "paragraph", text: t.t("report.standing.none") }] };
  const others = comparison.rows.filter((row) => row !== own);
  const columns = comparison.columns.filter((column) => own.figures[column.key] !== null);
  return {
    id: "standing",
    title,
    blocks: [
      ...(readings.length > 0
        ? [{ kind: "list" as const, items: readings.map((reading) => reading.text) }]
        : []),
      {
        kind: "chart",
        svg: standingChart(
          columns.map((column) => ({
            label: columnLabel(column.key, t),
            value: own.figures[column.key] ?? null,
            others: others.map((row) => row.figures[column.key] ?? null),
          })),
          { label: t.t("report.standing.aria") },
        ),
        caption: t.t("report.standing.caption", { count: comparison.rows.length, name }),
        fallback: { kind: "list", items: [] },
      },
      {
        kind: "table",
        header: [
          t.t("report.null.figure"),
          name,
          t.t("report.standing.rank"),
          t.t("report.standing.lowest"),
          t.t("report.standing.highest"),
        ],
        rows: columns.map((column) => {
          const values = comparison.rows
            .map((row) => row.figures[column.key])
            .filter((v): v is number => v !== null && v !== undefined);
          return [
            columnLabel(column.key, t),
            t.number(own.figures[column.key]),
            t.t("report.standing.rank-of", { rank: own.ranks[column.key] ?? "–", count: values.length }),
            t.number(Math.min(...values)),
            t.number(Math.max(...values)),
          ];
        }),
      },
    ],
  };
}
