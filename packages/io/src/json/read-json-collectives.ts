/**
 * Collectives in graphology JSON: the graph attributes `collectives` and
 * `memberships` (lists of objects, as Catalyse writes them), read into rows
 * placed at the line of the graph attributes.
 */
import type { AttributeType, AttributeValue, CollectiveInput, MembershipInput } from "@catalyse/core";
import type { PlaceOf } from "../build-territory.js";
import type { PlacedRows } from "../collectives/read-collective-tables.js";
import type { InputProblem } from "../errors.js";

type JsonObject = Record<string, unknown>;

export function readJsonCollectives(
  attributes: JsonObject,
  file: string,
  line: number | undefined,
  problems: InputProblem[],
): { collectives?: PlacedRows<CollectiveInput>; memberships?: PlacedRows<MembershipInput> } {
  const list = (key: "collectives" | "memberships") => {
    const value = attributes[key];
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value) && value.every(isObject)) return value as JsonObject[];
    problems.push({
      file,
      line,
      field: `attributes.${key}`,
      found: JSON.stringify(value).slice(0, 80),
      expected: `a list of ${key === "collectives" ? "collectives {id, label, kind…}" : "memberships {collective, actor, role…}"}`,
      severity: "error",
    });
    return undefined;
  };
  const places = (key: string, rows: readonly JsonObject[]): PlaceOf[] =>
    rows.map((row, index) => (field) => ({
      file,
      line,
      field: `attributes.${key}[${index}].${field}`,
      raw: typeof row[field] === "string" ? (row[field] as string) : JSON.stringify(row[field] ?? null),
    }));
  const collectiveObjects = list("collectives");
  const membershipObjects = list("memberships");
  return {
    collectives: collectiveObjects && {
      rows: collectiveObjects.map(
        (row): CollectiveInput => ({
          id: text(row.id) ?? "",
          label: text(row.label),
          kind: text(row.kind),
          start: text(row.start),
          end: text(row.end),
          attributes: free(row.attributes),
        }),
      ),
      places: places("collectives", collectiveObjects),
      file,
      attributeTypes: declared(attributes.collectiveAttributeTypes),
    },
    memberships: membershipObjects && {
      rows: membershipObjects.map(
        (row): MembershipInput => ({
          collective: text(row.collective) ?? "",
          actor: text(row.actor) ?? "",
          role: text(row.role),
          start: text(row.start),
          end: text(row.end),
          attributes: free(row.attributes),
        }),
      ),
      places: places("memberships", membershipObjects),
      file,
      attributeTypes: declared(attributes.membershipAttributeTypes),
    },
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

function free(value: unknown): Record<string, AttributeValue> {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v === null || ["string", "number", "boolean"].includes(typeof v),
    ) as [string, AttributeValue][],
  );
}

function declared(value: unknown): Record<string, AttributeType> {
  return isObject(value) ? (value as Record<string, AttributeType>) : {};
}
