/**
 * The optional collectives.csv and memberships.csv of a territory folder
 * (French collectifs.csv, adhesions.csv). Memberships need their collectives.
 */
import type { CollectiveInput, MembershipInput, TerritoryMeta } from "@catalyse/core";
import {
  type PlacedRows,
  readCollectiveTable,
  readMembershipTable,
} from "../collectives/read-collective-tables.js";
import type { InputProblem } from "../errors.js";
import type { InputFile } from "../read-result.js";
import { readCsvTable } from "./csv-table.js";

export interface CollectiveRowsResult {
  collectives?: PlacedRows<CollectiveInput>;
  memberships?: PlacedRows<MembershipInput>;
}

/** The rows, or undefined when a file could not be read (problems are recorded). */
export function readCollectiveCsv(
  files: { collectives?: InputFile; memberships?: InputFile },
  meta: TerritoryMeta,
  problems: InputProblem[],
  missing: (name: string, expected: string) => void,
): CollectiveRowsResult | undefined {
  if (files.memberships !== undefined && files.collectives === undefined)
    missing("collectives.csv", "a collectives.csv file (columns id,label,kind…) beside memberships.csv");
  const collectiveTable = files.collectives && readCsvTable(files.collectives, problems);
  const membershipTable = files.memberships && readCsvTable(files.memberships, problems);
  const collectives =
    collectiveTable && readCollectiveTable(collectiveTable, meta.collectiveAttributeTypes, problems);
  const memberships =
    membershipTable && readMembershipTable(membershipTable, meta.membershipAttributeTypes, problems);
  if ((files.collectives && !collectives) || (files.memberships && !memberships)) return undefined;
  return { collectives, memberships };
}
