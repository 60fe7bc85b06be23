/**
 * @catalyse/io: readers and writers for territory files. Browser-safe: every
 * function takes or returns bytes and strings. File-system helpers live in the
 * `@catalyse/io/node` entry point.
 */

// Writing
export {
  CSV_DIALECTS,
  type CsvDialect,
  type CsvDialectSettings,
  csvDialectSettings,
  isCsvDialect,
} from "./csv/csv-dialect.js";
// Reading
export {
  type CsvCell,
  type CsvRecord,
  detectDelimiter,
  type ParseCsvOptions,
  type ParseCsvResult,
  parseCsv,
} from "./csv/parse-csv.js";
export { readCollectivesCsv } from "./csv/read-collectives-csv.js";
export {
  type ReadTerritoryCsvOptions,
  readTerritoryCsv,
  type TerritoryCsvFiles,
} from "./csv/read-territory-csv.js";
export { type CsvValue, csvCell, type ToCsvOptions, toCsv } from "./csv/to-csv.js";
export {
  type TerritoryCsvTexts,
  type WriteTerritoryCsvOptions,
  writeTerritoryCsv,
} from "./csv/write-territory-csv.js";
export { type DecodeResult, decodeText, type TextEncodingName } from "./decode.js";
export {
  formatProblem,
  InputError,
  type InputProblem,
  type ProblemParams,
  problemLineParams,
} from "./errors.js";
export { formatOfName, TERRITORY_FORMATS, type TerritoryFormat } from "./formats.js";
export { DEFAULT_WORLD_COLORS, OKABE_ITO, OTHER_WORLD_COLOR, worldColors } from "./gexf/palette.js";
export { readGexf } from "./gexf/read-gexf.js";
export { writeGexf } from "./gexf/write-gexf.js";
export { readGraphml } from "./graphml/read-graphml.js";
export { writeGraphml } from "./graphml/write-graphml.js";
export {
  ACTOR_ALIASES,
  type ActorField,
  describeField,
  fieldOf,
  LINK_ALIASES,
  type LinkField,
  normalizeName,
  SHEET_ALIASES,
} from "./header-aliases.js";
export { readJson } from "./json/read-json.js";
export { writeJson } from "./json/write-json.js";
export {
  MAX_SHEET_COLUMN,
  MAX_SHEET_ROW,
  MAX_XML_DEPTH,
  READ_LIMITS_DEFAULTS,
  type ReadLimits,
  type ReadOptions,
} from "./limits.js";
export { neutralizeCell, unneutralizeCell } from "./neutralise.js";
export {
  INPUT_MESSAGES,
  type InputMessageId,
  type InputProblemCode,
} from "./problems/input-messages.js";
export { inputMessage, inputProblem, type ProblemPlace } from "./problems/input-problem.js";
export type { InputFile, ReadTerritoryResult } from "./read-result.js";
export { readTerritoryFile } from "./read-territory-file.js";
export { writeTerritoryMeta } from "./territory-meta.js";
export { assertWritable, UnwritableValueError } from "./writable.js";
export { type OutputFile, type WriteTerritoryOptions, writeTerritory } from "./write-territory.js";
export { readXlsx } from "./xlsx/read-xlsx.js";
export { writeXlsx } from "./xlsx/write-xlsx.js";
