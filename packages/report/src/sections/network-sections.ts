/** Report sections drawn from the network itself: the map, the Lorenz curves and the world mixing. */
import { type AnalysisDocument, type TerritoryGraph, topShare } from "@catalyse/core";
import { type LorenzSeries, lorenzChart, lorenzChartPoints } from "../charts/lorenz-chart.js";
import { mixingHeatmap } from "../charts/mixing-heatmap.js";
import { networkMap } from "../charts/network-map.js";
import { formatShare } from "../format-number.js";
import { notAvailable, type ReportSection } from "../report-model.js";

export function mapSection(
  graph: TerritoryGraph,
  colors: ReadonlyMap<string, string>,
  seed?: number,
): ReportSection {
  const worlds = new Map<string, number>();
  graph.forEachNode((_key, attrs) => {
    worlds.set(attrs.world, (worlds.get(attrs.world) ?? 0) + 1);
  });
  const geographic = graph.order > 0 && graph.everyNode((_k, a) => a.lat !== null && a.lon !== null);
  return {
    id: "map",
    title: "The map of the network",
    blocks: [
      {
        kind: "chart",
        svg: networkMap(graph, { colors, ...(seed === undefined ? {} : { seed }) }),
        caption: `Each dot is an actor, coloured by its world and sized by its number of partners; each line an alliance. ${
          geographic
            ? "Actors are placed by their latitude and longitude."
            : "Actors close on the map are closely allied (ForceAtlas2 layout)."
        }`,
        fallback: {
          kind: "table",
          caption: "Actors per world",
          header: ["world", "actors"],
          rows: [...worlds].map(([world, count]) => [world, String(count)]),
        },
      },
    ],
  };
}

export function lorenzSection(document: AnalysisDocument): ReportSection {
  const figures = document.graph;
  const series: LorenzSeries[] = [];
  const degreePoints = lorenzChartPoints(figures.lorenz.degree);
  if (degreePoints !== null) series.push({ name: "alliances", color: "#4e79a7", points: degreePoints });
  const betweennessPoints = lorenzChartPoints(figures.lorenz.betweenness);
  if (betweennessPoints !== null)
    series.push({ name: "brokerage", color: "#e15759", points: betweennessPoints });
  if (series.length === 0)
    return {
      id: "lorenz",
      title: "Who holds the network together",
      blocks: [notAvailable("The Lorenz curve")],
    };
  // Degree shares by core's rule (top ⌈f·n⌉ actors), the rule of the document's betweenness shares.
  const degrees = document.actors.map((actor) => actor.degree);
  const shares = figures.betweennessShares;
  const rows = (
    [
      [0.01, shares.top1],
      [0.05, shares.top5],
      [0.1, shares.top10],
    ] as const
  ).map(([fraction, brokerage]) => [
    `top ${fraction * 100}% of actors`,
    formatShare(topShare(degrees, fraction)),
    brokerage === null ? "not available" : formatShare(brokerage),
  ]);
  return {
    id: "lorenz",
    title: "Who holds the network together",
    blocks: [
      {
        kind: "chart",
        svg: lorenzChart(series),
        caption:
          "Actors sorted from the least to the most central. On the dashed diagonal everyone holds an equal share; the further a curve sags below it, the more a few actors hold.",
        fallback: { kind: "paragraph", text: "Shares held by the most central actors:" },
      },
      { kind: "table", header: ["", "share of alliances", "share of brokerage"], rows },
    ],
  };
}

export function mixingSection(document: AnalysisDocument): ReportSection {
  const matrix = document.graph.worlds.mixing;
  if (matrix === null)
    return {
      id: "mixing",
      title: "Do the worlds talk to each other?",
      blocks: [
        { kind: "paragraph", text: "There is only one world or no alliance, so there is no mixing to show." },
      ],
    };
  return {
    id: "mixing",
    title: "Do the worlds talk to each other?",
    blocks: [
      {
        kind: "chart",
        svg: mixingHeatmap({ worlds: matrix.worlds, counts: matrix.counts }),
        caption:
          "Number of alliances between each pair of worlds; the diagonal counts alliances within a world. Darker cells hold more alliances.",
        fallback: {
          kind: "table",
          caption: "Alliances between worlds",
          header: ["", ...matrix.worlds],
          rows: matrix.counts.map((row, i) => [matrix.worlds[i]!, ...row.map(String)]),
        },
      },
    ],
  };
}
