/**
 * Writing CSV: cells quoted when they must be (RFC 4180), and neutralised
 * against spreadsheet formula injection (see neutralise.ts), in a dialect
 * (see csv-dialect.ts).
 */
import { neutralizeCell } from "../neutralise.js";
import { formatValue } from "../values.js";
import { type CsvDialect, csvDialectSettings } from "./csv-dialect.js";

/** A CSV cell value (null writes an empty cell). */
export type CsvValue = string | number | boolean | null;

/** Options of `toCsv`: delimiter and decimal separator (French Excel uses `;` and `,`). */
export interface ToCsvOptions {
  /**
   * The dialect giving the defaults of the options below. Default `rfc4180`;
   * `excel-fr` writes `;`, decimal commas, CRLF and a UTF-8 BOM.
   */
  dialect?: CsvDialect;
  /** Default: the dialect's (`,` for rfc4180). */
  delimiter?: "," | ";" | "\t";
  /** Write numbers with a decimal comma. Default: true when the delimiter is `;` (as French Excel does). */
  decimalComma?: boolean;
  /** Default: the dialect's (`\n` for rfc4180; `\r\n` for strict RFC 4180). */
  newline?: "\n" | "\r\n";
  /** Start with a UTF-8 byte-order mark. Default: the dialect's (none for rfc4180). */
  bom?: boolean;
}

/** A CSV table: a header line then one line per row, every line ended by a newline. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: ToCsvOptions = {},
): string {
  const dialect = csvDialectSettings(options.dialect ?? "rfc4180");
  const delimiter = options.delimiter ?? dialect.delimiter;
  const decimalComma = options.decimalComma ?? delimiter === ";";
  const newline = options.newline ?? dialect.newline;
  const bom = (options.bom ?? dialect.bom) ? "\ufeff" : "";
  const line = (cells: readonly CsvValue[]) =>
    cells.map((cell) => csvCell(cell, delimiter, decimalComma)).join(delimiter) + newline;
  return bom + line(header) + rows.map(line).join("");
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
