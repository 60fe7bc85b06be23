/**
 * A dataset's collectives (multi-party alliances) as the explorer uses them:
 * the collectives and memberships of the actors shown (so that the analysis
 * of filtered rows never names an absent actor), and an actor's collectives
 * for its panel.
 */
import type { ActorInput, CollectiveInput, MembershipInput } from "@catalyse/core";
import type { Dataset } from "./dataset.js";

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
