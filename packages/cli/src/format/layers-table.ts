/**
 * The `analyze --by-type` table: one row per kind of alliance, the overlaps,
 * and whether the kinds rest on different actors.
 *
 * NOTE: the sentences sit in LAYERS_TEXTS so that they move to the
 * `@catalyse/readings` catalogue (methods.{en,fr}.ts) in one step.
 */
import type { LayersDocument } from "@catalyse/core";
import { formatNumber, formatTable } from "./table.js";

const LAYERS_TEXTS = {
  title: "Kinds of alliance (one network per link type)",
  overlap: "Shared links between kinds (Jaccard: 1 = the same links, 0 = none shared)",
  different: (overlap: string) =>
    `The kinds of alliance rest on different actors: their top brokers overlap little (mean Jaccard ${overlap}).`,
  same: (overlap: string) =>
    `The kinds of alliance rest on the same actors: their top brokers are largely shared (mean Jaccard ${overlap}).`,
  undecided: "Too few kinds of alliance with brokers to say whether they rest on different actors.",
};

export function formatLayersTable(layers: LayersDocument): string {
  const fmt = (value: number | null) => (value === null ? "–" : formatNumber(value));
  const rows = layers.layers.map((layer) => [
    layer.type,
    layer.links,
    layer.actors,
    layer.density,
    layer.centralization.degree,
    layer.centralization.betweenness,
    layer.effectiveBrokers,
    layer.topBrokers.join(", "),
  ]);
  const lines = [
    LAYERS_TEXTS.title,
    "",
    formatTable(
      [
        "type",
        "links",
        "actors",
        "density",
        "degree centr.",
        "betweenness centr.",
        "effective brokers",
        "top brokers",
      ],
      rows,
    ),
    LAYERS_TEXTS.overlap,
    "",
    formatTable(
      ["", "", "links", "brokers"],
      layers.overlaps.map((overlap) => [overlap.a, overlap.b, overlap.links, overlap.brokers]),
    ),
    layers.differentActors === null
      ? LAYERS_TEXTS.undecided
      : layers.differentActors
        ? LAYERS_TEXTS.different(fmt(layers.brokerOverlap))
        : LAYERS_TEXTS.same(fmt(layers.brokerOverlap)),
  ];
  return `${lines.join("\n")}\n`;
}
