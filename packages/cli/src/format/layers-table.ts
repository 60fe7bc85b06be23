/**
 * The `analyze --by-type` tables: one row per kind of alliance, then the
 * overlaps between kinds. Headers are the one `figure.*` table's labels; the
 * reading (do the kinds rest on different actors?) is one of the analysis
 * readings, printed with them. Brokers are shown by label.
 */
import type { AnalysisDocument, LayersDocument } from "@catalyse/core";
import { LAYER_COLUMNS, type Translator } from "@catalyse/readings";
import { formatTable } from "./table.js";

export function formatLayersTable(layers: LayersDocument, document: AnalysisDocument, t: Translator): string {
  const labels = new Map(document.actors.map((actor) => [actor.id, actor.label]));
  const rows = layers.layers.map((layer) => [
    layer.type,
    layer.links,
    layer.actors,
    layer.density,
    layer.centralization.degree,
    layer.centralization.betweenness,
    layer.effectiveBrokers,
    layer.topBrokers.map((id) => labels.get(id) ?? id).join(", "),
  ]);
  const lines = [
    t.t("methods.layers.title"),
    "",
    formatTable(
      LAYER_COLUMNS.map((id) => t.t(id)),
      rows,
      t,
    ),
    t.t("methods.layers.overlap"),
    "",
    formatTable(
      [
        t.t("figure.layers.overlaps.a"),
        t.t("figure.layers.overlaps.b"),
        t.t("figure.layers.overlaps.links"),
        t.t("figure.layers.overlaps.brokers"),
      ],
      layers.overlaps.map((overlap) => [overlap.a, overlap.b, overlap.links, overlap.brokers]),
      t,
    ),
  ];
  return `${lines.join("\n")}`;
}
