/**
 * The `analyze --by-type` table: one row per kind of alliance, the overlaps,
 * and whether the kinds rest on different actors (the `methods.layers.*` readings).
 */
import type { LayersDocument } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";
import { formatTable } from "./table.js";

export function formatLayersTable(layers: LayersDocument, t: Translator): string {
  const overlap = layers.brokerOverlap === null ? "–" : t.number(layers.brokerOverlap);
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
    t.t("methods.layers.title"),
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
      t,
    ),
    t.t("methods.layers.overlap"),
    "",
    formatTable(
      ["", "", "links", "brokers"],
      layers.overlaps.map((overlap) => [overlap.a, overlap.b, overlap.links, overlap.brokers]),
      t,
    ),
    layers.differentActors === null
      ? t.t("methods.layers.undecided")
      : t.t(layers.differentActors ? "methods.layers.different" : "methods.layers.same", { overlap }),
  ];
  return `${lines.join("\n")}\n`;
}
