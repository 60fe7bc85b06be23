/**
 * Writing a territory folder: actors.csv, links.csv and territory.json, which
 * our reader reads back unchanged (attribute types are declared in territory.json).
 */
import type { TerritoryGraph } from "@catalyse/core";
import { collectiveTables } from "../collectives/collective-tables.js";
import { writeTerritoryMeta } from "../territory-meta.js";
import { territoryTables } from "../territory-tables.js";
import { assertWritable } from "../writable.js";
import { type ToCsvOptions, toCsv } from "./to-csv.js";

/** The texts of a CSV territory folder: actors, links and territory.json. */
export interface TerritoryCsvTexts {
  /** actors.csv */
  actors: string;
  /** links.csv */
  links: string;
  /** territory.json */
  territory: string;
  /** collectives.csv and memberships.csv, for a territory with collectives. */
  collectives?: string;
  memberships?: string;
}

/** Options of `writeTerritoryCsv`. */
export interface WriteTerritoryCsvOptions extends ToCsvOptions {
  /**
   * Start the CSV files with a UTF-8 byte-order mark, without which Excel reads
   * UTF-8 accents as Windows-1252 (`é` shown as `Ã©`). Default: true when the
   * delimiter is `;` (a file meant for French Excel), false otherwise.
   */
  bom?: boolean;
}

/** The three files of a territory folder, as text. */
export function writeTerritoryCsv(
  graph: TerritoryGraph,
  options: WriteTerritoryCsvOptions = {},
): TerritoryCsvTexts {
  assertWritable(graph, "csv");
  const tables = territoryTables(graph);
  const bom = (options.bom ?? options.delimiter === ";") ? "\ufeff" : "";
  const collectives = collectiveTables(graph);
  return {
    actors: bom + toCsv(tables.actors.header, tables.actors.rows, options),
    links: bom + toCsv(tables.links.header, tables.links.rows, options),
    territory: writeTerritoryMeta(graph),
    ...(collectives && {
      collectives: bom + toCsv(collectives.collectives.header, collectives.collectives.rows, options),
      memberships: bom + toCsv(collectives.memberships.header, collectives.memberships.rows, options),
    }),
  };
}
