/**
 * A dataset's collectives (multi-party alliances) as the explorer uses them:
 * the collectives and memberships of the actors shown (so that the analysis
 * of filtered rows never names an absent actor), an actor's collectives for
 * its panel, and a collective's members for the collective panel.
 */
import type { ActorInput, CollectiveInput, MembershipInput } from "@catalyse/core";
import { type Dataset, worldOf } from "./dataset.js";

export interface CollectiveRows {
  collectives: CollectiveInput[];
  memberships: MembershipInput[];
}

/** The memberships of the actors shown, and the collectives they belong to. */
export function collectivesForRows(dataset: Dataset, actors: readonly ActorInput[]): CollectiveRows {
  const shown = new Set(actors.map((actor) => actor.id));
  const memberships = (dataset.memberships ?? []).filter((m) => shown.has(m.actor));
  const used = new Set(memberships.map((m) => m.collective));
  return { collectives: (dataset.collectives ?? []).filter((c) => used.has(c.id)), memberships };
}

/** The node key of a collective in the two-mode view (actor keys are dataset positions, so never clash). */
export function collectiveNodeKey(collectiveId: string): string {
  return `collective:${collectiveId}`;
}

export interface ActorCollective {
  id: string;
  label: string;
  kind: string;
  role: string | null;
}

/** The collectives an actor belongs to, in the dataset's order. */
export function collectivesOfActor(dataset: Dataset, actorId: string): ActorCollective[] {
  const roles = new Map<string, string | null>();
  for (const m of dataset.memberships ?? [])
    if (m.actor === actorId && !roles.has(m.collective)) roles.set(m.collective, m.role ?? null);
  return (dataset.collectives ?? [])
    .filter((c) => roles.has(c.id))
    .map((c) => ({
      id: c.id,
      label: c.label?.trim() || c.id,
      kind: c.kind?.trim() || "",
      role: roles.get(c.id)!,
    }));
}

/** A member of a collective, as its panel lists it. */
export interface CollectiveMember {
  id: string;
  label: string;
  world: string;
  /** The first membership's role (free text), null when none. */
  role: string | null;
}

/** A collective as its panel shows it: its own columns and its members among the actors shown. */
export interface CollectiveDetails {
  id: string;
  label: string;
  kind: string;
  start: string | null;
  end: string | null;
  /** Distinct members among the actors shown, in the dataset's actor order. */
  members: CollectiveMember[];
}

/**
 * A collective with its members among `actors` (the rows shown); undefined
 * when the dataset has no such collective. An actor listed twice (left and
 * joined again) is one member.
 */
export function collectiveDetails(
  dataset: Dataset,
  collectiveId: string,
  actors: readonly ActorInput[],
): CollectiveDetails | undefined {
  const collective = (dataset.collectives ?? []).find((c) => c.id === collectiveId);
  if (collective === undefined) return undefined;
  const roles = new Map<string, string | null>();
  for (const m of dataset.memberships ?? [])
    if (m.collective === collectiveId && !roles.has(m.actor)) roles.set(m.actor, m.role?.trim() || null);
  return {
    id: collective.id,
    label: collective.label?.trim() || collective.id,
    kind: collective.kind?.trim() || "",
    start: collective.start?.trim() || null,
    end: collective.end?.trim() || null,
    members: actors
      .filter((actor) => roles.has(actor.id))
      .map((actor) => ({
        id: actor.id,
        label: actor.label?.trim() || actor.id,
        world: worldOf(actor),
        role: roles.get(actor.id)!,
      })),
  };
}
