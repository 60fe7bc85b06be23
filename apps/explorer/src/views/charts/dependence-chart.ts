/** The dependence curve: connectivity left after removing the top brokers one by one (SVG). */

import type { Translator } from "@catalyse/readings";
import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import type { DependencePoint } from "../../analysis/explorer-analysis.js";
import { s } from "../../dom.js";

const SERIES = [
  { key: "connectedPairs", label: "explorer.chart.dependence.pairs", className: "series-a" },
  { key: "crossWorldPairs", label: "explorer.chart.dependence.cross", className: "series-b" },
  { key: "largestComponent", label: "explorer.chart.dependence.largest", className: "series-c" },
] as const;

export function dependenceChart(
  points: readonly DependencePoint[],
  t: Translator,
  width = 320,
  height = 250,
): SVGSVGElement {
  // The legend sits in rows under the axis title, never on it.
  const margin = { top: 10, right: 12, bottom: 94, left: 40 };
  const x = scalePoint<number>()
    .domain(points.map((p) => p.removed))
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - margin.bottom, margin.top]);
  return s(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-label": t.t("explorer.chart.dependence"),
      class: "chart dependence",
    },
    [0, 0.5, 1].map((tick) => [
      s("line", { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: "grid" }),
      s("text", { x: margin.left - 6, y: y(tick) + 4, "text-anchor": "end", class: "tick" }, t.percent(tick)),
    ]),
    points.map((p) =>
      s(
        "text",
        { x: x(p.removed) ?? 0, y: height - margin.bottom + 14, "text-anchor": "middle", class: "tick" },
        String(p.removed),
      ),
    ),
    s(
      "text",
      {
        x: (width + margin.left) / 2,
        y: height - margin.bottom + 28,
        "text-anchor": "middle",
        class: "axis-label",
      },
      t.t("explorer.chart.dependence.x"),
    ),
    SERIES.map((series, i) => {
      const defined = points.filter((p) => p[series.key] !== null);
      const d = line<DependencePoint>()
        .x((p) => x(p.removed) ?? 0)
        .y((p) => y(p[series.key] ?? 0))(defined);
      return [
        s("path", { d: d ?? "", class: `series ${series.className}` }),
        // A sample of the line itself: each series also has its own dash pattern.
        s("line", {
          x1: margin.left,
          x2: margin.left + 24,
          y1: height - 50 + i * 16,
          y2: height - 50 + i * 16,
          class: `series ${series.className}`,
        }),
        s("text", { x: margin.left + 30, y: height - 46 + i * 16, class: "tick" }, t.t(series.label)),
      ];
    }),
  );
}
