/**
 * Writing a territory folder: actors.csv, links.csv and territory.json, which
 * our reader reads back unchanged (attribute types are declared in territory.json).
 */
import type { TerritoryGraph } from "@catalyse/core";
import { writeTerritoryMeta } from "../territory-meta.js";
import { territoryTables } from "../territory-tables.js";
import { type ToCsvOptions, toCsv } from "./to-csv.js";

export interface TerritoryCsvTexts {
  /** actors.csv */
  actors: string;
  /** links.csv */
  links: string;
  /** territory.json */
  territory: string;
}

/** The three files of a territory folder, as text. */
export function writeTerritoryCsv(graph: TerritoryGraph, options: ToCsvOptions = {}): TerritoryCsvTexts {
  const tables = territoryTables(graph);
  return {
    actors: toCsv(tables.actors.header, tables.actors.rows, options),
    links: toCsv(tables.links.header, tables.links.rows, options),
    territory: writeTerritoryMeta(graph),
  };
}
