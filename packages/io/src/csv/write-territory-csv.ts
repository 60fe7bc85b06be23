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

/**
 * `bom` defaults to true when the delimiter is `;` (a file meant for French
 * Excel, which reads UTF-8 accents as Windows-1252 without it), else to the
 * dialect's.
 */
export type WriteTerritoryCsvOptions = ToCsvOptions;

/** The three files of a territory folder, as text. */
export function writeTerritoryCsv(
  graph: TerritoryGraph,
  options: WriteTerritoryCsvOptions = {},
): TerritoryCsvTexts {
  assertWritable(graph, "csv");
  const tables = territoryTables(graph);
  const csv = options.delimiter === ";" ? { ...options, bom: options.bom ?? true } : options;
  const collectives = collectiveTables(graph);
  return {
    actors: toCsv(tables.actors.header, tables.actors.rows, csv),
    links: toCsv(tables.links.header, tables.links.rows, csv),
    territory: writeTerritoryMeta(graph),
    ...(collectives && {
      collectives: toCsv(collectives.collectives.header, collectives.collectives.rows, csv),
      memberships: toCsv(collectives.memberships.header, collectives.memberships.rows, csv),
    }),
  };
}
