/** Report sections that look beyond one snapshot: the timeline and where the territory stands among others. */
import type { ComparisonResult, TimelineResult } from "@catalyse/core";
import { standingChart } from "../charts/standing-chart.js";
import { timelineChart } from "../charts/timeline-chart.js";
import { formatValue } from "../format-number.js";
import type { ReportSection } from "../report-model.js";
import { weakSignalSentences } from "../timeline-sentences.js";

export function timelineSection(timeline: TimelineResult | null): ReportSection {
  const title = "Over time: the timeline and weak signals";
  if (timeline === null || timeline.steps.length === 0)
    return {
      id: "timeline",
      title,
      blocks: [
        { kind: "paragraph", text: "No link or actor carries a date, so there is no timeline to show." },
      ],
    };
  const years = timeline.steps.map((step) => step.year);
  return {
    id: "timeline",
    title,
    blocks: [
      {
        kind: "chart",
        svg: timelineChart(years, [
          { name: "actors", color: "#4e79a7", values: timeline.steps.map((s) => s.figures.nodes) },
          { name: "alliances", color: "#f28e2b", values: timeline.steps.map((s) => s.figures.links) },
        ]),
        caption: "Actors and alliances active at the end of each year.",
        fallback: {
          kind: "table",
          header: ["year", "actors", "alliances", "worlds", "centralization (betweenness)"],
          rows: timeline.steps.map((s) => [
            String(s.year),
            String(s.figures.nodes),
            String(s.figures.links),
            String(s.worlds.length),
            formatValue(s.figures.centralization.betweenness),
          ]),
        },
      },
      { kind: "paragraph", text: "Weak signals: what is changing before it shows." },
      { kind: "list", items: weakSignalSentences(timeline) },
    ],
  };
}

/** Where `name` stands in a comparison with other territories (the ten pilots). */
export function standingSection(name: string, comparison: ComparisonResult | null): ReportSection {
  const title = "Where the territory stands among the pilots";
  const own = comparison?.rows.find((row) => row.name === name);
  if (comparison === null || own === undefined || comparison.rows.length < 2)
    return {
      id: "standing",
      title,
      blocks: [{ kind: "paragraph", text: "No pilot territories were given to compare with." }],
    };
  const others = comparison.rows.filter((row) => row !== own);
  const columns = comparison.columns.filter((column) => own.figures[column.key] !== null);
  return {
    id: "standing",
    title,
    blocks: [
      {
        kind: "chart",
        svg: standingChart(
          columns.map((column) => ({
            label: column.label,
            value: own.figures[column.key] ?? null,
            others: others.map((row) => row.figures[column.key] ?? null),
          })),
        ),
        caption: `Each line is a figure, from its lowest to its highest value among the ${comparison.rows.length} territories; grey dots are the pilots, the red dot is ${name}.`,
        fallback: { kind: "paragraph", text: `Compared with ${others.length} other territories:` },
      },
      {
        kind: "table",
        header: ["figure", name, "rank (1 = largest)", "lowest", "highest"],
        rows: columns.map((column) => {
          const values = comparison.rows
            .map((row) => row.figures[column.key])
            .filter((v): v is number => v !== null && v !== undefined);
          return [
            column.label,
            formatValue(own.figures[column.key]),
            `${own.ranks[column.key] ?? "–"} of ${values.length}`,
            formatValue(Math.min(...values)),
            formatValue(Math.max(...values)),
          ];
        }),
      },
    ],
  };
}
