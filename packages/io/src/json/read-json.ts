/**
 * Reading graphology's JSON serialisation (`graph.export()` format). Our own
 * files keep free attributes in `attributes`; files from other tools
 * (gephi-lite, graphology scripts) have flat node attributes, which become
 * free attributes. Node keys are mapped to actor ids (`id` attribute, else the key).
 */
import type { ActorInput, AttributeType, AttributeValue, TerritoryMeta } from "@catalyse/core";
import { buildTerritory, type LinkRow, type PlaceOf } from "../build-territory.js";
import { decodeText } from "../decode.js";
import { InputError, type InputProblem } from "../errors.js";
import { fileSizeProblem, type ReadOptions, resolveLimits } from "../limits.js";
import { inputProblem } from "../problems/input-problem.js";
import type { InputFile, ReadTerritoryResult } from "../read-result.js";
import { jsonErrorPlace, metaFromObject } from "../territory-meta.js";
import { parseNumber } from "../values.js";
import { jsonLines } from "./json-lines.js";
import { readJsonCollectives } from "./read-json-collectives.js";

/** Graph attributes that hold collectives, read by readJsonCollectives rather than kept as extra. */
const COLLECTIVE_KEYS = [
  "collectives",
  "memberships",
  "collectiveAttributeTypes",
  "membershipAttributeTypes",
];

type JsonObject = Record<string, unknown>;

const ACTOR_KEYS = new Set(["id", "label", "world", "lat", "lon", "attributes"]);
const LINK_KEYS = new Set(["weight", "types", "type", "start", "end", "merged", "attributes"]);

/**
 * Reads a territory from graphology JSON.
 * @throws {InputError} with every problem found.
 */
export function readJson(file: InputFile, readOptions: ReadOptions = {}): ReadTerritoryResult {
  const problems: InputProblem[] = [];
  const size = fileSizeProblem(file, resolveLimits(readOptions.limits));
  if (size !== undefined) throw new InputError([size]);
  const decoded = decodeText(file.data, file.name);
  if (!decoded.ok) throw new InputError([decoded.problem]);
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    problems.push(
      inputProblem(
        "malformed-json",
        { kind: "graph" },
        { file: file.name, ...jsonErrorPlace(error, decoded.text) },
      ),
    );
    throw new InputError(problems);
  }
  if (!isObject(data) || !Array.isArray(data.nodes))
    throw new InputError([inputProblem("no-nodes", {}, { file: file.name, line: 1 })]);
  const root = data as JsonObject;
  const lines = jsonLines(decoded.text);
  const nodeLines = lines.elements.get("nodes") ?? [];
  const edgeLines = lines.elements.get("edges") ?? [];
  const attributes = isObject(root.attributes) ? root.attributes : {};
  const options = isObject(root.options) ? root.options : {};
  const meta: TerritoryMeta = metaFromObject(
    withoutKeys(attributes, ["directed", ...COLLECTIVE_KEYS]),
    file.name,
    problems,
  );
  const collectives = readJsonCollectives(attributes, file.name, lines.keys.get("attributes"), problems);
  meta.directed =
    typeof attributes.directed === "boolean" ? attributes.directed : options.type === "directed";

  const idOfKey = new Map<string, string>();
  const actors: ActorInput[] = [];
  const actorPlaces: PlaceOf[] = [];
  (root.nodes as unknown[]).forEach((node, index) => {
    const path = `nodes[${index}]`;
    if (!isObject(node) || (typeof node.key !== "string" && typeof node.key !== "number")) {
      problems.push(
        inputProblem(
          "bad-node",
          { value: JSON.stringify(node) ?? "undefined" },
          { file: file.name, line: nodeLines[index], field: path },
        ),
      );
      return;
    }
    const attrs = isObject(node.attributes) ? node.attributes : {};
    const id = typeof attrs.id === "string" ? attrs.id : String(node.key);
    idOfKey.set(String(node.key), id);
    actors.push({
      id,
      label: stringOrNull(attrs.label),
      world: stringOrNull(attrs.world),
      lat: numberOrNull(attrs.lat, `${path}.attributes.lat`, nodeLines[index]),
      lon: numberOrNull(attrs.lon, `${path}.attributes.lon`, nodeLines[index]),
      attributes: freeAttributes(attrs, ACTOR_KEYS),
    });
    actorPlaces.push((field) => ({
      file: file.name,
      line: nodeLines[index],
      field: `${path}.attributes.${field}`,
      raw: rawOf(attrs, field, id),
    }));
  });

  const links: LinkRow[] = [];
  const linkPlaces: PlaceOf[] = [];
  const edges = Array.isArray(root.edges) ? root.edges : [];
  edges.forEach((edge: unknown, index) => {
    const path = `edges[${index}]`;
    if (!isObject(edge)) {
      problems.push(
        inputProblem(
          "bad-edge",
          { value: JSON.stringify(edge) ?? "undefined" },
          { file: file.name, line: edgeLines[index], field: path },
        ),
      );
      return;
    }
    const attrs = isObject(edge.attributes) ? edge.attributes : {};
    const endpoint = (name: "source" | "target") => {
      const key = String(edge[name]);
      return idOfKey.get(key) ?? key;
    };
    const source = endpoint("source");
    const target = endpoint("target");
    const types = Array.isArray(attrs.types)
      ? attrs.types.filter((type): type is string => typeof type === "string")
      : typeof attrs.type === "string" && attrs.type !== ""
        ? [attrs.type]
        : [];
    links.push({
      source,
      target,
      weight: jsonWeight(attrs.weight),
      types,
      start: stringOrNull(attrs.start),
      end: stringOrNull(attrs.end),
      attributes: freeAttributes(attrs, LINK_KEYS),
      merged:
        typeof attrs.merged === "number" && Number.isInteger(attrs.merged) && attrs.merged > 0
          ? attrs.merged
          : undefined,
    });
    linkPlaces.push((field) => ({
      file: file.name,
      line: edgeLines[index],
      field: `${path}.${field === "source" || field === "target" ? field : `attributes.${field}`}`,
      raw: field === "source" ? source : field === "target" ? target : rawOf(attrs, field, ""),
    }));
  });

  meta.actorAttributeTypes = {
    ...typesOf(actors.map((a) => a.attributes ?? {})),
    ...meta.actorAttributeTypes,
  };
  meta.linkAttributeTypes = { ...typesOf(links.map((l) => l.attributes ?? {})), ...meta.linkAttributeTypes };
  return buildTerritory(
    {
      meta,
      actors,
      actorPlaces,
      actorsFile: file.name,
      links,
      linkPlaces,
      linksFile: file.name,
      ...collectives,
    },
    problems,
  );

  function numberOrNull(value: unknown, field: string, line: number | undefined): number | null {
    if (value === undefined || value === null) return null;
    if (typeof value === "number") return value;
    problems.push(
      inputProblem(
        "json-not-number",
        { value: JSON.stringify(value) ?? "undefined" },
        { file: file.name, line, field },
      ),
    );
    return null;
  }
}

/**
 * A JSON weight: a JSON number or a plain decimal string ("2.5"). Anything else
 * (`true`, `[3]`, `"0x10"`, `"Infinity"`) is NaN, which the model reports as an invalid weight.
 */
function jsonWeight(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return value;
  if (typeof value === "string") return parseNumber(value, false) ?? Number.NaN;
  return Number.NaN;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return String(value);
}

function rawOf(attrs: JsonObject, field: string, fallback: string): string {
  const value = Object.hasOwn(attrs, field) ? attrs[field] : fallback;
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}

function withoutKeys(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

/** Our files: the `attributes` object; other tools: every flat scalar attribute we do not know. */
function freeAttributes(attrs: JsonObject, known: ReadonlySet<string>): Record<string, AttributeValue> {
  const source = isObject(attrs.attributes)
    ? Object.entries(attrs.attributes)
    : Object.entries(attrs).filter(([key]) => !known.has(key));
  return Object.fromEntries(
    source
      .filter(([, value]) => value === null || ["string", "number", "boolean"].includes(typeof value))
      .map(([key, value]) => [key, value as AttributeValue]),
  );
}

function typesOf(rows: readonly Record<string, AttributeValue>[]): Record<string, AttributeType> {
  const values = new Map<string, AttributeValue[]>();
  for (const row of rows)
    for (const [name, value] of Object.entries(row)) {
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  return Object.fromEntries(
    [...values].map(([name, list]) => {
      const present = list.filter((value) => value !== null);
      const type: AttributeType =
        present.length > 0 && present.every((v) => typeof v === "number")
          ? "number"
          : present.length > 0 && present.every((v) => typeof v === "boolean")
            ? "boolean"
            : "string";
      return [name, type];
    }),
  );
}
