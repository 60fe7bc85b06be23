/**
 * What GEXF and GraphML readers share: declared node and edge attributes
 * (columns) matched to actor and link fields, values converted by their
 * declared type, each row placed at the line of its element.
 */
import type { ActorInput, AttributeType, AttributeValue, TerritoryMeta } from "@catalyse/core";
import { buildTerritory, type LinkRow, type PlaceOf } from "../build-territory.js";
import type { InputProblem } from "../errors.js";
import { ACTOR_ALIASES, fieldOf, LINK_ALIASES } from "../header-aliases.js";
import { inputProblem } from "../problems/input-problem.js";
import type { ReadTerritoryResult } from "../read-result.js";
import { parseDate, parseNumber } from "../values.js";
import { splitXmlCollectives } from "./xml-collectives.js";
import { readXmlValue } from "./xml-values.js";

/** A declared attribute (GEXF `<attribute>`, GraphML `<key>`). */
export interface XmlColumn {
  id: string;
  name: string;
  type: AttributeType;
  defaultValue?: string;
}

export interface XmlNode {
  id: string;
  line: number;
  /** GEXF's `label` XML attribute. */
  label?: string;
  /** Values by column id. */
  values: Map<string, string>;
  /** GEXF's viz:position. */
  position?: { x: number; y: number };
}

export interface XmlEdge {
  source: string;
  target: string;
  line: number;
  /** GEXF's `weight`, `label`, `start`, `end` XML attributes. */
  weight?: string;
  label?: string;
  start?: string;
  end?: string;
  values: Map<string, string>;
}

export interface XmlTerritory {
  file: string;
  meta: TerritoryMeta;
  nodeColumns: XmlColumn[];
  edgeColumns: XmlColumn[];
  nodes: XmlNode[];
  edges: XmlEdge[];
  /** Column ids that are ours (written by Catalyse) for each field, matched before names. */
  reservedIds: ReadonlySet<string>;
}

/** Builds the territory from XML rows, recording every problem. */
export function buildXmlTerritory(whole: XmlTerritory, problems: InputProblem[]): ReadTerritoryResult {
  const { territory: input, collectives, memberships } = splitXmlCollectives(whole, problems);
  const { file } = input;
  const nodeFields = columnFields(input.nodeColumns, ACTOR_ALIASES, input.reservedIds);
  const edgeFields = columnFields(input.edgeColumns, LINK_ALIASES, input.reservedIds);
  const nodeFree = input.nodeColumns.filter((column) => !nodeFields.has(column.id) && column.name !== "id");
  const edgeFree = input.edgeColumns.filter((column) => !edgeFields.has(column.id));
  const hasCoordinates = [...nodeFields.values()].some((field) => field === "lat" || field === "lon");
  const hasXY = nodeFree.some((column) => column.name === "x" || column.name === "y");
  const withPositions = !hasCoordinates && !hasXY && input.nodes.some((node) => node.position !== undefined);

  const columnValue = (
    row: { values: Map<string, string> },
    columns: readonly XmlColumn[],
    fields: Map<string, string>,
    field: string,
  ) => {
    const column = columns.find((c) => fields.get(c.id) === field);
    return column === undefined ? undefined : (row.values.get(column.id) ?? column.defaultValue);
  };
  const number = (text: string | undefined, line: number, field: string): number | null => {
    if (text === undefined || text.trim() === "") return null;
    const value = parseNumber(text, false);
    if (value !== null) return value;
    problems.push(inputProblem("xml-value", { value: text, type: "number" }, { file, line, field }));
    return null;
  };
  const free = (row: { values: Map<string, string>; line: number }, columns: readonly XmlColumn[]) =>
    Object.fromEntries(
      columns.map((column): [string, AttributeValue] => {
        const text = row.values.get(column.id) ?? column.defaultValue;
        if (text === undefined) return [column.name, null];
        const value = readXmlValue(text, column.type);
        if (value === undefined)
          problems.push(
            inputProblem(
              "xml-value",
              { value: text, type: column.type },
              { file, line: row.line, field: column.name },
            ),
          );
        return [column.name, value ?? null];
      }),
    );

  const actors: ActorInput[] = [];
  const actorPlaces: PlaceOf[] = [];
  for (const node of input.nodes) {
    const get = (field: string) => columnValue(node, input.nodeColumns, nodeFields, field);
    const attributes = free(node, nodeFree);
    if (withPositions) {
      attributes.x = node.position?.x ?? null;
      attributes.y = node.position?.y ?? null;
    }
    actors.push({
      id: node.id,
      label: get("label") ?? node.label ?? null,
      world: get("world") ?? null,
      lat: number(get("lat"), node.line, "lat"),
      lon: number(get("lon"), node.line, "lon"),
      attributes,
    });
    actorPlaces.push((field) => ({
      file,
      line: node.line,
      field,
      raw: field === "id" ? node.id : (get(field) ?? ""),
    }));
  }

  const links: LinkRow[] = [];
  const linkPlaces: PlaceOf[] = [];
  for (const edge of input.edges) {
    const get = (field: string) => columnValue(edge, input.edgeColumns, edgeFields, field);
    const weight = get("weight") ?? edge.weight;
    const type = get("type") ?? edge.label ?? "";
    const date = (text: string | undefined) =>
      text === undefined || text.trim() === "" ? null : (parseDate(text) ?? text);
    links.push({
      source: edge.source,
      target: edge.target,
      weight: number(weight, edge.line, "weight"),
      types: type
        .split("|")
        .map((t) => t.trim())
        .filter((t) => t !== ""),
      start: date(get("start") ?? edge.start),
      end: date(get("end") ?? edge.end),
      attributes: free(edge, edgeFree),
    });
    const raw: Record<string, string | undefined> = {
      source: edge.source,
      target: edge.target,
      weight,
      start: get("start") ?? edge.start,
      end: get("end") ?? edge.end,
    };
    linkPlaces.push((field) => ({ file, line: edge.line, field, raw: raw[field] ?? "" }));
  }

  const types = (columns: readonly XmlColumn[]) =>
    Object.fromEntries(columns.map((column) => [column.name, column.type]));
  const actorTypes = types(nodeFree);
  if (withPositions) Object.assign(actorTypes, { x: "number", y: "number" });
  return buildTerritory(
    {
      meta: { ...input.meta, actorAttributeTypes: actorTypes, linkAttributeTypes: types(edgeFree) },
      actors,
      actorPlaces,
      actorsFile: file,
      links,
      linkPlaces,
      linksFile: file,
      collectives,
      memberships,
    },
    problems,
  );
}

/** Column id → field, by our own ids first, then by English or French names. */
function columnFields<F extends string>(
  columns: readonly XmlColumn[],
  aliases: ReadonlyMap<F, readonly string[]>,
  reservedIds: ReadonlySet<string>,
): Map<string, string> {
  const fields = new Map<string, string>();
  const taken = new Set<string>();
  for (const column of columns)
    if (reservedIds.has(column.id) && aliases.has(column.id as F)) {
      fields.set(column.id, column.id);
      taken.add(column.id);
    }
  for (const column of columns) {
    if (fields.has(column.id) || reservedIds.has(column.id)) continue;
    const field = fieldOf(column.name, aliases);
    if (field !== undefined && field !== "id" && !taken.has(field)) {
      fields.set(column.id, field);
      taken.add(field);
    }
  }
  return fields;
}
