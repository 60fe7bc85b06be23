/**
 * Directed territories (funding flows, referrals): reciprocity (share of
 * links returned, `nx.overall_reciprocity`) and the triad census (every
 * triple of actors by its link pattern, MAN code as `nx.triadic_census`).
 * Shown only when the territory is directed (core leaves both null otherwise).
 */
import { type AnalysisDocument, TRIAD_TYPES } from "@catalyse/core";
import type { Reading, Translator } from "@catalyse/readings";
import { h } from "../dom.js";
import { card, cardTable } from "./card.js";
import { formatNumber } from "./format.js";

/** Whether the document carries directed figures. */
export function isDirectedDocument(document: AnalysisDocument): boolean {
  return document.graph.reciprocity != null || document.graph.triadCensus != null;
}

export function directedCard(
  document: AnalysisDocument,
  readings: readonly Reading[],
  t: Translator,
): HTMLElement {
  const census = document.graph.triadCensus ?? null;
  return card(
    t.t("explorer.middle.directed"),
    readings,
    h(
      "div",
      {},
      h(
        "dl",
        { class: "figures" },
        h("dt", {}, t.t("explorer.directed.reciprocity")),
        h("dd", { "data-figure": "reciprocity" }, formatNumber(document.graph.reciprocity ?? null, 3, t)),
      ),
      census === null
        ? null
        : cardTable(
            t.t("explorer.directed.census"),
            "triad-table",
            [t.t("explorer.directed.code"), t.t("explorer.directed.triads")],
            TRIAD_TYPES.map((code) => [code, t.integer(census[code])]),
          ),
    ),
    "directed-card",
  );
}
