/** Plain-text tables for people: columns padded, numbers right-aligned, in the user's language. */
import type { Translator } from "@catalyse/readings";
import { terminalSafe } from "./terminal-safe.js";

export type Cell = string | number | boolean | null;

export function formatTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  t: Translator,
): string {
  const text = rows.map((row) => row.map((cell) => formatCell(cell, t)));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => isNumeric(row[c])));
  const widths = header.map((title, c) =>
    Math.max(title.length, ...text.map((row) => (row[c] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...text.map(line)].join("\n") + "\n";
}

/**
 * A cell as shown: numbers with up to 4 decimals in the locale's form
 * (very small or large ones in scientific notation), null as an en dash, text
 * on one line with control characters escaped.
 */
export function formatCell(value: Cell | undefined, t: Translator): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "number") return formatNumber(value, t);
  return terminalSafe(String(value)).replace(/\n/g, "\\n").replace(/\t/g, " ");
}

export function formatNumber(value: number, t: Translator): string {
  if (Number.isInteger(value)) return t.integer(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) {
    const [mantissa, exponent] = value.toExponential(2).split("e");
    return `${t.number(Number(mantissa))}e${exponent}`;
  }
  return t.number(value, { maximumFractionDigits: 4 });
}

/** "Label: value" with the language's punctuation (a space before the colon in French). */
export function labelled(label: string, value: string, t: Translator): string {
  return t.lang === "fr" ? `${label} : ${value}` : `${label}: ${value}`;
}

/**
 * A figure label inside a sentence: "Betweenness" → "betweenness", but a name
 * that is not a plain word ("PageRank", "E-I index") keeps its capitals.
 */
export function inline(label: string, t: Translator): string {
  return /\p{Lu}/u.test(label.slice(1))
    ? label
    : label.charAt(0).toLocaleLowerCase(t.locale) + label.slice(1);
}

function isNumeric(value: Cell | undefined): boolean {
  return typeof value === "number" || value === null || value === undefined;
}
