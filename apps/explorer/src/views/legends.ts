/** Colour and size legends, drawn from the same scales as the graph (visual-graph.ts). */
import type { Translator } from "@catalyse/readings";
import { h, s } from "../dom.js";
import { METRICS } from "../state/metrics.js";
import { formatNumber } from "./format.js";
import { metricLabel } from "./metric-texts.js";
import type { ColourLegendEntry, SizeLegend } from "./visual-graph.js";
import { worldMark } from "./world-shapes.js";

const MAX_ENTRIES = 12;

export function renderLegends(
  colour: ColourLegendEntry[],
  size: SizeLegend,
  colourTitle: string,
  /** The dataset's worlds when colours mean worlds (each then gets its shape too), else null. */
  worlds: readonly string[] | null,
  t: Translator,
): HTMLElement {
  const metric = METRICS.find((m) => m.key === size.metric);
  const metricName = metricLabel(t, size.metric);
  // Community entries are named in the page's language; worlds keep their own names.
  const name = (entry: ColourLegendEntry) =>
    entry.community === undefined
      ? entry.label
      : entry.community === null
        ? t.t("explorer.legend.no-community")
        : t.t("explorer.legend.community-n", { n: entry.community + 1 });
  const shown = colour.slice(0, MAX_ENTRIES);
  const rest = colour.slice(MAX_ENTRIES).reduce((sum, entry) => sum + entry.count, 0);
  const maxSize = Math.max(...size.ticks.map((tick) => tick.size), 1);
  return h(
    "div",
    { class: "legends" },
    h(
      "div",
      {
        class: "legend colour-legend",
        role: "group",
        "aria-label": t.t("explorer.legend.colour", { title: colourTitle }),
      },
      h("h4", {}, colourTitle),
      h(
        "ul",
        {},
        shown.map((entry) =>
          h(
            "li",
            { "data-legend": entry.label, "data-colour": entry.colour },
            worlds
              ? worldMark(entry.label, worlds, entry.colour)
              : h("span", { class: "swatch", style: `background:${entry.colour}` }),
            h("span", { class: "legend-label" }, name(entry)),
            h("span", { class: "count" }, t.integer(entry.count)),
          ),
        ),
        rest > 0
          ? h(
              "li",
              { class: "muted" },
              t.t("explorer.legend.more", { count: colour.length - MAX_ENTRIES, actors: rest }),
            )
          : null,
      ),
    ),
    h(
      "div",
      { class: "legend size-legend", role: "group", "aria-label": t.t("explorer.legend.size") },
      h("h4", {}, t.t("explorer.legend.size-by", { metric: metricName })),
      size.pending
        ? h("p", { class: "muted" }, t.t("explorer.legend.waiting"))
        : s(
            "svg",
            {
              width: 200,
              height: maxSize * 2 + 22,
              role: "img",
              "aria-label": t.t("explorer.legend.size-by.long", { metric: metricName }),
            },
            size.ticks.map((tick, i) =>
              s(
                "g",
                { transform: `translate(${20 + i * 62},${maxSize + 2})` },
                s("circle", { r: tick.size, cx: 0, cy: 0, class: "size-dot" }),
                s(
                  "text",
                  { x: 0, y: maxSize + 16, "text-anchor": "middle", class: "tick" },
                  formatNumber(tick.value, metric?.digits ?? 2, t),
                ),
              ),
            ),
          ),
    ),
  );
}
