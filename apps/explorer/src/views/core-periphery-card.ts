/**
 * The core–periphery card (Borgatti & Everett 1999): the discrete core's fit
 * and size, its actors, the reading, and a toggle that highlights the core
 * on the map. Coreness itself is a metric (actors table, actor panel, size).
 */
import type { AnalysisDocument } from "@catalyse/core";
import type { Reading, Translator } from "@catalyse/readings";
import { h } from "../dom.js";
import { card } from "./card.js";
import { formatNumber } from "./format.js";

/** Core actors listed by name at most; the map shows them all. */
const LISTED = 24;

export interface CorePeripheryCardInput {
  document: AnalysisDocument;
  readings: readonly Reading[];
  highlighted: boolean;
  onHighlight: (on: boolean) => void;
  t: Translator;
}

export function corePeripheryCard({
  document,
  readings,
  highlighted,
  onHighlight,
  t,
}: CorePeripheryCardInput): HTMLElement {
  const figures = document.graph.corePeriphery ?? null;
  const title = t.t("explorer.middle.core-periphery");
  if (figures === null)
    return card(title, readings, h("p", { class: "muted" }, t.t("explorer.core.none")), "core-card");
  const labels = new Map(document.actors.map((actor) => [actor.id, actor.label] as const));
  const names = figures.core.map((id) => labels.get(id) ?? id);
  const body = h(
    "div",
    {},
    h(
      "dl",
      { class: "figures" },
      h("dt", {}, t.t("figure.graph.corePeriphery.fit")),
      h("dd", { "data-figure": "fit" }, formatNumber(figures.fit, 3, t)),
      h("dt", {}, t.t("figure.graph.corePeriphery.core")),
      h(
        "dd",
        { "data-figure": "core" },
        t.t("explorer.core.size", { core: figures.core.length, actors: document.actors.length }),
      ),
    ),
    names.length > 0
      ? h(
          "p",
          { class: "names core-names" },
          t.list(names.slice(0, LISTED)),
          names.length > LISTED ? " …" : "",
        )
      : null,
    h(
      "button",
      {
        type: "button",
        id: "highlight-core",
        class: "secondary",
        "aria-pressed": String(highlighted),
        disabled: figures.core.length === 0,
        onClick: () => onHighlight(!highlighted),
      },
      t.t("explorer.core.highlight"),
    ),
  );
  return card(title, readings, body, "core-card");
}
