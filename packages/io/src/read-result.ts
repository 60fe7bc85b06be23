import type { TerritoryGraph } from "@catalyse/core";
import type { InputProblem } from "./errors.js";

/** What every reader returns. */
export interface ReadTerritoryResult {
  graph: TerritoryGraph;
  /** Non-fatal problems (merged links, dropped self-loops…), each with its place. */
  warnings: InputProblem[];
}

/** A file given to a browser-safe reader: its name (used in problems) and its bytes or text. */
export interface InputFile {
  name: string;
  data: Uint8Array | string;
}
