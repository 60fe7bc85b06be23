/**
 * Collectives through time: a membership is active at an instant when both
 * its own dates and its collective's allow it (a missing start means since
 * the beginning, a missing end still active, as for links). What timeline
 * snapshots keep, and the dates that widen the timeline's span.
 */
import { dateOrdinal } from "../graph/dates.js";
import type { TerritoryGraph } from "../graph/types.js";
import { territoryCollectives } from "./territory-collectives.js";
import type { CollectiveInput, MembershipInput } from "./types.js";

function isActive(start: string | null, end: string | null, instant: number): boolean {
  if (start !== null && dateOrdinal(start, "start") > instant) return false;
  if (end !== null && dateOrdinal(end, "end") < instant) return false;
  return true;
}

/** The active memberships at `instant` (a yyyymmdd ordinal) and the collectives that have one. */
export function collectivesAt(
  graph: TerritoryGraph,
  instant: number,
): { collectives: CollectiveInput[]; memberships: MembershipInput[] } {
  const data = territoryCollectives(graph);
  const open = new Map(
    data.collectives.filter((c) => isActive(c.start, c.end, instant)).map((c) => [c.id, c] as const),
  );
  const memberships = data.memberships.filter(
    (m) => open.has(m.collective) && isActive(m.start, m.end, instant),
  );
  const used = new Set(memberships.map((m) => m.collective));
  return { collectives: [...open.values()].filter((c) => used.has(c.id)), memberships };
}

/** Every start and end date of collectives and memberships, for the timeline's span. */
export function collectiveDates(graph: TerritoryGraph): { starts: string[]; ends: string[] } {
  const data = territoryCollectives(graph);
  const rows = [...data.collectives, ...data.memberships];
  return {
    starts: rows.flatMap((row) => (row.start === null ? [] : [row.start])),
    ends: rows.flatMap((row) => (row.end === null ? [] : [row.end])),
  };
}
