/** Report sections drawn from the network itself: the map, the Lorenz curves and the world mixing. */
import { type AnalysisDocument, type TerritoryGraph, topShare } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";
import { type LorenzSeries, lorenzChart, lorenzChartPoints } from "../charts/lorenz-chart.js";
import { mixingHeatmap } from "../charts/mixing-heatmap.js";
import { networkMap } from "../charts/network-map.js";
import { notAvailable, type ReportSection } from "../report-model.js";

export function mapSection(
  graph: TerritoryGraph,
  colors: ReadonlyMap<string, string>,
  t: Translator,
  seed?: number,
): ReportSection {
  const worlds = new Map<string, number>();
  graph.forEachNode((_key, attrs) => {
    worlds.set(attrs.world, (worlds.get(attrs.world) ?? 0) + 1);
  });
  const geographic = graph.order > 0 && graph.everyNode((_k, a) => a.lat !== null && a.lon !== null);
  return {
    id: "map",
    title: t.t("report.map.title"),
    blocks: [
      {
        kind: "chart",
        svg: networkMap(graph, {
          colors,
          label: t.t("report.map.aria", { actors: graph.order }),
          ...(seed === undefined ? {} : { seed }),
        }),
        caption: t.t("report.map.caption", { geographic: geographic ? "yes" : "no" }),
        fallback: {
          kind: "table",
          caption: t.t("report.map.per-world"),
          header: [t.t("figure.actor.world"), t.t("figure.graph.nodes")],
          rows: [...worlds].map(([world, count]) => [world, t.integer(count)]),
        },
      },
    ],
  };
}

/** Shares of the top 1 %, 5 % and 10 %: only those that are at least two actors (one actor is named by the readings). */
const TOP_FRACTIONS = [
  [0.01, "top1"],
  [0.05, "top5"],
  [0.1, "top10"],
] as const;

export function lorenzSection(document: AnalysisDocument, t: Translator): ReportSection {
  const figures = document.graph;
  const title = t.t("report.lorenz.title");
  const series: LorenzSeries[] = [];
  const degreePoints = lorenzChartPoints(figures.lorenz.degree);
  if (degreePoints !== null)
    series.push({ name: t.t("report.lorenz.links"), color: "#4e79a7", points: degreePoints });
  const betweennessPoints = lorenzChartPoints(figures.lorenz.betweenness);
  if (betweennessPoints !== null)
    series.push({ name: t.t("report.lorenz.brokerage"), color: "#e15759", points: betweennessPoints });
  if (series.length === 0) return { id: "lorenz", title, blocks: [notAvailable(t)] };
  // Degree shares by core's rule (top ⌈f·n⌉ actors), the rule of the document's betweenness shares.
  const degrees = document.actors.map((actor) => actor.degree);
  const n = degrees.length;
  const rows = TOP_FRACTIONS.filter(([fraction]) => Math.ceil(fraction * n) >= 2).map(([fraction, key]) => [
    t.t("report.lorenz.top", { share: t.percent(fraction), count: Math.ceil(fraction * n) }),
    t.percent(topShare(degrees, fraction)),
    t.percent(figures.betweennessShares[key]),
  ]);
  return {
    id: "lorenz",
    title,
    blocks: [
      {
        kind: "chart",
        svg: lorenzChart(series, {
          label: t.t("report.lorenz.aria", { names: t.list(series.map((s) => s.name)) }),
          axis: t.t("report.lorenz.axis"),
        }),
        caption: t.t("report.lorenz.caption"),
        fallback: { kind: "paragraph", text: t.t("report.lorenz.shares") },
      },
      ...(rows.length === 0
        ? []
        : [
            {
              kind: "table" as const,
              header: ["", t.t("report.lorenz.share-of-links"), t.t("report.lorenz.share-of-brokerage")],
              rows,
            },
          ]),
    ],
  };
}

export function mixingSection(document: AnalysisDocument, t: Translator): ReportSection {
  const matrix = document.graph.worlds.mixing;
  const title = t.t("report.mixing.title");
  if (matrix === null)
    return { id: "mixing", title, blocks: [{ kind: "paragraph", text: t.t("report.mixing.none") }] };
  return {
    id: "mixing",
    title,
    blocks: [
      {
        kind: "chart",
        svg: mixingHeatmap(
          { worlds: matrix.worlds, counts: matrix.counts },
          { label: t.t("report.mixing.aria", { n: matrix.worlds.length }) },
        ),
        caption: t.t("report.mixing.caption"),
        fallback: {
          kind: "table",
          caption: t.t("report.mixing.table"),
          header: ["", ...matrix.worlds],
          rows: matrix.counts.map((row, i) => [matrix.worlds[i]!, ...row.map((count) => t.integer(count))]),
        },
      },
    ],
  };
}
