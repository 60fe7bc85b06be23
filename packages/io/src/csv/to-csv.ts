/**
 * Writing a table as CSV (RFC 4180). Cells starting with `=`, `+`, `-`, `@`,
 * tab or carriage return are prefixed with `'` so spreadsheets do not run them
 * as formulas (OWASP CSV injection); numbers are written as numbers.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface ToCsvOptions {
  /** Field delimiter. Default `,`. */
  delimiter?: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: ToCsvOptions = {},
) {
  const delimiter = options.delimiter ?? ",";
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
  return [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}

function csvCell(value: CsvCell, delimiter: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
