/**
 * The collectives and memberships tables (CSV files or XLSX sheets), read
 * with the same column rules as the actor and link tables: English or French
 * headers, free columns typed, every cell placed.
 */
import type { AttributeType, AttributeValue, CollectiveInput, MembershipInput } from "@catalyse/core";
import type { PlaceOf } from "../build-territory.js";
import type { InputProblem } from "../errors.js";
import { dateCell, fieldCell, mapColumns, placeOf, readFreeColumns } from "../table/read-tables.js";
import type { Table } from "../table/table.js";
import { COLLECTIVE_ALIASES, MEMBERSHIP_ALIASES } from "./collective-aliases.js";

/** Rows of one table with their places and the file named in problems. */
export interface PlacedRows<T> {
  rows: T[];
  places: PlaceOf[];
  file: string;
  attributeTypes: Record<string, AttributeType>;
}

export function readCollectiveTable(
  table: Table,
  declared: Readonly<Record<string, AttributeType>> | undefined,
  problems: InputProblem[],
): PlacedRows<CollectiveInput> | undefined {
  return readRows(table, COLLECTIVE_ALIASES, ["id"], declared, problems, (text, attributes) => ({
    id: text("id"),
    label: text("label") || null,
    kind: text("kind") || null,
    start: dateCell(text("start")),
    end: dateCell(text("end")),
    attributes,
  }));
}

export function readMembershipTable(
  table: Table,
  declared: Readonly<Record<string, AttributeType>> | undefined,
  problems: InputProblem[],
): PlacedRows<MembershipInput> | undefined {
  return readRows(
    table,
    MEMBERSHIP_ALIASES,
    ["collective", "actor"],
    declared,
    problems,
    (text, attributes) => ({
      collective: text("collective"),
      actor: text("actor"),
      role: text("role") || null,
      start: dateCell(text("start")),
      end: dateCell(text("end")),
      attributes,
    }),
  );
}

/** One table's rows: columns mapped, free columns typed, `make` given each row's cell text by field. */
function readRows<F extends string, T>(
  table: Table,
  aliases: ReadonlyMap<F, readonly string[]>,
  required: readonly F[],
  declared: Readonly<Record<string, AttributeType>> | undefined,
  problems: InputProblem[],
  make: (text: (field: F) => string, attributes: Record<string, AttributeValue>) => T,
): PlacedRows<T> | undefined {
  const columns = mapColumns(table, aliases, required, problems);
  if (columns === undefined) return undefined;
  const free = readFreeColumns(table, columns.free, declared, problems);
  return {
    rows: table.rows.map((row, r) =>
      make((field) => fieldCell(row, columns, field)?.value ?? "", free.values[r]!),
    ),
    places: table.rows.map((row) => placeOf(table, row, columns)),
    file: table.file,
    attributeTypes: free.types,
  };
}
