/**
 * Cell values: numbers (with a decimal comma when the delimiter is `;`),
 * booleans, dates, and the type of a free attribute column inferred from all
 * its cells. A column whose cells mix kinds keeps the raw strings.
 */
import { type AttributeType, type AttributeValue, isLinkDate } from "@catalyse/core";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;
// French Excel groups thousands with a (narrow) no-break space: `1 234,5`.
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const MONTH_FIRST_YEAR = /^(\d{1,2})[/.](\d{4})$/;

/** The number a cell holds, or null. `2,5` is 2.5 only when `decimalComma`. */
export function parseNumber(raw: string, decimalComma: boolean): number | null {
  const text = raw.trim();
  let value: number;
  if (NUMBER.test(text)) value = Number(text);
  else if (decimalComma && COMMA_NUMBER.test(text)) value = Number(text.replace(",", "."));
  else if (decimalComma && GROUPED_NUMBER.test(text))
    value = Number(text.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
  else return null;
  return Number.isFinite(value) ? value : null;
}

/** The boolean a cell holds (`true`/`false`, `vrai`/`faux`), or null. */
export function parseBoolean(raw: string): boolean | null {
  const text = raw.trim().toLowerCase();
  if (text === "true" || text === "vrai") return true;
  if (text === "false" || text === "faux") return false;
  return null;
}

/**
 * The ISO date (`2012`, `2012-05`, `2012-05-03`) a cell holds, or null.
 * French day-first dates (`03/05/2012`, `05/2012`) are turned into ISO dates.
 */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  if (isLinkDate(text)) return text;
  const iso = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?Z?$/.exec(text);
  if (iso?.[1] !== undefined && isLinkDate(iso[1])) return iso[1];
  const day = DAY_FIRST.exec(text);
  if (day) {
    const date = `${day[3]}-${day[2]!.padStart(2, "0")}-${day[1]!.padStart(2, "0")}`;
    return isLinkDate(date) ? date : null;
  }
  const month = MONTH_FIRST_YEAR.exec(text);
  if (month) {
    const date = `${month[2]}-${month[1]!.padStart(2, "0")}`;
    return isLinkDate(date) ? date : null;
  }
  return null;
}

/**
 * Whether a cell's text is a number that reads back as the same text: no
 * leading zero (`01000` is a postcode) and at most 15 significant digits
 * (a 17-digit identifier would be rounded by a 64-bit float).
 */
export function isExactNumberText(raw: string, decimalComma: boolean): boolean {
  const value = parseNumber(raw, decimalComma);
  if (value === null) return false;
  const mantissa = raw
    .trim()
    .replace(/^[+-]/, "")
    .replace(/[eE].*$/, "");
  // 1e-400 is read as 0: not the same number.
  if (value === 0 && /[1-9]/.test(mantissa)) return false;
  if (/^0\d/.test(mantissa.replace(/[ \u00a0\u202f]/g, ""))) return false;
  const digits = mantissa.replace(/\D/g, "").replace(/^0+/, "");
  return digits.length <= 15;
}

/**
 * The type of a free column from its non-empty raw cells: number (when every
 * cell is an exact number, see {@link isExactNumberText}), boolean, date, else
 * string. Text that only looks numeric stays text unless territory.json declares the type.
 */
export function inferType(values: readonly string[], decimalComma: boolean): AttributeType {
  if (values.length === 0) return "string";
  if (values.every((value) => isExactNumberText(value, decimalComma))) return "number";
  if (values.every((value) => parseBoolean(value) !== null)) return "boolean";
  if (values.every((value) => parseDate(value) !== null)) return "date";
  return "string";
}

/**
 * A raw cell converted to a column type. Empty cells are null; `undefined`
 * means the cell does not fit the type.
 */
export function convertValue(
  raw: string,
  type: AttributeType,
  decimalComma: boolean,
): AttributeValue | undefined {
  if (raw === "") return null;
  switch (type) {
    case "number":
      return parseNumber(raw, decimalComma) ?? undefined;
    case "boolean":
      return parseBoolean(raw) ?? undefined;
    case "date":
      return parseDate(raw) ?? undefined;
    default:
      return raw;
  }
}

/** How a value is written in a text cell (numbers with a decimal comma when asked). */
export function formatValue(value: AttributeValue | undefined, decimalComma = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return decimalComma ? String(value).replace(".", ",") : String(value);
  return String(value);
}
