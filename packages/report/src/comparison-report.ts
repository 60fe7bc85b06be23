/**
 * The comparison report of several territories: their figures side by side
 * with ranks, what stands out, z-scores against null models when computed,
 * the inequality of alliances in each (Lorenz curves), and a small map of
 * each.
 */
import type { AnalysisDocument, ComparisonResult, TerritoryGraph } from "@catalyse/core";
import { type LorenzSeries, lorenzChart, lorenzChartPoints } from "./charts/lorenz-chart.js";
import { networkMap } from "./charts/network-map.js";
import { formatValue } from "./format-number.js";
import type { ReportDocument, ReportSection } from "./report-model.js";
import { worldColors } from "./world-colors.js";

/** What `buildComparisonReport` reads: the analysed territories and their comparison. */
export interface ComparisonReportInput {
  title?: string;
  territories: { name: string; graph: TerritoryGraph; document: AnalysisDocument }[];
  comparison: ComparisonResult;
  seed?: number;
}

/** The compare columns in three tables narrow enough for A4. */
const COLUMN_GROUPS = [
  { title: "Size and structure", keys: ["nodes", "links", "density", "components", "modularity"] },
  {
    title: "No one in the middle",
    keys: [
      "centralizationDegree",
      "centralizationBetweenness",
      "centralizationCloseness",
      "giniDegree",
      "giniBetweenness",
      "effectiveBrokers",
      "topBrokerShare",
    ],
  },
  { title: "Do the worlds talk to each other?", keys: ["eiIndex", "assortativity", "crossWorldShare"] },
];

const SERIES_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

/** The report model of a comparison of territories (render it with `renderHtml` or `renderMarkdown`). */
export function buildComparisonReport(input: ComparisonReportInput): ReportDocument {
  const { comparison } = input;
  const sections: ReportSection[] = [
    {
      id: "figures",
      title: "Figures side by side",
      blocks: [
        {
          kind: "paragraph",
          text: "One row per territory. The number in brackets is the territory's rank for that figure (1 = largest value).",
        },
        ...COLUMN_GROUPS.map((group) => {
          const columns = comparison.columns.filter((c) => group.keys.includes(c.key));
          return {
            kind: "table" as const,
            caption: group.title,
            header: ["territory", ...columns.map((c) => c.label)],
            rows: comparison.rows.map((row) => [
              row.name,
              ...columns.map((c) =>
                row.figures[c.key] === null
                  ? "–"
                  : `${formatValue(row.figures[c.key])} (${row.ranks[c.key]})`,
              ),
            ]),
          };
        }),
        {
          kind: "list",
          items: comparison.columns.map((c) => `${c.label}: ${c.meaning}.`),
        },
      ],
    },
    { id: "standout", title: "What stands out", blocks: [{ kind: "list", items: comparison.standout }] },
  ];
  if (comparison.rows.some((row) => row.z !== null)) {
    const columns = comparison.columns.filter((c) => comparison.rows.some((row) => row.z?.[c.key] != null));
    sections.push({
      id: "null-models",
      title: "Against chance",
      blocks: [
        {
          kind: "paragraph",
          text: "How many standard deviations each figure lies from what random networks of the same territory give (same actors and numbers of partners; worlds shuffled for the world figures). Beyond ±2, chance alone rarely gives such a value.",
        },
        {
          kind: "table",
          header: ["territory", ...columns.map((c) => c.label)],
          rows: comparison.rows.map((row) => [
            row.name,
            ...columns.map((c) => formatValue(row.z?.[c.key] ?? null)),
          ]),
        },
      ],
    });
  }
  if (comparison.rows.some((row) => row.governance !== null))
    sections.push({
      id: "governance",
      title: "Governance readings",
      blocks: [
        {
          kind: "table",
          header: ["territory", "reading"],
          rows: comparison.rows.map((row) => [row.name, row.governance ?? "not available"]),
        },
      ],
    });
  const series: LorenzSeries[] = [];
  input.territories.forEach((territory, i) => {
    const points = lorenzChartPoints(territory.document.graph.lorenz.degree);
    if (points !== null)
      series.push({ name: territory.name, color: SERIES_COLORS[i % SERIES_COLORS.length]!, points });
  });
  if (series.length > 0)
    sections.push({
      id: "lorenz",
      title: "How unequal are alliances?",
      blocks: [
        {
          kind: "chart",
          svg: lorenzChart(series, { size: 380 }),
          caption:
            "Lorenz curves of the number of partners, one per territory: the further below the diagonal, the more a few actors hold the alliances.",
          fallback: {
            kind: "table",
            header: ["territory", "Gini of links"],
            rows: comparison.rows.map((row) => [row.name, formatValue(row.figures.giniDegree ?? null)]),
          },
        },
      ],
    });
  sections.push({
    id: "maps",
    title: "The territories at a glance",
    blocks: input.territories.map((territory) => ({
      kind: "chart" as const,
      svg: networkMap(territory.graph, {
        colors: worldColors(territory.graph.getAttribute("worlds")),
        width: 360,
        height: 280,
        labels: 5,
        ...(input.seed === undefined ? {} : { seed: input.seed }),
      }),
      caption: territory.name,
      fallback: {
        kind: "paragraph",
        text: `${territory.name}: ${territory.document.graph.nodes} actors, ${territory.document.graph.links} alliances.`,
      },
    })),
  });
  return {
    title: input.title ?? `Comparing ${comparison.rows.length} territories`,
    subtitle: comparison.rows.map((row) => row.name).join(", "),
    sections,
  };
}
