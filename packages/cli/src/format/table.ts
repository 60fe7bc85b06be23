/** Plain-text tables for people: columns padded, numbers right-aligned. */

export type Cell = string | number | boolean | null;

export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => row.map(formatCell));
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

/** Numbers with up to 4 significant decimals; null as an en dash. */
export function formatCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "number") return formatNumber(value);
  return String(value);
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(2);
  return String(Number(value.toFixed(4)));
}

export function formatPercent(value: number | null): string {
  return value === null ? "–" : `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;
}

function isNumeric(value: Cell | undefined): boolean {
  return typeof value === "number" || value === null || value === undefined;
}
