/**
 * An incremental CSV tokenizer (RFC 4180 plus what French Excel writes):
 * quoted fields with embedded delimiters, doubled quotes and newlines, CRLF or
 * LF line ends, blank lines skipped. Text arrives in chunks of any size; each
 * complete row is handed to `onRow` in one reused array, so a million-row file
 * creates no object per row that outlives its callback.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Receives each row's fields and its 1-based line number in the file. */
export type RowHandler = (fields: readonly string[], line: number) => void;

/** A streaming CSV tokenizer: text is pushed in chunks of any size and whole rows come out through a {@link RowHandler}, quotes and line breaks inside quotes handled across chunks. */
export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly fields: string[] = [];
  private field = "";
  private inQuotes = false;
  /** A quote closed the last chunk inside a quoted field: an escape or the end of the field. */
  private pendingQuote = false;
  /** Whether the current field started with a quote (so trailing CR is data, not a line end). */
  private quoted = false;
  /** Length of the field when its closing quote was read: a CR after it is a line end, not data. */
  private closedLength = -1;
  /** Whether the row had a quoted field (so `""` alone is a row, not a blank line). */
  private rowQuoted = false;
  private line = 1;
  private rowLine = 1;

  constructor(
    delimiter: string,
    private readonly onRow: RowHandler,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Tokenizes the next chunk of text; rows completed by it are handed to the row handler. */
  push(text: string): void {
    const length = text.length;
    const delimiter = this.delimiter;
    let i = 0;
    let start = 0;
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (length > 0 && text.charCodeAt(0) === QUOTE) {
        this.field += '"';
        i = 1;
        start = 1;
      } else {
        this.inQuotes = false;
        this.closedLength = this.field.length;
      }
    }
    while (i < length) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.field += text.slice(start, i);
          if (i + 1 === length) {
            this.pendingQuote = true;
            i++;
            start = i;
            continue;
          }
          if (text.charCodeAt(i + 1) === QUOTE) {
            this.field += '"';
            i += 2;
          } else {
            this.inQuotes = false;
            this.closedLength = this.field.length;
            i++;
          }
          start = i;
          continue;
        }
        if (c === LF) this.line++;
        i++;
        continue;
      }
      if (c === delimiter) {
        this.endField(text.slice(start, i));
        i++;
        start = i;
      } else if (c === LF) {
        this.endField(text.slice(start, i));
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        i++;
        start = i;
      } else if (c === QUOTE && i === start && this.field === "") {
        this.inQuotes = true;
        this.quoted = true;
        i++;
        start = i;
      } else {
        i++;
      }
    }
    this.field += text.slice(start, length);
  }

  /** Flushes the last row (a file need not end with a newline). Returns false on an unterminated quote. */
  end(): boolean {
    const closed = !this.inQuotes || this.pendingQuote;
    this.pendingQuote = false;
    this.inQuotes = false;
    if (this.field !== "" || this.fields.length > 0 || this.quoted) {
      this.endField("");
      this.endRow();
    }
    return closed;
  }

  /** The line the current (unfinished) row started on. */
  get currentLine(): number {
    return this.rowLine;
  }

  private endField(tail: string): void {
    let value = this.field + tail;
    if ((!this.quoted || value.length > this.closedLength) && value.charCodeAt(value.length - 1) === CR)
      value = value.slice(0, -1);
    this.fields.push(value);
    this.field = "";
    this.rowQuoted ||= this.quoted;
    this.quoted = false;
    this.closedLength = -1;
  }

  private endRow(): void {
    const fields = this.fields;
    const blank = fields.length === 1 && fields[0]!.trim() === "" && !this.rowQuoted;
    if (!blank) this.onRow(fields, this.rowLine);
    fields.length = 0;
    this.rowQuoted = false;
  }
}

/** The delimiter of a header line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let inQuotes = false;
  for (const char of headerLine) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const [char, count] of counts)
    if (count > bestCount) {
      best = char;
      bestCount = count;
    }
  return best;
}
