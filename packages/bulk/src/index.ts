/**
 * @catalyse/bulk (Node only): national-scale input and output. Streaming CSV
 * straight into a compact index, and Parquet tables for Spark GraphFrames and
 * Neo4j Graph Data Science.
 */
export { locateColumns, locateFreeColumn } from "./csv-stream/columns.js";
export { CsvTokenizer, detectDelimiter, type RowHandler } from "./csv-stream/csv-tokenizer.js";
export { type ChunkReadOptions, type Encoding, readTextChunks } from "./csv-stream/read-chunks.js";
export {
  type StreamedTerritory,
  type StreamTerritoryOptions,
  streamTerritory,
} from "./csv-stream/stream-territory.js";
export {
  type ParquetColumn,
  type ParquetColumnType,
  type ParquetValue,
  ROW_GROUP_SIZE,
  writeParquetTable,
} from "./parquet/parquet-table.js";
export {
  type ParquetExportResult,
  writeIndexParquet,
  writeTerritoryParquet,
} from "./parquet/write-territory-parquet.js";
