/**
 * `territory.json`: the territory's name, description, source, orientation,
 * declared worlds and attribute types. Keys Catalyse does not know are kept in
 * `extra` and written back, so a round trip loses nothing.
 */
import { type AttributeType, hasCollectives, type TerritoryGraph, type TerritoryMeta } from "@catalyse/core";
import { collectiveColumns } from "./collectives/collective-tables.js";
import type { InputProblem } from "./errors.js";
import { jsonLines } from "./json/json-lines.js";
import { inputProblem } from "./problems/input-problem.js";
import { type AttributeColumn, attributeColumns } from "./territory-columns.js";

const columnTypes = (columns: readonly AttributeColumn[]) =>
  Object.fromEntries(columns.map((c) => [c.name, c.type]));

const ATTRIBUTE_TYPES: readonly string[] = ["string", "number", "boolean", "date"];

/** Parses territory.json text; problems (bad JSON, wrong types) are recorded with their place. */
export function parseTerritoryMeta(text: string, file: string, problems: InputProblem[]): TerritoryMeta {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push(
      inputProblem("malformed-json", { kind: "object" }, { file, ...jsonErrorPlace(error, text) }),
    );
    return {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problems.push(inputProblem("not-object", {}, { file, line: 1, column: 1 }));
    return {};
  }
  const before = problems.length;
  const meta = metaFromObject(data as Record<string, unknown>, file, problems);
  const keyLines = jsonLines(text).keys;
  for (const problem of problems.slice(before))
    if (problem.line === undefined && problem.field !== undefined) problem.line = keyLines.get(problem.field);
  return meta;
}

/** Territory metadata from a plain object (territory.json, or graph attributes of a JSON file). */
export function metaFromObject(
  data: Record<string, unknown>,
  file: string,
  problems: InputProblem[],
): TerritoryMeta {
  const meta: TerritoryMeta = {};
  const extra: Record<string, unknown> = {};
  const wrong = (key: string, kind: "string" | "boolean" | "list" | "types") =>
    problems.push(
      inputProblem(
        "meta-type",
        { key, value: JSON.stringify(data[key]) ?? "undefined", kind },
        { file, field: key },
      ),
    );
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case "name":
      case "description":
      case "source":
        if (typeof value === "string") meta[key] = value;
        else if (value !== null) wrong(key, "string");
        break;
      case "directed":
        if (typeof value === "boolean") meta.directed = value;
        else if (value !== null) wrong(key, "boolean");
        break;
      case "worlds":
        if (Array.isArray(value) && value.every((world) => typeof world === "string")) meta.worlds = value;
        else wrong(key, "list");
        break;
      case "actorAttributeTypes":
      case "linkAttributeTypes":
      case "collectiveAttributeTypes":
      case "membershipAttributeTypes": {
        const types = attributeTypes(value);
        if (types === undefined) wrong(key, "types");
        else meta[key] = types;
        break;
      }
      case "extra":
        if (typeof value === "object" && value !== null && !Array.isArray(value)) Object.assign(extra, value);
        else
          Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
        break;
      default:
        Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  if (Object.keys(extra).length > 0) meta.extra = extra;
  return meta;
}

function attributeTypes(value: unknown): Record<string, AttributeType> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (!entries.every(([, type]) => typeof type === "string" && ATTRIBUTE_TYPES.includes(type)))
    return undefined;
  return Object.fromEntries(entries) as Record<string, AttributeType>;
}

/** The territory metadata of a graph, as territory.json holds it (extra keys first, known keys win). */
export function territoryMetaObject(graph: TerritoryGraph): Record<string, unknown> {
  const attrs = graph.getAttributes();
  const object: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs.extra ?? {}))
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  Object.assign(object, {
    name: attrs.name ?? "",
    description: attrs.description ?? "",
    source: attrs.source ?? "",
    directed: graph.type === "directed",
    worlds: [...(attrs.worlds ?? [])],
    actorAttributeTypes: columnTypes(attributeColumns(graph, "actors")),
    linkAttributeTypes: columnTypes(attributeColumns(graph, "links")),
  });
  if (hasCollectives(graph))
    Object.assign(object, {
      collectiveAttributeTypes: columnTypes(collectiveColumns(graph, "collectives")),
      membershipAttributeTypes: columnTypes(collectiveColumns(graph, "memberships")),
    });
  return object;
}

/** territory.json text for a graph. */
export function writeTerritoryMeta(graph: TerritoryGraph): string {
  return `${JSON.stringify(territoryMetaObject(graph), null, 2)}\n`;
}

/** Line and column of a JSON.parse error, from the position V8 reports. */
export function jsonErrorPlace(error: unknown, text: string): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : "";
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const index = position ? Number(position[1]) : text.length;
  const before = text.slice(0, index);
  return { line: before.split("\n").length, column: index - before.lastIndexOf("\n") };
}
