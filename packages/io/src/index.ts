/**
 * @catalyse/io: readers and writers for territory files. Browser-safe: every
 * function takes or returns bytes and strings. File-system helpers live in the
 * `@catalyse/io/node` entry point.
 */

export { type CsvCell, type ToCsvOptions, toCsv } from "./csv/to-csv.js";
export { formatProblem, InputError, type InputProblem } from "./errors.js";
