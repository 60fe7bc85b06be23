/**
 * An RFC 4180 CSV parser written as a state machine, tracking the line and
 * column of every cell so that every problem can be pointed at.
 *
 * Beyond RFC 4180, it reads what French Excel writes: `;` or tab delimiters
 * (or the one a first line `sep=;` names),
 * CRLF or LF or CR line ends, blank lines (and rows of empty cells) skipped,
 * spaces around unquoted cells trimmed, spaces around a quoted cell ignored.
 * A quoted cell keeps its content verbatim, embedded delimiters and line
 * breaks included. A quote that is never closed is a problem placed at the
 * opening quote.
 */
import type { InputProblem } from "../errors.js";
import { inputProblem } from "../problems/input-problem.js";

/** A cell with its 1-based position (of the opening quote, for a quoted cell). */
export interface CsvCell {
  value: string;
  line: number;
  column: number;
  quoted: boolean;
}

/** One CSV record: its cells and where it starts and ends in the file. */
export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: CsvCell[];
  /** Where the record ends: a missing cell is placed here. */
  endLine: number;
  endColumn: number;
}

/** Options of `parseCsv`. */
export interface ParseCsvOptions {
  /** The file name used in problems. */
  file: string;
  /** One character; detected from the header line when omitted. */
  delimiter?: string;
}

/** What `parseCsv` returns: the records, the delimiter used and the problems found. */
export interface ParseCsvResult {
  records: CsvRecord[];
  delimiter: string;
  problems: InputProblem[];
}

const SEP_LINE = /^sep=([^\r\n])(?:\r\n|\r|\n)/i;

enum State {
  CellStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  AfterQuoted,
}

/** Parses CSV text (already decoded, without BOM) into records of positioned cells. */
export function parseCsv(text: string, options: ParseCsvOptions): ParseCsvResult {
  // Excel's `sep=;` first line names the delimiter; it is not a record.
  const hint = SEP_LINE.exec(text);
  const delimiter = options.delimiter ?? hint?.[1] ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  const problems: InputProblem[] = [];
  let cells: CsvCell[] = [];
  let recordLine = 1;
  let value = "";
  let cellLine = 1;
  let cellColumn = 1;
  let line = hint === null ? 1 : 2;
  let column = 1;
  let state = State.CellStart;

  const endCell = (quoted: boolean) => {
    cells.push({ value: quoted ? value : value.trim(), line: cellLine, column: cellColumn, quoted });
    value = "";
  };
  const endRecord = () => {
    if (cells.some((cell) => cell.quoted || cell.value !== ""))
      records.push({ line: recordLine, cells, endLine: line, endColumn: column });
    cells = [];
  };

  for (let i = hint === null ? 0 : hint[0].length; i < text.length; i++) {
    const char = text[i]!;
    const isNewline = char === "\n" || char === "\r";
    if (state === State.CellStart) {
      cellLine = line;
      cellColumn = column;
      if (cells.length === 0) recordLine = line;
    }
    // After a quote inside a quoted cell, anything but a second quote means the cell was closed.
    if (state === State.QuoteInQuoted && char !== '"') state = State.AfterQuoted;
    switch (state) {
      case State.CellStart:
        if (char === '"') state = State.Quoted;
        else if (char === delimiter) endCell(false);
        else if (isNewline) {
          endCell(false);
          endRecord();
        } else if (char === " " || char === "\t") {
          // Leading blanks: skipped so that `a, "b"` reads the quoted cell.
        } else {
          value = char;
          state = State.Unquoted;
        }
        break;
      case State.Unquoted:
        if (char === delimiter) {
          endCell(false);
          state = State.CellStart;
        } else if (isNewline) {
          endCell(false);
          endRecord();
          state = State.CellStart;
        } else value += char;
        break;
      case State.Quoted:
        if (char === '"') state = State.QuoteInQuoted;
        else value += char;
        break;
      case State.QuoteInQuoted:
        // Only a second quote gets here (an escaped quote); anything else closed the cell above.
        value += '"';
        state = State.Quoted;
        break;
      case State.AfterQuoted:
        if (char === delimiter) {
          endCell(true);
          state = State.CellStart;
        } else if (isNewline) {
          endCell(true);
          endRecord();
          state = State.CellStart;
        } else if (char !== " " && char !== "\t") value += char; // lenient: `"ab"c` reads `abc`
        break;
    }
    // Line and column of the next character; CRLF counts as one line break.
    if (char === "\r" && text[i + 1] === "\n") {
      if (state === State.Quoted) value += "\n";
      i++;
      line++;
      column = 1;
    } else if (isNewline) {
      line++;
      column = 1;
    } else column++;
  }

  if (state === State.Quoted) {
    problems.push(
      inputProblem("unclosed-quote", {}, { file: options.file, line: cellLine, column: cellColumn }),
    );
    return { records, delimiter, problems };
  }
  if (state !== State.CellStart || cells.length > 0) {
    endCell(state === State.QuoteInQuoted || state === State.AfterQuoted);
    endRecord();
  }
  return { records, delimiter, problems };
}

/**
 * The delimiter of a CSV text: whichever of `;`, tab and `,` occurs most often
 * outside quotes on the header line (`,` when none does).
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  let content = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      // The header is the first line with content; blank lines before it are skipped.
      if (content) break;
      continue;
    } else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    if (char !== " ") content = true;
  }
  let best = ",";
  for (const candidate of [";", "\t"]) if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  return best;
}
