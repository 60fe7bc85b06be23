/**
 * The collectives and memberships of a territory as tables of typed cells,
 * shared by the CSV and XLSX writers (and their free columns, for the others).
 */
import {
  type AttributeValue,
  type Collective,
  type Membership,
  type TerritoryGraph,
  territoryCollectives,
} from "@catalyse/core";
import { ownValue } from "../graphml/write-graphml.js";
import { type AttributeColumn, typeOfValues } from "../territory-columns.js";
import type { ValueTable } from "../territory-tables.js";

/** Free columns of collectives or memberships: declared types first, then others typed from values. */
export function collectiveColumns(
  graph: TerritoryGraph,
  table: "collectives" | "memberships",
): AttributeColumn[] {
  const data = territoryCollectives(graph);
  const declared = table === "collectives" ? data.collectiveAttributeTypes : data.membershipAttributeTypes;
  const rows: readonly (Collective | Membership)[] =
    table === "collectives" ? data.collectives : data.memberships;
  const values = new Map<string, AttributeValue[]>();
  for (const name of Object.keys(declared)) values.set(name, []);
  for (const row of rows)
    for (const [name, value] of Object.entries(row.attributes)) {
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  return [...values].map(([name, list]) => ({
    name,
    type: Object.hasOwn(declared, name) ? declared[name]! : typeOfValues(list),
  }));
}

/** The two tables, or undefined for a territory without collectives. */
export function collectiveTables(
  graph: TerritoryGraph,
): { collectives: ValueTable; memberships: ValueTable } | undefined {
  const data = territoryCollectives(graph);
  if (data.collectives.length === 0) return undefined;
  const collectiveFree = collectiveColumns(graph, "collectives");
  const membershipFree = collectiveColumns(graph, "memberships");
  return {
    collectives: {
      header: ["id", "label", "kind", "start", "end", ...collectiveFree.map((c) => c.name)],
      rows: data.collectives.map((c) => [
        c.id,
        c.label,
        c.kind,
        c.start,
        c.end,
        ...collectiveFree.map((column) => ownValue(c.attributes, column.name)),
      ]),
    },
    memberships: {
      header: ["collective", "actor", "role", "start", "end", ...membershipFree.map((c) => c.name)],
      rows: data.memberships.map((m) => [
        m.collective,
        m.actor,
        m.role,
        m.start,
        m.end,
        ...membershipFree.map((column) => ownValue(m.attributes, column.name)),
      ]),
    },
  };
}
