/**
 * The optional collectives.csv and memberships.csv of a territory folder
 * (French collectifs.csv, adhesions.csv). Memberships need their collectives.
 */
import type { ActorInput, CollectiveInput, MembershipInput, TerritoryMeta } from "@catalyse/core";
import { buildTerritory } from "../build-territory.js";
import {
  type PlacedRows,
  readCollectiveTable,
  readMembershipTable,
} from "../collectives/read-collective-tables.js";
import { decodeText } from "../decode.js";
import { InputError, type InputProblem } from "../errors.js";
import { inputProblem } from "../problems/input-problem.js";
import type { InputFile, ReadTerritoryResult } from "../read-result.js";
import { parseTerritoryMeta } from "../territory-meta.js";
import { readCsvTable } from "./csv-table.js";

/** Records a "no such file" problem for a file of the folder (in `folder`, when given). */
export function missingFile(
  folder: string | undefined,
  problems: InputProblem[],
): (name: "actors" | "links" | "collectives") => void {
  return (name) =>
    problems.push(
      inputProblem(
        `${name}-missing`,
        {},
        {
          file: folder === undefined ? `${name}.csv` : `${folder.replace(/[/\\]$/, "")}/${name}.csv`,
        },
      ),
    );
}

export interface CollectiveRowsResult {
  collectives?: PlacedRows<CollectiveInput>;
  memberships?: PlacedRows<MembershipInput>;
}

/** The rows, or undefined when a file could not be read (problems are recorded). */
export function readCollectiveCsv(
  files: { collectives?: InputFile; memberships?: InputFile },
  meta: TerritoryMeta,
  problems: InputProblem[],
  missing: (name: "collectives") => void,
): CollectiveRowsResult | undefined {
  if (files.memberships !== undefined && files.collectives === undefined) missing("collectives");
  const collectiveTable = files.collectives && readCsvTable(files.collectives, problems);
  const membershipTable = files.memberships && readCsvTable(files.memberships, problems);
  const collectives =
    collectiveTable && readCollectiveTable(collectiveTable, meta.collectiveAttributeTypes, problems);
  const memberships =
    membershipTable && readMembershipTable(membershipTable, meta.membershipAttributeTypes, problems);
  if ((files.collectives && !collectives) || (files.memberships && !memberships)) return undefined;
  return { collectives, memberships };
}

/**
 * A territory of actors (given, e.g. streamed from a large actors.csv) and
 * the collectives of its folder, without links: what the streaming reader
 * pairs with its compact index, the links never becoming objects.
 * @throws {InputError} with every problem of the collectives files.
 */
export function readCollectivesCsv(
  actors: readonly ActorInput[],
  files: { collectives?: InputFile; memberships?: InputFile; territory?: InputFile },
  options: { folder?: string; actorsFile?: string } = {},
): ReadTerritoryResult {
  const problems: InputProblem[] = [];
  const missing = missingFile(options.folder, problems);
  let meta: TerritoryMeta = {};
  if (files.territory !== undefined) {
    const decoded = decodeText(files.territory.data, files.territory.name);
    if (decoded.ok) meta = parseTerritoryMeta(decoded.text, files.territory.name, problems);
  }
  const rows = readCollectiveCsv(files, meta, problems, missing);
  if (rows === undefined) throw new InputError(problems);
  const actorsFile = options.actorsFile ?? "actors.csv";
  return buildTerritory(
    {
      meta,
      actors: [...actors],
      actorPlaces: actors.map(() => (field: string) => ({ file: actorsFile, field })),
      actorsFile,
      links: [],
      linkPlaces: [],
      linksFile: actorsFile,
      ...rows,
    },
    problems,
  );
}
