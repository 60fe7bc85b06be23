/**
 * A table of text cells with their places: what the CSV and XLSX readers
 * produce, and what the actor and link tables are read from.
 */

export interface TableCell {
  value: string;
  /** 1-based line (CSV) or row number (XLSX). */
  line?: number;
  /** 1-based column. */
  column?: number;
}

export interface TableRow {
  cells: TableCell[];
  line?: number;
  /** Where a missing trailing cell is placed. */
  end?: { line?: number; column?: number };
}

export interface Table {
  /** The file (and sheet) named in problems. */
  file: string;
  header: TableCell[];
  rows: TableRow[];
  /** Whether `2,5` means 2.5 (CSV delimited by `;` or tab, XLSX text cells). */
  decimalComma: boolean;
}

/** The cell at `index`, or an empty cell placed at the end of the row. */
export function cellAt(row: TableRow, index: number): TableCell {
  return row.cells[index] ?? { value: "", line: row.end?.line ?? row.line, column: row.end?.column };
}
