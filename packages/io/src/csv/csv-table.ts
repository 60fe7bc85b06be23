/**
 * A CSV file as a {@link Table}: decoded, parsed, formula prefixes removed,
 * the first non-blank record taken as the header.
 */
import { decodeText } from "../decode.js";
import type { InputProblem } from "../errors.js";
import { unneutralizeCell } from "../neutralise.js";
import { inputProblem } from "../problems/input-problem.js";
import type { InputFile } from "../read-result.js";
import type { Table } from "../table/table.js";
import { parseCsv } from "./parse-csv.js";

/** Reads a CSV file into a table; undefined (with a problem recorded) when it cannot be read. */
export function readCsvTable(file: InputFile, problems: InputProblem[]): Table | undefined {
  const decoded = decodeText(file.data, file.name);
  if (!decoded.ok) {
    problems.push(decoded.problem);
    return undefined;
  }
  const parsed = parseCsv(decoded.text, { file: file.name });
  problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return undefined;
  const [header, ...records] = parsed.records;
  if (header === undefined) {
    problems.push(inputProblem("empty-file", {}, { file: file.name, line: 1 }));
    return undefined;
  }
  for (const record of records) {
    const extra = record.cells.slice(header.cells.length).find((cell) => cell.quoted || cell.value !== "");
    if (extra !== undefined)
      problems.push(
        inputProblem(
          "long-row",
          {
            cells: record.cells.length,
            columns: header.cells.length,
            delimiter: parsed.delimiter === "\t" ? "tab" : parsed.delimiter,
          },
          { file: file.name, line: extra.line, column: extra.column },
        ),
      );
  }
  const unneutralise = <C extends { value: string }>(cell: C): C => ({
    ...cell,
    value: unneutralizeCell(cell.value),
  });
  return {
    file: file.name,
    header: header.cells.map(unneutralise),
    rows: records.map((record) => ({
      cells: record.cells.map(unneutralise),
      line: record.line,
      end: { line: record.endLine, column: record.endColumn },
    })),
    // Only a comma delimiter makes "2,5" ambiguous; French Excel writes decimal commas with ; and tab.
    decimalComma: parsed.delimiter !== ",",
  };
}
