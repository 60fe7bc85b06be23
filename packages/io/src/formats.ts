/**
 * The file formats Catalyse reads and writes, and how a file name says which.
 */
import type { InputProblem } from "./errors.js";
import { inputProblem } from "./problems/input-problem.js";

/** A territory file format. */
export type TerritoryFormat = "csv" | "xlsx" | "gexf" | "graphml" | "json";

/** Every territory format Catalyse reads and writes. */
export const TERRITORY_FORMATS: readonly TerritoryFormat[] = ["csv", "xlsx", "gexf", "graphml", "json"];

/** The format a file name's extension names, or undefined. */
export function formatOfName(name: string): TerritoryFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return TERRITORY_FORMATS.find((format) => format === extension);
}

export function unknownFileType(file: string): InputProblem {
  return inputProblem("unknown-type", {}, { file });
}
