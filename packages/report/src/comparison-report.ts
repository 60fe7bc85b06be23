/**
 * The comparison report of several territories: their figures side by side
 * with ranks, what stands out, z-scores against null models when computed,
 * the inequality of alliances in each (Lorenz curves), and a small map of
 * each.
 */
import {
  type AnalysisDocument,
  type ComparisonResult,
  SAME_WORLD_QAP_DEFAULTS,
  type TerritoryGraph,
} from "@catalyse/core";
import { comparisonReadings, createTranslator, type Lang, type MessageId } from "@catalyse/readings";
import { type LorenzSeries, lorenzChart, lorenzChartPoints } from "./charts/lorenz-chart.js";
import { networkMap } from "./charts/network-map.js";
import { columnLabel, governanceLabel } from "./comparison-columns.js";
import { qapSameWorldCells } from "./qap-cells.js";
import type { ReportDocument, ReportSection } from "./report-model.js";
import { glossarySection } from "./sections/glossary-section.js";
import { worldColors } from "./world-colors.js";

/** What `buildComparisonReport` reads: the analysed territories and their comparison. */
export interface ComparisonReportInput {
  title?: string;
  territories: { name: string; graph: TerritoryGraph; document: AnalysisDocument }[];
  comparison: ComparisonResult;
  seed?: number;
  /** The report's language. Default English. */
  lang?: Lang;
  /** The dyad cap the comparison's same-world QAP was held against. Default SAME_WORLD_QAP_DEFAULTS.maxDyads. */
  qapMaxDyads?: number;
}

/** The compare columns in three tables narrow enough for A4. */
const COLUMN_GROUPS: readonly { title: MessageId; keys: readonly string[] }[] = [
  { title: "report.comparison.size", keys: ["nodes", "links", "density", "components", "modularity"] },
  {
    title: "report.comparison.middle",
    keys: [
      "centralizationDegree",
      "centralizationBetweenness",
      "centralizationCloseness",
      "giniDegree",
      "giniBetweenness",
      "effectiveBrokers",
      "topBrokerShare",
      "corePeripheryFit",
    ],
  },
  {
    title: "report.comparison.worlds",
    keys: ["eiIndex", "assortativity", "crossWorldShare", "qapSameWorld"],
  },
  {
    title: "report.comparison.collectives",
    keys: ["collectives", "collectiveMemberShare", "collectiveBrokerageShare"],
  },
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
  const lang = input.lang ?? "en";
  const t = createTranslator(lang);
  const territory = t.t("report.comparison.territory");
  const sections: ReportSection[] = [
    {
      id: "figures",
      title: t.t("report.comparison.figures"),
      blocks: [
        { kind: "paragraph", text: t.t("report.comparison.figures-intro") },
        // A group no territory has a figure for (collectives in territories without any) is left out.
        ...COLUMN_GROUPS.filter((group) =>
          comparison.rows.some((row) => group.keys.some((key) => (row.figures[key] ?? null) !== null)),
        ).map((group) => {
          const columns = comparison.columns.filter((c) => group.keys.includes(c.key));
          return {
            kind: "table" as const,
            caption: t.t(group.title),
            header: [territory, ...columns.map((c) => columnLabel(c.key, t))],
            rows: comparison.rows.map((row) => [
              row.name,
              ...columns.map((c) =>
                row.figures[c.key] === null
                  ? t.number(null)
                  : `${t.number(row.figures[c.key])} (${row.ranks[c.key]})`,
              ),
            ]),
          };
        }),
      ],
    },
    {
      id: "standout",
      title: t.t("report.comparison.standout"),
      blocks: [
        { kind: "list", items: comparisonReadings(comparison, { lang }).map((reading) => reading.text) },
      ],
    },
  ];
  if (comparison.rows.some((row) => row.z !== null)) {
    const columns = comparison.columns.filter((c) => comparison.rows.some((row) => row.z?.[c.key] != null));
    sections.push({
      id: "null-models",
      title: t.t("report.comparison.null"),
      blocks: [
        { kind: "paragraph", text: t.t("report.comparison.null-intro") },
        {
          kind: "table",
          header: [territory, ...columns.map((c) => columnLabel(c.key, t))],
          rows: comparison.rows.map((row) => [
            row.name,
            ...columns.map((c) => t.number(row.z?.[c.key] ?? null)),
          ]),
        },
      ],
    });
  }
  const qap = comparison.rows.find((row) => row.qap?.status === "computed")?.qap;
  if (comparison.rows.some((row) => row.qap !== null))
    sections.push({
      id: "qap",
      title: t.t("report.qap.title"),
      blocks: [
        ...(qap?.status === "computed"
          ? [
              {
                kind: "paragraph" as const,
                text: t.t("methods.qap.same-world.title", {
                  permutations: qap.permutations,
                  seed: qap.seed,
                  max: t.integer(input.qapMaxDyads ?? SAME_WORLD_QAP_DEFAULTS.maxDyads),
                }),
              },
            ]
          : []),
        {
          kind: "table",
          header: [
            territory,
            t.t("figure.qap.coefficients"),
            t.t("figure.qap.pValues"),
            t.t("report.qap.note"),
          ],
          rows: comparison.rows.map((row) => {
            const cells = qapSameWorldCells(row.qap, t);
            return [
              row.name,
              t.number(cells.coefficient, { maximumFractionDigits: 4 }),
              cells.p ?? t.number(null),
              cells.note,
            ];
          }),
        },
      ],
    });
  if (comparison.rows.some((row) => row.governance !== null))
    sections.push({
      id: "governance",
      title: t.t("report.comparison.governance"),
      blocks: [
        {
          kind: "table",
          header: [territory, t.t("figure.graph.governance.form")],
          rows: comparison.rows.map((row) => [
            row.name,
            governanceLabel(row.governance, t) ?? t.number(null),
          ]),
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
      title: t.t("report.comparison.lorenz"),
      blocks: [
        {
          kind: "chart",
          svg: lorenzChart(series, {
            size: 380,
            label: t.t("report.lorenz.aria", { names: t.list(series.map((s) => s.name)) }),
            axis: t.t("report.lorenz.axis"),
          }),
          caption: t.t("report.comparison.lorenz-caption"),
          fallback: {
            kind: "table",
            header: [territory, t.t("figure.graph.gini.degree")],
            rows: comparison.rows.map((row) => [row.name, t.number(row.figures.giniDegree ?? null)]),
          },
        },
      ],
    });
  sections.push({
    id: "maps",
    title: t.t("report.comparison.maps"),
    blocks: input.territories.map((territory) => ({
      kind: "chart" as const,
      svg: networkMap(territory.graph, {
        colors: worldColors(territory.graph.getAttribute("worlds")),
        width: 360,
        height: 280,
        labels: 5,
        label: t.t("report.map.aria", { actors: territory.graph.order }),
        ...(input.seed === undefined ? {} : { seed: input.seed }),
      }),
      caption: territory.name,
      fallback: {
        kind: "paragraph",
        text: t.t("report.comparison.map-fallback", {
          name: territory.name,
          actors: territory.document.graph.nodes,
          links: territory.document.graph.links,
        }),
      },
    })),
  });
  sections.push(glossarySection(t));
  return {
    lang,
    title: input.title ?? t.t("report.comparison.title", { count: comparison.rows.length }),
    subtitle: comparison.rows.map((row) => row.name).join(", "),
    sections,
  };
}
