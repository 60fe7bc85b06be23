/**
 * The free attribute columns of a territory, with their types, for writers:
 * declared types (from the file the territory was read from) first, then
 * any other attribute, typed from its values.
 */
import type { AttributeType, AttributeValue, TerritoryGraph } from "@catalyse/core";

export interface AttributeColumn {
  name: string;
  type: AttributeType;
}

/** Every free attribute of actors or links, in declared order then first appearance. */
export function attributeColumns(graph: TerritoryGraph, table: "actors" | "links"): AttributeColumn[] {
  const declared =
    (table === "actors"
      ? graph.getAttribute("actorAttributeTypes")
      : graph.getAttribute("linkAttributeTypes")) ?? {};
  const values = new Map<string, AttributeValue[]>();
  for (const name of Object.keys(declared)) values.set(name, []);
  const collect = (attributes: Record<string, AttributeValue> | undefined) => {
    for (const [name, value] of Object.entries(attributes ?? {})) {
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  };
  if (table === "actors") graph.forEachNode((_key, attrs) => collect(attrs.attributes));
  else graph.forEachEdge((_key, attrs) => collect(attrs.attributes));
  return [...values].map(([name, list]) => ({
    name,
    type: Object.hasOwn(declared, name) ? declared[name]! : typeOfValues(list),
  }));
}

export function typeOfValues(values: readonly AttributeValue[]): AttributeType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length > 0 && present.every((value) => typeof value === "number")) return "number";
  if (present.length > 0 && present.every((value) => typeof value === "boolean")) return "boolean";
  return "string";
}
