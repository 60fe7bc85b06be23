/**
 * @catalyse/io/node: reading and writing territories from the file system.
 */
import type { TerritoryGraph } from "@catalyse/core";
import type { InputProblem } from "./errors.js";

export interface ReadTerritoryResult {
  graph: TerritoryGraph;
  /** Non-fatal problems (merged links, dropped self-loops…), each with its place. */
  warnings: InputProblem[];
}

/**
 * Reads a territory from a folder (`actors.csv` + `links.csv` + optional
 * `territory.json`) or a file (.xlsx, .gexf, .graphml, .json).
 * @throws {InputError} with every problem found.
 */
export async function readTerritoryPath(_path: string): Promise<ReadTerritoryResult> {
  throw new Error("not implemented yet");
}
