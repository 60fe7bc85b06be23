/**
 * Writing one Parquet table in row groups, with hyparquet-writer (pure JS,
 * Snappy-compressed, read back by hyparquet in the tests). Rows are produced a
 * chunk at a time, so a million-link table never holds more than one row group
 * of JavaScript values besides the file buffer.
 */
import { writeThroughTemporary } from "@catalyse/io/node";
import { fileWriter, ParquetWriter, type SchemaElement } from "hyparquet-writer";

/** The Parquet physical types Catalyse writes. */
export type ParquetColumnType = "string" | "double" | "int32" | "boolean";

/** One column of a Parquet table to write: its name, type and values. */
export interface ParquetColumn {
  name: string;
  type: ParquetColumnType;
  /** Whether the column may hold nulls. */
  nullable: boolean;
}

/** Rows per row group (Spark reads row groups in parallel; 100k rows is hyparquet-writer's default). */
export const ROW_GROUP_SIZE = 100_000;

const PHYSICAL: Record<ParquetColumnType, SchemaElement> = {
  string: { name: "", type: "BYTE_ARRAY", converted_type: "UTF8" },
  double: { name: "", type: "DOUBLE" },
  int32: { name: "", type: "INT32" },
  boolean: { name: "", type: "BOOLEAN" },
};

/** A cell of a Parquet column (null for a missing value). */
export type ParquetValue = string | number | boolean | null;

/**
 * Writes `rowCount` rows to `file`; `fill(start, end)` returns one array per
 * column (in `columns` order) for rows [start, end).
 */
export function writeParquetTable(
  file: string,
  columns: readonly ParquetColumn[],
  rowCount: number,
  fill: (start: number, end: number) => ParquetValue[][],
  metadata: Record<string, string> = {},
): void {
  const schema: SchemaElement[] = [
    { name: "root", num_children: columns.length },
    ...columns.map(
      (column): SchemaElement => ({
        ...PHYSICAL[column.type],
        name: column.name,
        repetition_type: column.nullable ? "OPTIONAL" : "REQUIRED",
      }),
    ),
  ];
  // Through a temporary file, so that a failure leaves no half-written table.
  writeThroughTemporary(file, (temporary) =>
    writeTable(temporary, schema, columns, rowCount, fill, metadata),
  );
}

function writeTable(
  file: string,
  schema: SchemaElement[],
  columns: readonly ParquetColumn[],
  rowCount: number,
  fill: (start: number, end: number) => ParquetValue[][],
  metadata: Record<string, string>,
): void {
  const writer = new ParquetWriter({
    writer: fileWriter(file),
    schema,
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: "catalyse (hyparquet-writer)",
  });
  for (let start = 0; start < rowCount || (start === 0 && rowCount === 0); start += ROW_GROUP_SIZE) {
    const end = Math.min(rowCount, start + ROW_GROUP_SIZE);
    const data = fill(start, end);
    writer.write({
      columnData: columns.map((column, c) => ({
        name: column.name,
        data: data[c]!,
        nullable: column.nullable,
      })),
      rowGroupSize: ROW_GROUP_SIZE,
    });
    if (rowCount === 0) break;
  }
  writer.finish();
}
