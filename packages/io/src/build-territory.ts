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
  UNKNOWN_WORLD,
} from "@catalyse/core";
import type { PlacedRows } from "./collectives/read-collective-tables.js";
import { InputError, type InputProblem, type ProblemParams } from "./errors.js";
import type { InputProblemCode } from "./problems/input-messages.js";
import { inputProblem } from "./problems/input-problem.js";
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
export function buildTerritory(rawRows: TerritoryRows, problems: InputProblem[]): ReadTerritoryResult {
  const rows = normaliseIds(rawRows, problems);
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
  checkFiniteWeights(result.graph, rows, problems);
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
  const [code, params] = describeIssue(issue, raw ?? "", rows);
  return inputProblem(code, params, place);
}

function describeIssue(
  issue: TerritoryIssue,
  raw: string,
  rows: TerritoryRows,
): [InputProblemCode, ProblemParams] {
  const field = issue.field ?? "";
  const value = raw.trim();
  switch (issue.code) {
    case "duplicate-actor": {
      const id = value.normalize("NFC");
      const first = firstRowOfId(rows).get(id);
      const line = first === undefined ? undefined : rows.actorPlaces[first]?.("id").line;
      return ["duplicate-actor", { id, line: line ?? "none" }];
    }
    case "unknown-actor":
      return ["unknown-actor", { field, id: value, file: rows.actorsFile }];
    case "unknown-collective":
      return ["unknown-collective", { field, id: value, file: rows.collectives?.file ?? "the collectives" }];
    case "duplicate-collective":
      return ["duplicate-collective", { id: value }];
    case "collective-actor-clash":
      return ["collective-actor-clash", { id: value }];
    case "duplicate-membership":
      return ["duplicate-membership", { ...issue.params }];
    case "invalid-weight":
      return ["invalid-weight", { value: value || "(empty)" }];
    case "invalid-date":
      // A membership whose end is before its start (links have their own code, end-before-start).
      if (issue.params.problem === "order") return ["date-before-start", { field, value }];
      return ["invalid-date", { field, value }];
    case "end-before-start":
      return ["end-before-start", { end: value, start: rows.links[issue.row ?? -1]?.start?.trim() ?? "" }];
    case "invalid-coordinate":
      return ["invalid-coordinate", { field, value }];
    case "empty-id":
      return ["empty-id", { field, table: emptyIdTable(issue) }];
    default:
      return ["model", { message: issue.message }];
  }
}

/** Which id an empty-id issue misses, for its message. */
function emptyIdTable(issue: TerritoryIssue): string {
  if (issue.table === "actors" || issue.table === "collectives") return issue.table;
  return issue.field === "collective" ? "collective" : "links";
}

function warningProblem(issue: TerritoryIssue, rows: TerritoryRows): InputProblem {
  let place: SourcePlace = { file: issue.table === "actors" ? rows.actorsFile : rows.linksFile };
  const count = issue.count ?? 1;
  let code: InputProblemCode = "model";
  let params: ProblemParams = { message: issue.message };
  if (issue.code === "self-loop") {
    const row = rows.links.findIndex((link) => link.source.trim() === link.target.trim());
    place = rows.linkPlaces[row]?.("target") ?? place;
    [code, params] = ["self-loops", { count, first: "yes" }];
  } else if (issue.code === "parallel-links") {
    const row = firstParallel(rows);
    place = rows.linkPlaces[row]?.("source") ?? place;
    [code, params] = ["parallel-links", { count, first: "yes" }];
  } else if (issue.code === "missing-world") {
    const row = rows.actors.findIndex((actor) => (actor.world?.trim() ?? "") === "");
    place = rows.actorPlaces[row]?.("world") ?? place;
    [code, params] = ["missing-worlds", { count, world: UNKNOWN_WORLD, first: "yes" }];
  }
  const { raw: _raw, ...where } = place;
  return inputProblem(code, params, where, "warning");
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

// NOTE: built once per read (a WeakMap on the rows), so that reporting every duplicate id stays
// linear in the number of actors; searching the list for each duplicate was quadratic.
const firstRows = new WeakMap<TerritoryRows, Map<string, number>>();

function firstRowOfId(rows: TerritoryRows): Map<string, number> {
  let first = firstRows.get(rows);
  if (first === undefined) {
    first = new Map();
    for (const [row, actor] of rows.actors.entries()) {
      const id = actor.id.trim();
      if (!first.has(id)) first.set(id, row);
    }
    firstRows.set(rows, first);
  }
  return first;
}

/**
 * Ids in Unicode normal form C, so that `é` typed as one code point or as `e`
 * and a combining accent names one actor, whatever tool wrote the file. Two
 * distinct ids of the actor table that become one are reported (the model then
 * refuses the duplicate).
 */
function normaliseIds(rows: TerritoryRows, problems: InputProblem[]): TerritoryRows {
  const nfc = (id: string) => id.normalize("NFC");
  const spelled = new Map<string, string>();
  rows.actors.forEach((actor, row) => {
    const id = actor.id.trim();
    const normal = nfc(id);
    const before = spelled.get(normal);
    if (before === undefined) spelled.set(normal, id);
    else if (before !== id) {
      const { raw: _raw, ...place } = rows.actorPlaces[row]?.("id") ?? { file: rows.actorsFile };
      problems.push(inputProblem("nfc-collapse", { id, other: before }, place, "warning"));
    }
  });
  return {
    ...rows,
    actors: rows.actors.map((actor) => ({ ...actor, id: nfc(actor.id) })),
    links: rows.links.map((link) => ({ ...link, source: nfc(link.source), target: nfc(link.target) })),
    // Collective ids are ids too, and memberships name actors.
    ...(rows.collectives && {
      collectives: {
        ...rows.collectives,
        rows: rows.collectives.rows.map((collective) => ({ ...collective, id: nfc(collective.id) })),
      },
    }),
    ...(rows.memberships && {
      memberships: {
        ...rows.memberships,
        rows: rows.memberships.rows.map((membership) => ({
          ...membership,
          collective: nfc(membership.collective),
          actor: nfc(membership.actor),
        })),
      },
    }),
  };
}

/**
 * Merged parallel links sum their weights; two weights near 1.8e308 sum to
 * Infinity, which no writer can write back. Such a territory is refused.
 */
function checkFiniteWeights(graph: TerritoryGraph, rows: TerritoryRows, problems: InputProblem[]): void {
  let reported = 0;
  graph.forEachEdge((_edge, attrs, _source, _target, sourceAttrs, targetAttrs) => {
    // A few places are enough to fix the file; each costs a scan of the links.
    if (Number.isFinite(attrs.weight) || ++reported > 10) return;
    const pair = new Set([sourceAttrs.id, targetAttrs.id]);
    const row = rows.links.findIndex((link) => pair.has(link.source.trim()) && pair.has(link.target.trim()));
    const { raw: _raw, ...place } = rows.linkPlaces[row]?.("weight") ?? { file: rows.linksFile };
    problems.push(inputProblem("infinite-weight", { source: sourceAttrs.id, target: targetAttrs.id }, place));
  });
}
