/** Colour and size legends, drawn from the same scales as the graph (visual-graph.ts). */
import { h, s } from "../dom.js";
import { METRICS } from "../state/metrics.js";
import { formatNumber } from "./format.js";
import type { ColourLegendEntry, SizeLegend } from "./visual-graph.js";
import { worldMark } from "./world-shapes.js";

const MAX_ENTRIES = 12;

export function renderLegends(
  colour: ColourLegendEntry[],
  size: SizeLegend,
  colourTitle: string,
  /** The dataset's worlds when colours mean worlds (each then gets its shape too), else null. */
  worlds: readonly string[] | null,
): HTMLElement {
  const metric = METRICS.find((m) => m.key === size.metric);
  const shown = colour.slice(0, MAX_ENTRIES);
  const rest = colour.slice(MAX_ENTRIES).reduce((sum, entry) => sum + entry.count, 0);
  const maxSize = Math.max(...size.ticks.map((tick) => tick.size), 1);
  return h(
    "div",
    { class: "legends" },
    h(
      "div",
      { class: "legend colour-legend", role: "group", "aria-label": `Colour legend: ${colourTitle}` },
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
            h("span", { class: "legend-label" }, entry.label),
            h("span", { class: "count" }, String(entry.count)),
          ),
        ),
        rest > 0
          ? h("li", { class: "muted" }, `… ${colour.length - MAX_ENTRIES} more (${rest} actors)`)
          : null,
      ),
    ),
    h(
      "div",
      { class: "legend size-legend", role: "group", "aria-label": "Size legend" },
      h("h4", {}, `Size: ${metric?.label ?? size.metric}`),
      size.pending
        ? h("p", { class: "muted" }, "waiting for the analysis…")
        : s(
            "svg",
            {
              width: 200,
              height: maxSize * 2 + 22,
              role: "img",
              "aria-label": `Node size by ${metric?.label ?? size.metric}`,
            },
            size.ticks.map((tick, i) =>
              s(
                "g",
                { transform: `translate(${20 + i * 62},${maxSize + 2})` },
                s("circle", { r: tick.size, cx: 0, cy: 0, class: "size-dot" }),
                s(
                  "text",
                  { x: 0, y: maxSize + 16, "text-anchor": "middle", class: "tick" },
                  formatNumber(tick.value, metric?.digits ?? 2),
                ),
              ),
            ),
          ),
    ),
  );
}
