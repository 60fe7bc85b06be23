/**
 * The Lorenz curve (Lorenz 1905): actors sorted from the least to the most
 * central, the cumulative share of actors against the cumulative share of the
 * figure (links, brokerage). The diagonal is perfect equality; the further
 * the curve sags, the larger the Gini coefficient.
 */
import type { LorenzPoint } from "@catalyse/core";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { truncate } from "./network-map.js";
import { px, svgRoot, text } from "./svg.js";

/**
 * The analysis document's Lorenz points (core's `lorenzCurve`, the figures
 * every other view shows) as chart coordinates; null when there is no curve.
 */
export function lorenzChartPoints(points: readonly LorenzPoint[]): [number, number][] | null {
  return points.length < 2 ? null : points.map((point) => [point.population, point.share]);
}

export interface LorenzSeries {
  name: string;
  color: string;
  points: [number, number][];
}

export function lorenzChart(
  series: readonly LorenzSeries[],
  options: { size?: number; label?: string; axis?: string } = {},
): string {
  const size = options.size ?? 320;
  const margin = { top: 12, right: 12, bottom: 40, left: 44 };
  // The legend sits to the right of the square plot, so it never hides a curve.
  const legendWidth = series.length > 1 ? 250 : 110;
  const x = scaleLinear()
    .domain([0, 1])
    .range([margin.left, size - margin.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([size - margin.bottom, margin.top]);
  const path = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const axes =
    ticks
      .map(
        (t) =>
          `<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${px(y(0))}" y2="${px(y(1))}" class="grid"/>` +
          `<line x1="${px(x(0))}" x2="${px(x(1))}" y1="${px(y(t))}" y2="${px(y(t))}" class="grid"/>` +
          text(x(t), y(0) + 14, `${t * 100}%`, 'text-anchor="middle"') +
          text(x(0) - 4, y(t) + 4, `${t * 100}%`, 'text-anchor="end"'),
      )
      .join("") +
    text(
      (x(0) + x(1)) / 2,
      size - 6,
      options.axis ?? "share of actors (least to most central)",
      'text-anchor="middle"',
    );
  const diagonal = `<path d="${path([
    [0, 0],
    [1, 1],
  ])}" class="equality"/>`;
  const curves = series
    .map((s) => `<path d="${path(s.points) ?? ""}" fill="none" stroke="${s.color}" stroke-width="2"/>`)
    .join("");
  const legendX = size + 4;
  const legend = series
    .map(
      (s, i) =>
        `<line x1="${legendX}" x2="${legendX + 18}" y1="${margin.top + 6 + i * 16}" y2="${margin.top + 6 + i * 16}" stroke="${s.color}" stroke-width="2"/>` +
        text(legendX + 22, margin.top + 10 + i * 16, truncate(s.name, 36)),
    )
    .join("");
  return svgRoot(
    size + legendWidth,
    size,
    options.label ?? `Lorenz curves of ${series.map((s) => s.name).join(" and ")}`,
    `${axes}${diagonal}${curves}${legend}`,
  );
}
