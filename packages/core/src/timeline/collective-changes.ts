/**
 * Collectives across a timeline (the timeline follows membership dates, see
 * `collectives-at.ts`): collectives formed and ended between two steps,
 * actors joining collectives that already existed, and how the share of
 * actors in a collective and the number of cross-world collectives moved
 * from the first step to the last. The first step is the baseline: nothing
 * is "formed" or "joined" there.
 *
 * Only dated facts are said: a collective is formed at a step when its own
 * start date falls after the previous step (a collective without a start
 * date, or whose members only appear later, is never said to have started),
 * and ended when its own end date falls before this step.
 */
import { territoryCollectives } from "../collectives/territory-collectives.js";
import { dateOrdinal } from "../graph/dates.js";
import type { TerritoryGraph } from "../graph/types.js";
import { stepInstant } from "./snapshot.js";
import type { TimelineSnapshot } from "./timeline-types.js";

/** A collective as a timeline names it. */
export interface CollectiveRef {
  id: string;
  label: string;
}

/** A collective formed or ended, with the year of its own start or end date. */
export interface CollectiveEvent extends CollectiveRef {
  year: number;
}

/** Actors who joined a collective that existed at the previous step. */
export interface CollectiveJoin {
  collective: CollectiveRef;
  /** The actors' ids and labels, in the territory's actor order. */
  actors: { id: string; label: string }[];
}

/** What changed in the collectives between one step and the previous one. */
export interface CollectiveStepChange {
  /** The previous step's year: changes happened after its end, by the end of `year`. */
  fromYear: number;
  year: number;
  /** Collectives present now, absent at the previous step, whose start date is after it (`year`: the start's). */
  formed: CollectiveEvent[];
  /** Collectives present at the previous step, absent now, whose end date is before this step (`year`: the end's). */
  ended: CollectiveEvent[];
  joined: CollectiveJoin[];
}

/** A figure at the first and the last step. */
export interface CollectiveTrend {
  fromYear: number;
  toYear: number;
  before: number | null;
  after: number | null;
}

/** The collectives' weak signals of a timeline. */
export interface CollectiveChanges {
  /** Steps where a collective formed, ended or gained members, in order. */
  steps: CollectiveStepChange[];
  /** Share of the actors present in at least one collective (0 at a step without collectives; null without actors). */
  memberShare: CollectiveTrend;
  /** Collectives whose members come from at least two worlds. */
  crossWorld: CollectiveTrend;
}

interface StepCollectives {
  year: number;
  labels: Map<string, string>;
  /** Collective id → member actor ids. */
  members: Map<string, Set<string>>;
  starts: Map<string, string | null>;
  ends: Map<string, string | null>;
}

function stepCollectives(snapshot: TimelineSnapshot): StepCollectives {
  const { collectives, memberships } = territoryCollectives(snapshot.graph);
  const members = new Map<string, Set<string>>();
  for (const m of memberships)
    members.set(m.collective, (members.get(m.collective) ?? new Set()).add(m.actor));
  return {
    year: snapshot.year,
    labels: new Map(collectives.map((c) => [c.id, c.label] as const)),
    members,
    starts: new Map(collectives.map((c) => [c.id, c.start] as const)),
    ends: new Map(collectives.map((c) => [c.id, c.end] as const)),
  };
}

function actorLabels(graph: TerritoryGraph): Map<string, string> {
  const labels = new Map<string, string>();
  graph.forEachNode((_key, attrs) => labels.set(attrs.id, attrs.label));
  return labels;
}

function trend(
  snapshots: readonly TimelineSnapshot[],
  value: (snapshot: TimelineSnapshot) => number | null,
): CollectiveTrend {
  const first = snapshots[0]!;
  const last = snapshots.at(-1)!;
  return { fromYear: first.year, toYear: last.year, before: value(first), after: value(last) };
}

/** The collectives' changes across the snapshots; null when no step has a collective. */
export function collectiveChanges(snapshots: readonly TimelineSnapshot[]): CollectiveChanges | null {
  const steps = snapshots.map(stepCollectives);
  if (steps.every((step) => step.members.size === 0)) return null;
  const changes: CollectiveStepChange[] = [];
  for (let i = 1; i < steps.length; i++) {
    const before = steps[i - 1]!;
    const now = steps[i]!;
    const previousInstant = stepInstant(before.year);
    const instant = stepInstant(now.year);
    const ref = (step: StepCollectives, id: string): CollectiveRef => ({
      id,
      label: step.labels.get(id) ?? id,
    });
    const yearOf = (ordinal: number) => Math.floor(ordinal / 10000);
    const formed: CollectiveEvent[] = [];
    for (const id of now.members.keys()) {
      const start = now.starts.get(id) ?? null;
      const ordinal = start === null ? Number.NaN : dateOrdinal(start, "start");
      // NaN (no start date) is never after the previous step: an undated collective never "forms".
      if (!before.members.has(id) && ordinal > previousInstant)
        formed.push({ ...ref(now, id), year: yearOf(ordinal) });
    }
    const ended: CollectiveEvent[] = [];
    for (const id of before.members.keys()) {
      const end = before.ends.get(id) ?? null;
      const ordinal = end === null ? Number.NaN : dateOrdinal(end, "end");
      if (!now.members.has(id) && ordinal < instant)
        ended.push({ ...ref(before, id), year: yearOf(ordinal) });
    }
    const labels = actorLabels(snapshots[i]!.graph);
    const joined: CollectiveJoin[] = [];
    for (const [id, members] of now.members) {
      const earlier = before.members.get(id);
      if (earlier === undefined) continue;
      const newcomers = [...labels.keys()].filter((actor) => members.has(actor) && !earlier.has(actor));
      if (newcomers.length > 0)
        joined.push({
          collective: ref(now, id),
          actors: newcomers.map((actor) => ({ id: actor, label: labels.get(actor)! })),
        });
    }
    if (formed.length + ended.length + joined.length > 0)
      changes.push({ fromYear: before.year, year: now.year, formed, ended, joined });
  }
  const figures = (snapshot: TimelineSnapshot) => snapshot.document.graph;
  return {
    steps: changes,
    memberShare: trend(snapshots, (s) =>
      figures(s).nodes === 0 ? null : (figures(s).collectives?.memberShare ?? 0),
    ),
    crossWorld: trend(snapshots, (s) => figures(s).collectives?.crossWorld ?? 0),
  };
}
