/**
 * Writing a territory in any format, as named files (browser-safe: the
 * caller saves them).
 */
import type { TerritoryGraph } from "@catalyse/core";
import { type WriteTerritoryCsvOptions, writeTerritoryCsv } from "./csv/write-territory-csv.js";
import type { TerritoryFormat } from "./formats.js";
import { writeGexf } from "./gexf/write-gexf.js";
import { writeGraphml } from "./graphml/write-graphml.js";
import { writeJson } from "./json/write-json.js";
import { writeXlsx } from "./xlsx/write-xlsx.js";

/** A file to write: its name and its text or bytes. */
export interface OutputFile {
  /** File name: `actors.csv`, `links.csv`, `territory.json` for csv; otherwise `territory.<format>`. */
  name: string;
  data: string | Uint8Array;
}

/** Options of `writeTerritory`. */
export interface WriteTerritoryOptions {
  /** CSV options (delimiter, decimal comma, byte-order mark). */
  csv?: WriteTerritoryCsvOptions;
}

/** The files that hold a territory in `format`. */
export function writeTerritory(
  graph: TerritoryGraph,
  format: TerritoryFormat,
  options: WriteTerritoryOptions = {},
): OutputFile[] {
  switch (format) {
    case "csv": {
      const texts = writeTerritoryCsv(graph, options.csv);
      return [
        { name: "actors.csv", data: texts.actors },
        { name: "links.csv", data: texts.links },
        { name: "territory.json", data: texts.territory },
        ...(texts.collectives === undefined
          ? []
          : [
              { name: "collectives.csv", data: texts.collectives },
              { name: "memberships.csv", data: texts.memberships! },
            ]),
      ];
    }
    case "xlsx":
      return [{ name: "territory.xlsx", data: writeXlsx(graph) }];
    case "gexf":
      return [{ name: "territory.gexf", data: writeGexf(graph) }];
    case "graphml":
      return [{ name: "territory.graphml", data: writeGraphml(graph) }];
    case "json":
      return [{ name: "territory.json", data: writeJson(graph) }];
  }
}
