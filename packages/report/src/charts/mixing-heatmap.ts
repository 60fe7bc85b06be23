/**
 * The world × world mixing heatmap: how many links join each pair of worlds
 * (the diagonal: links within a world). Darker cells hold more links; the
 * count is printed in each cell so the chart reads in greyscale too.
 */
import { scaleLinear } from "d3-scale";
import { escapeHtml } from "../escape-html.js";
import { truncate } from "./network-map.js";
import { px, svgRoot, text } from "./svg.js";

/** A world × world matrix to draw, with its labels. */
export interface MixingMatrix {
  worlds: string[];
  /** counts[i][j]: links between worlds i and j (symmetric when undirected). */
  counts: number[][];
}

/** The world mixing matrix as an inline SVG heatmap. */
export function mixingHeatmap(matrix: MixingMatrix, options: { label?: string } = {}): string {
  const n = matrix.worlds.length;
  const cell = Math.max(28, Math.min(56, Math.floor(420 / Math.max(n, 1))));
  const left = 110;
  const top = 100;
  const size = { width: left + n * cell + 12, height: top + n * cell + 12 };
  const max = Math.max(1, ...matrix.counts.flat());
  const color = scaleLinear<string>().domain([0, max]).range(["#f4f7fb", "#08306b"]);
  const cells: string[] = [];
  matrix.counts.forEach((row, i) => {
    row.forEach((count, j) => {
      const x = left + j * cell;
      const y = top + i * cell;
      cells.push(
        `<rect x="${x}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${color(count)}"><title>${escapeHtml(`${matrix.worlds[i]} – ${matrix.worlds[j]}: ${count}`)}</title></rect>` +
          text(
            x + cell / 2,
            y + cell / 2 + 4,
            String(count),
            `text-anchor="middle"${count > max / 2 ? ' class="on-dark"' : ""}`,
          ),
      );
    });
  });
  const labels = matrix.worlds
    .map(
      (world, i) =>
        text(left - 6, top + i * cell + cell / 2 + 4, truncate(world, 16), 'text-anchor="end"') +
        `<text transform="translate(${px(left + i * cell + cell / 2 + 4)} ${top - 6}) rotate(-45)">${escapeHtml(truncate(world, 16))}</text>`,
    )
    .join("");
  return svgRoot(
    size.width,
    size.height,
    options.label ?? `Links between worlds: a ${n} by ${n} heatmap`,
    `${cells.join("")}${labels}`,
  );
}
