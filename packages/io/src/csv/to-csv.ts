/**
 * Writing CSV: cells quoted when they must be (RFC 4180), and neutralised
 * against spreadsheet formula injection (see neutralise.ts).
 */
import { neutralizeCell } from "../neutralise.js";
import { formatValue } from "../values.js";

/** A CSV cell value (null writes an empty cell). */
export type CsvValue = string | number | boolean | null;

/** Options of `toCsv`: delimiter and decimal separator (French Excel uses `;` and `,`). */
export interface ToCsvOptions {
  /** Default `,`. */
  delimiter?: "," | ";" | "\t";
  /** Write numbers with a decimal comma. Default: true when the delimiter is `;` (as French Excel does). */
  decimalComma?: boolean;
  /** Default `\n`; `\r\n` for strict RFC 4180. */
  newline?: "\n" | "\r\n";
}

/** A CSV table: a header line then one line per row, every line ended by a newline. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: ToCsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ",";
  const decimalComma = options.decimalComma ?? delimiter === ";";
  const newline = options.newline ?? "\n";
  const line = (cells: readonly CsvValue[]) =>
    cells.map((cell) => csvCell(cell, delimiter, decimalComma)).join(delimiter) + newline;
  return line(header) + rows.map(line).join("");
}

/** One cell as written: numbers formatted, strings neutralised, quoted when needed. */
export function csvCell(value: CsvValue | undefined, delimiter: string, decimalComma: boolean): string {
  const text = typeof value === "string" ? neutralizeCell(value) : formatValue(value, decimalComma);
  const mustQuote =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes("\n") ||
    text.includes("\r") ||
    text !== text.trim();
  return mustQuote ? `"${text.replaceAll('"', '""')}"` : text;
}
