/** A half-circle gauge for a figure in [0, 1] (centralization), SVG. */

import type { Translator } from "@catalyse/readings";
import { scaleLinear } from "d3-scale";
import { arc } from "d3-shape";
import { s } from "../../dom.js";

export function gaugeChart(label: string, value: number | null, t: Translator, width = 128): SVGSVGElement {
  const height = width * 0.68;
  const radius = width / 2 - 8;
  const angle = scaleLinear()
    .domain([0, 1])
    .range([-Math.PI / 2, Math.PI / 2])
    .clamp(true);
  const shape = arc<{ start: number; end: number }>()
    .innerRadius(radius * 0.68)
    .outerRadius(radius)
    .startAngle((d) => d.start)
    .endAngle((d) => d.end);
  const cx = width / 2;
  const cy = radius + 8;
  return s(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-label": `${label}: ${value === null ? t.t("explorer.chart.gauge.undefined") : t.number(value)}`,
      class: "chart gauge",
    },
    s("path", {
      d: shape({ start: angle(0), end: angle(1) }) ?? "",
      transform: `translate(${cx},${cy})`,
      class: "gauge-track",
    }),
    value === null
      ? null
      : s("path", {
          d: shape({ start: angle(0), end: angle(value) }) ?? "",
          transform: `translate(${cx},${cy})`,
          class: "gauge-value",
        }),
    s(
      "text",
      { x: cx, y: cy - 4, "text-anchor": "middle", class: "gauge-number" },
      t.number(value, { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
    ),
    s("text", { x: cx, y: height - 2, "text-anchor": "middle", class: "gauge-label" }, label),
  );
}
