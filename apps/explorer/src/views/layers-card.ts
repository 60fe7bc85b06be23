/**
 * The kinds-of-alliance card (multiplex layers, one network per link type):
 * per kind its links, actors, density, betweenness centralization, effective
 * brokers and top brokers; how much the kinds share their links (Jaccard);
 * the layers reading; and a button per kind that shows only it on the map.
 * Shown only when the view holds at least two kinds.
 */
import type { AnalysisDocument, LayersDocument } from "@catalyse/core";
import { LAYER_COLUMNS, type Reading, type Translator } from "@catalyse/readings";
import { h } from "../dom.js";
import { LARGE_TERRITORY } from "../workers/analysis-protocol.js";
import { card, cardTable } from "./card.js";
import { formatNumber } from "./format.js";

export interface LayersCardInput {
  document: AnalysisDocument;
  readings: readonly Reading[];
  /** The one kind the filters show, or null when they show several. */
  onlyKind: string | null;
  /** The view holds several kinds but too many actors for the explorer to compare them. */
  skipped: boolean;
  onShowKind: (kind: string | null) => void;
  t: Translator;
}

/** Whether the document compares two kinds of alliance or more. */
export function hasLayers(
  document: AnalysisDocument,
): document is AnalysisDocument & { layers: LayersDocument } {
  return (document.layers?.layers.length ?? 0) >= 2;
}

export function layersCard({
  document,
  readings,
  onlyKind,
  skipped,
  onShowKind,
  t,
}: LayersCardInput): HTMLElement {
  const title = t.t("methods.layers.title");
  if (skipped && !hasLayers(document))
    return card(
      title,
      [],
      h("p", { class: "muted" }, t.t("explorer.layers.large", { max: LARGE_TERRITORY })),
      "layers-card",
    );
  if (onlyKind !== null || !hasLayers(document))
    return card(
      title,
      [],
      h(
        "div",
        {},
        h("p", { class: "muted" }, t.t("explorer.layers.one-shown", { kind: onlyKind ?? "" })),
        h(
          "button",
          { type: "button", class: "secondary", id: "show-every-kind", onClick: () => onShowKind(null) },
          t.t("explorer.layers.show-all"),
        ),
      ),
      "layers-card",
    );
  const { layers, overlaps } = document.layers;
  const labels = new Map(document.actors.map((actor) => [actor.id, actor.label] as const));
  const kindTable = cardTable(
    t.t("explorer.layers.caption"),
    "layers-table",
    [...LAYER_COLUMNS.map((id) => t.t(id)), t.t("explorer.layers.show")],
    layers.map((layer) => [
      layer.type,
      t.integer(layer.links),
      t.integer(layer.actors),
      formatNumber(layer.density, 3, t),
      formatNumber(layer.centralization.degree, 3, t),
      formatNumber(layer.centralization.betweenness, 3, t),
      formatNumber(layer.effectiveBrokers, 1, t),
      t.list(layer.topBrokers.map((id) => labels.get(id) ?? id)),
      h(
        "button",
        {
          type: "button",
          class: "link small",
          "data-kind": layer.type,
          "aria-label": t.t("explorer.layers.show-named", { kind: layer.type }),
          onClick: () => onShowKind(layer.type),
        },
        t.t("explorer.layers.show"),
      ),
    ]),
  );
  const kinds = layers.map((layer) => layer.type);
  const jaccard = new Map(
    overlaps.flatMap((o) => [
      [`${o.a}\u0000${o.b}`, o.links] as const,
      [`${o.b}\u0000${o.a}`, o.links] as const,
    ]),
  );
  const overlapTable = cardTable(
    t.t("methods.layers.overlap"),
    "overlap-table",
    [t.t("figure.layers.overlaps.a"), ...kinds],
    kinds.map((a) => [
      a,
      ...kinds.map((b) => (a === b ? "—" : formatNumber(jaccard.get(`${a}\u0000${b}`) ?? null, 2, t))),
    ]),
  );
  return card(
    title,
    readings,
    h("div", {}, kindTable, h("h4", {}, t.t("methods.layers.overlap")), overlapTable),
    "layers-card",
  );
}
