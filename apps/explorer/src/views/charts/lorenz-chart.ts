/** Lorenz curve of a centrality (SVG, d3-scale + d3-shape), with the equality diagonal. */
import type { LorenzPoint } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { s } from "../../dom.js";

export function lorenzChart(
  points: readonly LorenzPoint[],
  t: Translator,
  width = 300,
  height = 230,
): SVGSVGElement {
  const margin = { top: 10, right: 20, bottom: 34, left: 52 };
  const x = scaleLinear()
    .domain([0, 1])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - margin.bottom, margin.top]);
  const path = line<LorenzPoint>()
    .x((p) => x(p.population))
    .y((p) => y(p.share))(points as LorenzPoint[]);
  const ticks = [0, 0.5, 1];
  return s(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-label": t.t("explorer.chart.lorenz"),
      class: "chart lorenz",
    },
    s("rect", {
      x: margin.left,
      y: margin.top,
      width: x(1) - x(0),
      height: y(0) - y(1),
      class: "chart-frame",
    }),
    s("line", { x1: x(0), y1: y(0), x2: x(1), y2: y(1), class: "equality" }),
    s("path", { d: path ?? "", class: "lorenz-line" }),
    ticks.map((tick) => [
      s(
        "text",
        { x: x(tick), y: height - margin.bottom + 14, "text-anchor": "middle", class: "tick" },
        t.percent(tick),
      ),
      s("text", { x: margin.left - 6, y: y(tick) + 4, "text-anchor": "end", class: "tick" }, t.percent(tick)),
    ]),
    s(
      "text",
      { x: (x(0) + x(1)) / 2, y: height - 4, "text-anchor": "middle", class: "axis-label" },
      t.t("explorer.chart.lorenz.x"),
    ),
    s(
      "text",
      {
        x: 12,
        y: (y(0) + y(1)) / 2,
        transform: `rotate(-90 12 ${(y(0) + y(1)) / 2})`,
        "text-anchor": "middle",
        class: "axis-label",
      },
      t.t("explorer.chart.lorenz.y"),
    ),
  );
}
