/**
 * The timeline chart: actors and links at each step (left axis), so a reader
 * sees the territory grow, shrink or rewire; years along the bottom.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { px, svgRoot, text } from "./svg.js";

/** One figure over the years. */
export interface TimelineSeries {
  name: string;
  color: string;
  values: number[];
}

/** Figures over the years as an inline SVG line chart. */
export function timelineChart(
  years: readonly number[],
  series: readonly TimelineSeries[],
  options: { label?: string } = {},
): string {
  const width = 640;
  const height = 240;
  const margin = { top: 28, right: 16, bottom: 28, left: 44 };
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first + 1;
  const x = scaleLinear()
    .domain([first, last === first ? first + 1 : last])
    .range([margin.left, width - margin.right]);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<number>()
    .x((_v, i) => x(years[i]!))
    .y((v) => y(v));
  const yTicks = y.ticks(5);
  const xTicks = years.length <= 12 ? years : x.ticks(10).filter(Number.isInteger);
  const grid =
    yTicks
      .map(
        (t) =>
          `<line x1="${margin.left}" x2="${width - margin.right}" y1="${px(y(t))}" y2="${px(y(t))}" class="grid"/>` +
          text(margin.left - 4, y(t) + 4, String(t), 'text-anchor="end"'),
      )
      .join("") + xTicks.map((t) => text(x(t), height - 10, String(t), 'text-anchor="middle"')).join("");
  const lines = series
    .map(
      (s) =>
        `<path d="${path(s.values) ?? ""}" fill="none" stroke="${s.color}" stroke-width="2"/>` +
        s.values
          .map((v, i) => `<circle cx="${px(x(years[i]!))}" cy="${px(y(v))}" r="2.5" fill="${s.color}"/>`)
          .join(""),
    )
    .join("");
  let legendX = margin.left;
  const legend = series
    .map((s) => {
      const item =
        `<line x1="${legendX}" x2="${legendX + 18}" y1="12" y2="12" stroke="${s.color}" stroke-width="2"/>` +
        text(legendX + 22, 16, s.name, 'class="legend"');
      legendX += 40 + s.name.length * 7;
      return item;
    })
    .join("");
  return svgRoot(
    width,
    height,
    options.label ?? `${series.map((s) => s.name).join(" and ")} from ${first} to ${last}`,
    grid + lines + legend,
  );
}
