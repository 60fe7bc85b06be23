/**
 * Spreadsheet formula injection (CSV injection, OWASP): a cell starting with
 * `=`, `+`, `-`, `@`, tab or carriage return may be run as a formula when the
 * CSV is opened in a spreadsheet. Writers prefix such cells with `'`.
 *
 * The rule is symmetric so that our reader gives back exactly what was written:
 * - a cell is neutralised when it matches `^'*[=+\-@\t\r]` and is not a plain
 *   number (`-3.5` cannot be a formula, and stays a number for other tools);
 * - a read cell matching `^'+[=+\-@\t\r]` loses one leading `'`.
 * A value that already starts with quotes before a trigger gets one more, so
 * `'=x` is written `''=x` and read back as `'=x`.
 */

const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
const PREFIXED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** The cell text to write, with a `'` prefix when it could run as a formula. */
export function neutralizeCell(text: string): string {
  return NEEDS_PREFIX.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The value a written cell stood for (inverse of {@link neutralizeCell}). */
export function unneutralizeCell(text: string): string {
  return PREFIXED.test(text) ? text.slice(1) : text;
}
