/**
 * A territory as two tables (actors, links) of typed cells, shared by the CSV
 * and XLSX writers. Link types are joined with `|`, which the readers split.
 */
import type { AttributeValue, TerritoryGraph } from "@catalyse/core";
import { attributeColumns } from "./territory-columns.js";

export interface ValueTable {
  header: string[];
  rows: AttributeValue[][];
}

export function territoryTables(graph: TerritoryGraph): { actors: ValueTable; links: ValueTable } {
  const actorColumns = attributeColumns(graph, "actors");
  const linkColumns = attributeColumns(graph, "links");
  let coordinates = false;
  graph.forEachNode((_key, attrs) => {
    if (attrs.lat !== null || attrs.lon !== null) coordinates = true;
  });
  const actors: ValueTable = {
    header: [
      "id",
      "label",
      "world",
      ...(coordinates ? ["lat", "lon"] : []),
      ...actorColumns.map((c) => c.name),
    ],
    rows: graph.mapNodes((_key, attrs) => [
      attrs.id,
      attrs.label,
      attrs.world,
      ...(coordinates ? [attrs.lat, attrs.lon] : []),
      ...actorColumns.map((column) => own(attrs.attributes, column.name)),
    ]),
  };
  const links: ValueTable = {
    header: ["source", "target", "weight", "type", "start", "end", ...linkColumns.map((c) => c.name)],
    rows: graph.mapEdges((_key, attrs, _source, _target, sourceAttrs, targetAttrs) => [
      sourceAttrs.id,
      targetAttrs.id,
      attrs.weight,
      attrs.types.join("|"),
      attrs.start,
      attrs.end,
      ...linkColumns.map((column) => own(attrs.attributes, column.name)),
    ]),
  };
  return { actors, links };
}

function own(record: Record<string, AttributeValue> | undefined, name: string): AttributeValue {
  return record !== undefined && Object.hasOwn(record, name) ? (record[name] ?? null) : null;
}
