/**
 * A card of the territory panel: its title, the readings of its subject
 * printed verbatim, its body, and a "Download SVG" button when the body holds
 * a chart.
 */
import type { Reading } from "@catalyse/readings";
import { h } from "../dom.js";

export function card(
  title: string,
  readings: readonly Reading[],
  body: Element | null,
  className: string,
  /** The label of the chart's download button (cards without a chart have none). */
  download = "",
): HTMLElement {
  return h(
    "article",
    { class: `card ${className}` },
    h("h3", {}, title),
    readings.map((reading) => h("p", { class: "reading", "data-reading": reading.id }, reading.text)),
    body,
    body?.querySelector("svg") || body instanceof SVGSVGElement
      ? h(
          "button",
          {
            type: "button",
            class: "link small chart-svg",
            "data-chart-svg": className.replace(/-card$/, ""),
          },
          download,
        )
      : null,
  );
}

/** A table in a keyboard-scrollable region named by its caption (axe: scrollable regions are focusable). */
export function cardTable(
  caption: string,
  className: string,
  headers: readonly (string | Node)[],
  rows: readonly (readonly (string | Node)[])[],
): HTMLElement {
  return h(
    "div",
    { class: "table-scroll", tabindex: "0", role: "region", "aria-label": caption },
    h(
      "table",
      { class: className },
      h("caption", { class: "visually-hidden" }, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          headers.map((header) => h("th", { scope: "col" }, header)),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map(([first, ...rest]) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, first ?? ""),
            rest.map((cell) => h("td", {}, cell)),
          ),
        ),
      ),
    ),
  );
}
