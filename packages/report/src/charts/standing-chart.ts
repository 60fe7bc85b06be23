/**
 * Where a territory stands among others, figure by figure: one strip per
 * figure, the other territories as grey dots and this territory as a
 * coloured dot, each strip scaled from its own minimum to its maximum.
 */
import { scaleLinear } from "d3-scale";
import { escapeHtml } from "../escape-html.js";
import { px, svgRoot, text } from "./svg.js";

/** One territory's value in a standing chart. */
export interface StandingRow {
  label: string;
  /** This territory's value. */
  value: number | null;
  /** The other territories' values (nulls skipped). */
  others: (number | null)[];
}

/** Territories ranked on one figure as an inline SVG bar chart, one highlighted. */
export function standingChart(
  rows: readonly StandingRow[],
  options: { highlight?: string; label?: string } = {},
): string {
  const width = 640;
  const rowHeight = 24;
  const left = 150;
  const right = 20;
  const height = rows.length * rowHeight + 12;
  const strips = rows.map((row, i) => {
    const values = [...row.others, row.value].filter((v): v is number => v !== null && Number.isFinite(v));
    const y = 6 + i * rowHeight + rowHeight / 2;
    const min = Math.min(...values);
    const max = Math.max(...values);
    const x = scaleLinear()
      .domain(values.length === 0 || min === max ? [min - 1, min + 1] : [min, max])
      .range([left, width - right]);
    const dots = row.others
      .filter((v): v is number => v !== null && Number.isFinite(v))
      .map((v) => `<circle cx="${px(x(v))}" cy="${px(y)}" r="4" class="muted" fill="#bbb"/>`)
      .join("");
    const own =
      row.value === null
        ? ""
        : `<circle cx="${px(x(row.value))}" cy="${px(y)}" r="6" fill="${options.highlight ?? "#e15759"}"><title>${escapeHtml(`${row.label}: ${row.value}`)}</title></circle>`;
    return (
      text(left - 8, y + 4, row.label, 'text-anchor="end"') +
      `<line x1="${left}" x2="${width - right}" y1="${px(y)}" y2="${px(y)}" class="axis"/>` +
      dots +
      own
    );
  });
  return svgRoot(
    width,
    height,
    options.label ?? "Where the territory stands among the others, figure by figure",
    strips.join(""),
  );
}
