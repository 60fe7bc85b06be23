/**
 * Snapshots: the territory as it stood at the end of each step (a year, or
 * every N years), built from the links' `start`/`end` dates.
 *
 * A link is active at instant t when `start ≤ t ≤ end`, where a missing start
 * means "since the beginning" and a missing end "still active" (dates are read
 * as in `graph/dates.ts`: a year used as a start is its first day, as an end its
 * last day). The instant of year Y is 31 December Y, so a link `2012–2012` is in
 * the 2012 snapshot and one that ended in March 2015 is not in the 2015 one.
 *
 * An actor is present when it has at least one active link, or when it carries
 * a start-date attribute (`start` by default) on or before the instant: a
 * founded but not yet allied actor still counts as part of the territory.
 *
 * There is no NetworkX counterpart; snapshots are plain subgraphs
 * (`G.subgraph(present).edge_subgraph(active)` in spirit).
 */
import { collectiveDates, collectivesAt } from "../collectives/collectives-at.js";
import { createTerritory } from "../graph/create-territory.js";
import { dateOrdinal, isLinkDate } from "../graph/dates.js";
import type { ActorInput, LinkInput, TerritoryGraph } from "../graph/types.js";

/** Options of the timeline's snapshots: step and which links count as active. */
export interface SnapshotOptions {
  /** `"year"` (default) or a whole number of years between snapshots. */
  step?: "year" | number;
  /** Actor attributes read as the actor's start date, first found wins. Default `["start"]`. */
  actorStartAttributes?: readonly string[];
}

/** The defaults of {@link SnapshotOptions}. */
export const SNAPSHOT_DEFAULTS: Required<SnapshotOptions> = {
  step: "year",
  actorStartAttributes: ["start"],
};

/** The instant (yyyymmdd ordinal) a year-step stands for: its last day. */
export function stepInstant(year: number): number {
  return year * 10000 + 1231;
}

/** Whether a link with these dates is active at `instant` (a yyyymmdd ordinal). */
export function isActiveAt(start: string | null, end: string | null, instant: number): boolean {
  if (start !== null && dateOrdinal(start, "start") > instant) return false;
  if (end !== null && dateOrdinal(end, "end") < instant) return false;
  return true;
}

/** An actor's start date from its attributes, or null. */
export function actorStart(
  attributes: Readonly<Record<string, unknown>>,
  keys: readonly string[] = SNAPSHOT_DEFAULTS.actorStartAttributes,
): string | null {
  for (const key of keys) {
    if (!Object.hasOwn(attributes, key)) continue;
    const value = attributes[key];
    const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
    if (isLinkDate(text)) return text;
  }
  return null;
}

/**
 * The years at which snapshots are taken: from the first year any date
 * mentions to the last, every `step` years. The year after the last recorded
 * end is included (when no later start exists), so that the last snapshot
 * shows every recorded ending. Empty when the territory carries no date.
 */
export function timelineSteps(graph: TerritoryGraph, options: SnapshotOptions = {}): number[] {
  const { step, actorStartAttributes } = { ...SNAPSHOT_DEFAULTS, ...options };
  const every = step === "year" ? 1 : step;
  if (!Number.isInteger(every) || every < 1)
    throw new RangeError(`timeline step ${String(step)} is not valid; expected "year" or a whole number ≥ 1`);
  let first = Number.POSITIVE_INFINITY;
  let lastStart = Number.NEGATIVE_INFINITY;
  let lastEnd = Number.NEGATIVE_INFINITY;
  const seeStart = (date: string) => {
    const year = Math.floor(dateOrdinal(date, "start") / 10000);
    first = Math.min(first, year);
    lastStart = Math.max(lastStart, year);
  };
  graph.forEachEdge((_edge, attrs) => {
    if (attrs.start !== null) seeStart(attrs.start);
    if (attrs.end !== null) {
      const year = Math.floor(dateOrdinal(attrs.end, "end") / 10000);
      first = Math.min(first, year);
      lastEnd = Math.max(lastEnd, year);
    }
  });
  graph.forEachNode((_node, attrs) => {
    const start = actorStart(attrs.attributes, actorStartAttributes);
    if (start !== null) seeStart(start);
  });
  // Memberships and collectives carry dates too: the timeline follows them.
  const collective = collectiveDates(graph);
  for (const start of collective.starts) seeStart(start);
  for (const end of collective.ends) {
    const year = Math.floor(dateOrdinal(end, "end") / 10000);
    first = Math.min(first, year);
    lastEnd = Math.max(lastEnd, year);
  }
  if (!Number.isFinite(first)) return [];
  const last = Math.max(lastStart, lastEnd + 1);
  const years: number[] = [];
  for (let year = first; year <= last; year += every) years.push(year);
  if (years[years.length - 1] !== last) years.push(last);
  return years;
}

/**
 * The territory as it stood at the end of `year`: a new territory graph with
 * the present actors (in their original order) and the active links, carrying
 * the original attributes and metadata.
 */
export function snapshotAt(
  graph: TerritoryGraph,
  year: number,
  options: SnapshotOptions = {},
): TerritoryGraph {
  const { actorStartAttributes } = { ...SNAPSHOT_DEFAULTS, ...options };
  const instant = stepInstant(year);
  const links: LinkInput[] = [];
  const linked = new Set<string>();
  graph.forEachEdge((_edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (!isActiveAt(attrs.start, attrs.end, instant)) return;
    linked.add(source);
    linked.add(target);
    links.push({
      source: sourceAttrs.id,
      target: targetAttrs.id,
      weight: attrs.weight,
      type: attrs.types.join(";"),
      start: attrs.start,
      end: attrs.end,
      attributes: attrs.attributes,
    });
  });
  // An actor in an active membership is present, as one with an active link.
  const collectives = collectivesAt(graph, instant);
  const members = new Set(collectives.memberships.map((m) => m.actor));
  const actors: ActorInput[] = [];
  graph.forEachNode((key, attrs) => {
    const start = actorStart(attrs.attributes, actorStartAttributes);
    if (
      !linked.has(key) &&
      !members.has(attrs.id) &&
      (start === null || dateOrdinal(start, "start") > instant)
    )
      return;
    actors.push({
      id: attrs.id,
      label: attrs.label,
      world: attrs.world,
      lat: attrs.lat,
      lon: attrs.lon,
      attributes: attrs.attributes,
    });
  });
  const meta = graph.getAttributes();
  return createTerritory({
    meta: {
      name: meta.name,
      description: meta.description,
      source: meta.source,
      directed: meta.directed,
      actorAttributeTypes: meta.actorAttributeTypes,
      linkAttributeTypes: meta.linkAttributeTypes,
      collectiveAttributeTypes: meta.collectiveAttributeTypes,
      membershipAttributeTypes: meta.membershipAttributeTypes,
      extra: meta.extra,
    },
    actors,
    links,
    ...collectives,
  }).graph;
}
