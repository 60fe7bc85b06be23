/**
 * CSV dialects: how a table is written for the program that will open it.
 *
 * - `rfc4180` (default): `,` between cells, decimal point, LF line ends, no
 *   byte-order mark: what scripts, pandas and R read without options.
 * - `excel-fr`: what French Excel writes and opens by a double click: `;`
 *   between cells (the comma is the decimal separator in a French locale),
 *   decimal comma, CRLF line ends, and a UTF-8 byte-order mark without which
 *   Excel reads UTF-8 accents as Windows-1252 (`é` shown as `Ã©`).
 *
 * Formula neutralisation (neutralise.ts) applies in every dialect.
 */

export const CSV_DIALECTS = ["rfc4180", "excel-fr"] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export interface CsvDialectSettings {
  delimiter: "," | ";" | "\t";
  decimalComma: boolean;
  newline: "\n" | "\r\n";
  /** Start the text with a UTF-8 byte-order mark. */
  bom: boolean;
}

const SETTINGS: ReadonlyMap<CsvDialect, CsvDialectSettings> = new Map([
  ["rfc4180", { delimiter: ",", decimalComma: false, newline: "\n", bom: false }],
  ["excel-fr", { delimiter: ";", decimalComma: true, newline: "\r\n", bom: true }],
]);

export function isCsvDialect(value: unknown): value is CsvDialect {
  return typeof value === "string" && (CSV_DIALECTS as readonly string[]).includes(value);
}

/** The delimiter, decimal mark, line end and BOM of a dialect. */
export function csvDialectSettings(dialect: CsvDialect): CsvDialectSettings {
  return { ...SETTINGS.get(dialect)! };
}
