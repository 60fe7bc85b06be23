/**
 * A territory folder: `actors.csv` + `links.csv` (+ optional `territory.json`),
 * read from bytes or text so that it works in browsers as well as in Node.
 * Every problem of every file is collected before one {@link InputError} is thrown.
 */
import type { TerritoryMeta } from "@catalyse/core";
import { buildTerritory } from "../build-territory.js";
import { decodeText } from "../decode.js";
import { InputError, type InputProblem } from "../errors.js";
import { fileSizeProblem, type ReadOptions, resolveLimits } from "../limits.js";
import type { InputFile, ReadTerritoryResult } from "../read-result.js";
import { readActorTable, readLinkTable } from "../table/read-tables.js";
import { parseTerritoryMeta } from "../territory-meta.js";
import { readCsvTable } from "./csv-table.js";
import { missingFile, readCollectiveCsv } from "./read-collectives-csv.js";

/** The files of a CSV territory folder, each optional (a missing one is reported). */
export interface TerritoryCsvFiles {
  actors?: InputFile;
  links?: InputFile;
  territory?: InputFile;
  /** Optional: collectives.csv (collectifs.csv) and memberships.csv (adhesions.csv). */
  collectives?: InputFile;
  memberships?: InputFile;
}

/** Options of `readTerritoryCsv`. */
export interface ReadTerritoryCsvOptions extends ReadOptions {
  /** The folder named in "missing file" problems. Default: none. */
  folder?: string;
}

/**
 * Reads a territory from its CSV files.
 * @throws {InputError} with every problem found (missing files included).
 */
export function readTerritoryCsv(
  files: TerritoryCsvFiles,
  options: ReadTerritoryCsvOptions = {},
): ReadTerritoryResult {
  const problems: InputProblem[] = [];
  const missing = missingFile(options.folder, problems);
  if (files.actors === undefined) missing("actors");
  if (files.links === undefined) missing("links");
  const limits = resolveLimits(options.limits);
  for (const file of [files.actors, files.territory, files.links, files.collectives, files.memberships]) {
    const size = file && fileSizeProblem(file, limits);
    if (size !== undefined) problems.push(size);
  }
  if (problems.length > 0) throw new InputError(problems);

  let meta: TerritoryMeta = {};
  if (files.territory !== undefined) {
    const decoded = decodeText(files.territory.data, files.territory.name);
    if (decoded.ok) meta = parseTerritoryMeta(decoded.text, files.territory.name, problems);
    else problems.push(decoded.problem);
  }
  const actorTable = files.actors && readCsvTable(files.actors, problems);
  const linkTable = files.links && readCsvTable(files.links, problems);
  const actors = actorTable && readActorTable(actorTable, meta.actorAttributeTypes, problems);
  const links = linkTable && readLinkTable(linkTable, meta.linkAttributeTypes, problems);
  const collectives = readCollectiveCsv(files, meta, problems, missing);
  if (actors === undefined || links === undefined || collectives === undefined)
    throw new InputError(problems);
  return buildTerritory(
    {
      meta: { ...meta, actorAttributeTypes: actors.attributeTypes, linkAttributeTypes: links.attributeTypes },
      actors: actors.actors,
      actorPlaces: actors.places,
      actorsFile: files.actors!.name,
      links: links.links,
      linkPlaces: links.places,
      linksFile: files.links!.name,
      ...collectives,
    },
    problems,
  );
}
