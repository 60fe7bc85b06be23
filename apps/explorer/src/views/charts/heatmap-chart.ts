/** The world × world mixing matrix as a heatmap (SVG, d3-scale sequential). */

import type { Translator } from "@catalyse/readings";
import { scaleBand, scaleSequentialSqrt } from "d3-scale";
import type { MixingMatrix } from "../../analysis/explorer-analysis.js";
import { s } from "../../dom.js";

function blues(t: number): string {
  // Interpolates white → #08306b (ColorBrewer Blues' ends), readable by colour-blind readers.
  const from = [247, 251, 255];
  const to = [8, 48, 107];
  const c = from.map((f, i) => Math.round(f + (to[i]! - f) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export function heatmapChart(mixing: MixingMatrix, t: Translator, cell = 44): SVGSVGElement {
  const k = mixing.worlds.length;
  // Room for the longest world name: on the left as written, above as rotated
  // by 45° (it then also reaches right of the last column). About 6.5 px a character.
  const longest = Math.max(0, ...mixing.worlds.map((world) => world.length)) * 6.5;
  const left = Math.max(96, longest + 12);
  const top = Math.max(92, longest * Math.SQRT1_2 + 16);
  const width = left + k * cell + Math.max(8, longest * Math.SQRT1_2 - cell / 2);
  const height = top + k * cell + 8;
  const band = scaleBand<number>()
    .domain(mixing.worlds.map((_, i) => i))
    .range([0, k * cell])
    .padding(0.06);
  const max = Math.max(1, ...mixing.counts.flat());
  const colour = scaleSequentialSqrt(blues).domain([0, max]);
  return s(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-label": t.t("explorer.chart.heatmap"),
      class: "chart heatmap",
    },
    mixing.worlds.map((world, i) => [
      s(
        "text",
        {
          x: left - 6,
          y: top + (band(i) ?? 0) + band.bandwidth() / 2 + 4,
          "text-anchor": "end",
          class: "tick",
        },
        world,
      ),
      s(
        "text",
        {
          x: 0,
          y: 0,
          transform: `translate(${left + (band(i) ?? 0) + band.bandwidth() / 2},${top - 6}) rotate(-45)`,
          class: "tick",
        },
        world,
      ),
    ]),
    mixing.counts.map((row, i) =>
      row.map((count, j) => {
        const fill = colour(count);
        const dark = count / max > 0.45;
        const x = left + (band(j) ?? 0);
        const y = top + (band(i) ?? 0);
        return s(
          "g",
          { class: "cell" },
          s(
            "rect",
            { x, y, width: band.bandwidth(), height: band.bandwidth(), fill, "data-count": count },
            s(
              "title",
              {},
              t.t("explorer.chart.heatmap.cell", {
                from: mixing.worlds[i] ?? "",
                to: mixing.worlds[j] ?? "",
                count,
              }),
            ),
          ),
          s(
            "text",
            {
              x: x + band.bandwidth() / 2,
              y: y + band.bandwidth() / 2 + 4,
              "text-anchor": "middle",
              class: dark ? "cell-text dark" : "cell-text",
            },
            String(count),
          ),
        );
      }),
    ),
  );
}
