/**
 * The last step of every reader: rows → `createTerritory`, with each
 * `TerritoryIssue` (table, row, field) mapped back to the file, line and
 * column the row came from, and the reader's own problems thrown together
 * with the model's in one {@link InputError}.
 */
import {
  type ActorInput,
  actorKeyIndex,
  type CollectiveInput,
  createTerritory,
  type LinkInput,
  type MembershipInput,
  TerritoryError,
  type TerritoryGraph,
  type TerritoryIssue,
  type TerritoryMeta,
} from "@catalyse/core";
import type { PlacedRows } from "./collectives/read-collective-tables.js";
import { InputError, type InputProblem } from "./errors.js";
import type { ReadTerritoryResult } from "./read-result.js";

/** Where a value came from; `raw` is the text as found, for messages. */
export interface SourcePlace {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  raw?: string;
}

/** The place of one field of one row. */
export type PlaceOf = (field: string) => SourcePlace;

/** A link row; `types` carries several types (`a|b` in a cell) that one row may hold. */
export interface LinkRow extends LinkInput {
  types?: string[];
  /** How many rows this row already stands for (graphology JSON keeps `merged`). */
  merged?: number;
}

export interface TerritoryRows {
  meta: TerritoryMeta;
  actors: ActorInput[];
  actorPlaces: PlaceOf[];
  actorsFile: string;
  links: LinkRow[];
  linkPlaces: PlaceOf[];
  linksFile: string;
  /** Collectives and memberships, when the input has them. */
  collectives?: PlacedRows<CollectiveInput>;
  memberships?: PlacedRows<MembershipInput>;
}

const isError = (problem: InputProblem) => problem.severity === "error";

/**
 * Builds the territory, or throws one {@link InputError} with the reader's
 * `problems` and every model error. Warnings come back with their place.
 */
export function buildTerritory(rows: TerritoryRows, problems: InputProblem[]): ReadTerritoryResult {
  let result: ReturnType<typeof createTerritory>;
  try {
    result = createTerritory({
      meta: {
        ...rows.meta,
        ...(rows.collectives && { collectiveAttributeTypes: rows.collectives.attributeTypes }),
        ...(rows.memberships && { membershipAttributeTypes: rows.memberships.attributeTypes }),
      },
      collectives: rows.collectives?.rows,
      memberships: rows.memberships?.rows,
      actors: rows.actors,
      links: rows.links.map(({ types, merged: _merged, ...link }) => ({
        ...link,
        type: types?.[0] ?? link.type ?? null,
      })),
    });
  } catch (error) {
    if (!(error instanceof TerritoryError)) throw error;
    for (const issue of error.issues)
      if (issue.severity === "error") problems.push(issueProblem(issue, rows));
    throw new InputError(problems, { cause: error });
  }
  if (problems.some(isError)) throw new InputError(problems);
  applyLinkTypes(result.graph, rows.links);
  const warnings = problems.filter((problem) => !isError(problem));
  for (const issue of result.warnings) warnings.push(warningProblem(issue, rows));
  return { graph: result.graph, warnings };
}

/**
 * Sets every type of each link (core keeps one type per row; a row may list
 * several) and the merged-row count when rows carried one.
 */
function applyLinkTypes(graph: TerritoryGraph, links: readonly LinkRow[]): void {
  const hasMerged = links.some((link) => link.merged !== undefined);
  if (!hasMerged && !links.some((link) => (link.types?.length ?? 0) > 1)) return;
  const keyOf = actorKeyIndex(graph);
  const typesOf = new Map<string, string[]>();
  const mergedOf = new Map<string, number>();
  for (const link of links) {
    const source = keyOf.get(link.source.trim());
    const target = keyOf.get(link.target.trim());
    if (source === undefined || target === undefined || source === target) continue;
    const edge = graph.edge(source, target);
    if (edge === undefined) continue;
    const types = typesOf.get(edge) ?? [];
    for (const type of link.types ?? []) if (!types.includes(type)) types.push(type);
    typesOf.set(edge, types);
    mergedOf.set(edge, (mergedOf.get(edge) ?? 0) + (link.merged ?? 1));
  }
  for (const [edge, types] of typesOf) graph.setEdgeAttribute(edge, "types", types);
  if (hasMerged) for (const [edge, merged] of mergedOf) graph.setEdgeAttribute(edge, "merged", merged);
}

function placeOfIssue(issue: TerritoryIssue, rows: TerritoryRows): SourcePlace {
  const { file, places } = tableOf(issue, rows);
  if (issue.row === undefined) return { file };
  return places[issue.row]?.(issue.field ?? "") ?? { file, field: issue.field };
}

function tableOf(issue: TerritoryIssue, rows: TerritoryRows): { file: string; places: readonly PlaceOf[] } {
  switch (issue.table) {
    case "actors":
      return { file: rows.actorsFile, places: rows.actorPlaces };
    case "collectives":
    case "memberships":
      return {
        file: rows[issue.table]?.file ?? rows.actorsFile,
        places: rows[issue.table]?.places ?? [],
      };
    default:
      return { file: rows.linksFile, places: rows.linkPlaces };
  }
}

function issueProblem(issue: TerritoryIssue, rows: TerritoryRows): InputProblem {
  const { raw, ...place } = placeOfIssue(issue, rows);
  const [found, expected] = describeIssue(issue, raw ?? "", rows);
  return { ...place, found, expected, severity: "error" };
}

function describeIssue(issue: TerritoryIssue, raw: string, rows: TerritoryRows): [string, string] {
  const field = issue.field ?? "";
  switch (issue.code) {
    case "duplicate-actor": {
      const id = raw.trim();
      const first = rows.actors.findIndex((actor) => actor.id.trim() === id);
      const line = rows.actorPlaces[first]?.("id").line;
      return [
        `duplicate actor id "${id}"${line === undefined ? "" : ` (first used on line ${line})`}`,
        "a unique id on every actor row",
      ];
    }
    case "unknown-actor":
      return [`${field} "${raw.trim()}" is not an actor id`, `an id listed in ${rows.actorsFile}`];
    case "unknown-collective":
      return [
        `${field} "${raw.trim()}" is not a collective id`,
        `an id listed in ${rows.collectives?.file ?? "the collectives"}`,
      ];
    case "duplicate-collective":
      return [`duplicate collective id "${raw.trim()}"`, "a unique id on every collective row"];
    case "collective-actor-clash":
      return [`collective id "${raw.trim()}" is also an actor id`, "an id no actor has"];
    case "duplicate-membership":
      return [issue.message.split(";")[0]!, "each actor once per collective (and start date)"];
    case "invalid-weight":
      return [`weight ${raw.trim() || "(empty)"}`, "a number > 0 (an empty cell means 1)"];
    case "invalid-date":
      if (issue.message.includes("before start"))
        return [`${field} "${raw.trim()}" before the start`, "an end on or after the start"];
      return [
        `${field} "${raw.trim()}"`,
        "a year (2012), a month (2012-05) or a date (2012-05-03 or 03/05/2012)",
      ];
    case "invalid-coordinate":
      return [
        `${field} ${raw.trim()}`,
        field === "lat" ? "a latitude between -90 and 90" : "a longitude between -180 and 180",
      ];
    case "empty-id":
      return [`an empty ${field}`, emptyIdExpected(issue)];
    default:
      return [issue.message, "a valid value"];
  }
}

function emptyIdExpected(issue: TerritoryIssue): string {
  if (issue.table === "actors") return "an actor id";
  if (issue.table === "collectives") return "a collective id";
  if (issue.field === "collective") return "the id of a collective";
  return "the id of an actor";
}

function warningProblem(issue: TerritoryIssue, rows: TerritoryRows): InputProblem {
  let place: SourcePlace = { file: issue.table === "actors" ? rows.actorsFile : rows.linksFile };
  let expected = "nothing, if this is intended";
  if (issue.code === "self-loop") {
    const row = rows.links.findIndex((link) => link.source.trim() === link.target.trim());
    place = rows.linkPlaces[row]?.("target") ?? place;
    expected = "links between two different actors (self-loops are dropped)";
  } else if (issue.code === "parallel-links") {
    const row = firstParallel(rows);
    place = rows.linkPlaces[row]?.("source") ?? place;
    expected = "one row per pair of actors, unless merging them is intended";
  } else if (issue.code === "missing-world") {
    const row = rows.actors.findIndex((actor) => (actor.world?.trim() ?? "") === "");
    place = rows.actorPlaces[row]?.("world") ?? place;
    expected =
      "a world for every actor (association, entreprise, collectivité, État, académique, fondation…)";
  }
  const { raw: _raw, ...where } = place;
  return { ...where, found: `${issue.message} (first on this row)`, expected, severity: "warning" };
}

function firstParallel(rows: TerritoryRows): number {
  const seen = new Set<string>();
  const directed = rows.meta.directed ?? false;
  return rows.links.findIndex((link) => {
    const pair = [link.source.trim(), link.target.trim()];
    if (!directed) pair.sort();
    const key = JSON.stringify(pair);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}
