/**
 * Reading a territory from one file, the format chosen by its extension.
 * Browser-safe: the caller gives the bytes (a CSV folder is read with
 * `readTerritoryCsv`).
 */
import { InputError } from "./errors.js";
import { formatOfName, unknownFileType } from "./formats.js";
import { readGexf } from "./gexf/read-gexf.js";
import { readGraphml } from "./graphml/read-graphml.js";
import { readJson } from "./json/read-json.js";
import type { ReadOptions } from "./limits.js";
import { inputProblem } from "./problems/input-problem.js";
import type { InputFile, ReadTerritoryResult } from "./read-result.js";
import { readXlsx } from "./xlsx/read-xlsx.js";

/**
 * Reads a .xlsx, .gexf, .graphml or .json file.
 * @throws {InputError} with every problem found, or an unknown file type.
 */
export function readTerritoryFile(file: InputFile, options: ReadOptions = {}): ReadTerritoryResult {
  switch (formatOfName(file.name)) {
    case "xlsx":
      return readXlsx(file, options);
    case "gexf":
      return readGexf(file, options);
    case "graphml":
      return readGraphml(file, options);
    case "json":
      return readJson(file, options);
    case "csv":
      throw new InputError([inputProblem("single-csv", {}, { file: file.name })]);
    default:
      throw new InputError([unknownFileType(file.name)]);
  }
}
