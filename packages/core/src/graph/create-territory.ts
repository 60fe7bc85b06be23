/**
 * Building a territory graph from rows: the one entry point through which
 * every reader (CSV, XLSX, GEXF, GraphML, JSON) goes, so that validation and
 * merging rules are written once.
 */
import Graph from "graphology";
import { checkCollectives } from "../collectives/check-collectives.js";
import type { CollectiveInput, MembershipInput } from "../collectives/types.js";
import { dateOrdinal, isLinkDate } from "./dates.js";
import { TerritoryError, type TerritoryIssue, territoryIssue } from "./territory-error.js";
import type { ErrorParams, TerritoryIssueCode } from "./territory-messages.js";
import {
  type ActorAttributes,
  type ActorInput,
  DEFAULT_WORLDS,
  type LinkAttributes,
  type LinkInput,
  type TerritoryAttributes,
  type TerritoryGraph,
  type TerritoryMeta,
  UNKNOWN_WORLD,
} from "./types.js";

/** What `createTerritory` reads: actors, links and metadata. */
export interface TerritoryInput {
  meta?: TerritoryMeta;
  actors: readonly ActorInput[];
  links: readonly LinkInput[];
  /** Multi-party alliances; their members are co-present. Default: none. */
  collectives?: readonly CollectiveInput[];
  memberships?: readonly MembershipInput[];
}

/** The territory graph and the warnings met while building it. */
export interface TerritoryResult {
  graph: TerritoryGraph;
  /** Non-fatal issues: merged parallel links, dropped self-loops, missing worlds. */
  warnings: TerritoryIssue[];
}

/**
 * Builds a territory graph, validating every row.
 *
 * - Parallel links between the same pair (either orientation when undirected)
 *   merge: weights are summed, dates widened (earliest start, latest end; an
 *   open end stays open), types kept as a list; one warning counts them.
 * - Self-loops are dropped, with one warning that counts them.
 *
 * @throws {TerritoryError} listing every error (duplicate ids, unknown actors,
 *   invalid weights or dates) found in one pass.
 */
export function createTerritory(input: TerritoryInput): TerritoryResult {
  const meta = input.meta ?? {};
  const directed = meta.directed ?? false;
  const issues: TerritoryIssue[] = [];
  const graph: TerritoryGraph = new Graph<ActorAttributes, LinkAttributes, TerritoryAttributes>({
    type: directed ? "directed" : "undirected",
    multi: false,
    allowSelfLoops: false,
  });

  const keyOf = new Map<string, string>();
  const worldsSeen = new Set<string>();
  let missingWorlds = 0;

  input.actors.forEach((actor, row) => {
    const id = actor.id.trim();
    if (id === "") {
      issues.push(error("empty-id", "actors", row, "id", { table: "actors", field: "id" }));
      return;
    }
    if (keyOf.has(id)) {
      issues.push(error("duplicate-actor", "actors", row, "id", { id, mapping: "no" }));
      return;
    }
    const lat = coordinate(actor.lat, -90, 90, "lat", row, issues);
    const lon = coordinate(actor.lon, -180, 180, "lon", row, issues);
    let world = actor.world?.trim() ?? "";
    if (world === "") {
      world = UNKNOWN_WORLD;
      missingWorlds++;
    }
    worldsSeen.add(world);
    const key = String(keyOf.size);
    keyOf.set(id, key);
    graph.addNode(key, {
      id,
      label: actor.label?.trim() || id,
      world,
      lat,
      lon,
      attributes: { ...actor.attributes },
    });
  });

  let selfLoops = 0;
  let parallel = 0;
  input.links.forEach((link, row) => {
    const sourceKey = endpoint(link.source, "source", row, keyOf, issues);
    const targetKey = endpoint(link.target, "target", row, keyOf, issues);
    const weight = link.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0) {
      issues.push(error("invalid-weight", "links", row, "weight", { value: String(weight), mapping: "no" }));
      return;
    }
    const start = linkDate(link.start, "start", row, issues);
    const end = linkDate(link.end, "end", row, issues);
    if (sourceKey === undefined || targetKey === undefined || start === undefined || end === undefined)
      return;
    if (start !== null && end !== null && dateOrdinal(end, "end") < dateOrdinal(start, "start")) {
      // A link that ends before it starts is never active: a typo (swapped dates) to fix, not to guess.
      issues.push(error("end-before-start", "links", row, "end", { end, start }));
      return;
    }
    if (sourceKey === targetKey) {
      selfLoops++;
      return;
    }
    const type = link.type?.trim() ?? "";
    const existing = graph.edge(sourceKey, targetKey);
    if (existing === undefined) {
      graph.addEdge(sourceKey, targetKey, {
        weight,
        types: type === "" ? [] : [type],
        start,
        end,
        merged: 1,
        attributes: { ...link.attributes },
      });
      return;
    }
    parallel++;
    const attrs = graph.getEdgeAttributes(existing);
    graph.mergeEdgeAttributes(existing, {
      weight: attrs.weight + weight,
      types: type === "" || attrs.types.includes(type) ? attrs.types : [...attrs.types, type],
      start: widen(attrs.start, start, "start"),
      end: widen(attrs.end, end, "end"),
      merged: attrs.merged + 1,
      attributes: { ...link.attributes, ...attrs.attributes },
    });
  });

  const { collectives, memberships } = checkCollectives(
    input.collectives ?? [],
    input.memberships ?? [],
    new Set(keyOf.keys()),
    issues,
  );

  if (issues.some((issue) => issue.severity === "error")) throw new TerritoryError(issues);

  if (selfLoops > 0)
    issues.push(
      territoryIssue("warning", "self-loop", { count: selfLoops }, { table: "links", count: selfLoops }),
    );
  if (parallel > 0)
    issues.push(
      territoryIssue("warning", "parallel-links", { count: parallel }, { table: "links", count: parallel }),
    );
  if (missingWorlds > 0)
    issues.push(
      territoryIssue(
        "warning",
        "missing-world",
        { count: missingWorlds, world: UNKNOWN_WORLD },
        { table: "actors", count: missingWorlds },
      ),
    );

  graph.replaceAttributes({
    name: meta.name ?? "",
    description: meta.description ?? "",
    source: meta.source ?? "",
    directed,
    worlds: orderWorlds(meta.worlds, worldsSeen),
    actorAttributeTypes: { ...meta.actorAttributeTypes },
    linkAttributeTypes: { ...meta.linkAttributeTypes },
    extra: { ...meta.extra },
    // Only territories with collectives carry the keys, so other graphs export as before.
    ...(collectives.length === 0
      ? {}
      : {
          collectives,
          memberships,
          collectiveAttributeTypes: { ...meta.collectiveAttributeTypes },
          membershipAttributeTypes: { ...meta.membershipAttributeTypes },
        }),
  });
  return { graph, warnings: issues };
}

/** A Map from actor id to graph node key. */
export function actorKeyIndex(graph: TerritoryGraph): Map<string, string> {
  const index = new Map<string, string>();
  graph.forEachNode((key, attrs) => {
    index.set(attrs.id, key);
  });
  return index;
}

/**
 * The worlds in use in their reading order: the declared ones first, then
 * {@link DEFAULT_WORLDS} present, then the others in order of first appearance.
 */
export function orderWorlds(declared: readonly string[] | undefined, seen: ReadonlySet<string>): string[] {
  const ordered: string[] = [];
  for (const world of [...(declared ?? []), ...DEFAULT_WORLDS, ...seen]) {
    if (!ordered.includes(world) && (seen.has(world) || declared?.includes(world))) ordered.push(world);
  }
  return ordered;
}

function error(
  code: TerritoryIssueCode,
  table: "actors" | "links",
  row: number,
  field: string,
  params: ErrorParams,
): TerritoryIssue {
  return territoryIssue("error", code, params, { table, row, field });
}

function endpoint(
  id: string,
  field: "source" | "target",
  row: number,
  keyOf: ReadonlyMap<string, string>,
  issues: TerritoryIssue[],
): string | undefined {
  const trimmed = id.trim();
  const key = keyOf.get(trimmed);
  if (key === undefined)
    issues.push(
      trimmed === ""
        ? error("empty-id", "links", row, field, { table: "links", field })
        : error("unknown-actor", "links", row, field, { table: "links", field, id: trimmed }),
    );
  return key;
}

function coordinate(
  value: number | null | undefined,
  min: number,
  max: number,
  field: "lat" | "lon",
  row: number,
  issues: TerritoryIssue[],
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < min || value > max) {
    issues.push(
      error("invalid-coordinate", "actors", row, field, {
        field,
        value: String(value),
        min: String(min),
        max: String(max),
      }),
    );
    return null;
  }
  return value;
}

/** Returns the normalised date, null when absent, undefined when invalid (an issue is recorded). */
function linkDate(
  value: string | null | undefined,
  field: "start" | "end",
  row: number,
  issues: TerritoryIssue[],
): string | null | undefined {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return null;
  if (isLinkDate(trimmed)) return trimmed;
  issues.push(
    error("invalid-date", "links", row, field, {
      table: "links",
      field,
      value: trimmed,
      problem: "format",
      start: "",
    }),
  );
  return undefined;
}

function widen(current: string | null, next: string | null, bound: "start" | "end"): string | null {
  // An open bound (no start, no end) already covers everything.
  if (current === null || next === null) return null;
  const earlier = dateOrdinal(next, bound) < dateOrdinal(current, bound);
  return bound === "start" ? (earlier ? next : current) : earlier ? current : next;
}
