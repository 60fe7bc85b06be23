/**
 * Reading a territory's collectives back from its graph attributes. Graphs
 * built before collectives existed (or by hand) have none: empty lists.
 */
import type { TerritoryGraph } from "../graph/types.js";
import type { TerritoryCollectives } from "./types.js";

/** The collectives and memberships a territory graph carries. */
export function territoryCollectives(graph: TerritoryGraph): TerritoryCollectives {
  const attrs = graph.getAttributes();
  return {
    collectives: attrs.collectives ?? [],
    memberships: attrs.memberships ?? [],
    collectiveAttributeTypes: attrs.collectiveAttributeTypes ?? {},
    membershipAttributeTypes: attrs.membershipAttributeTypes ?? {},
  };
}

/** Whether the territory has at least one collective. */
export function hasCollectives(graph: TerritoryGraph): boolean {
  return (graph.getAttribute("collectives")?.length ?? 0) > 0;
}

/** Collectives and memberships as rows (ids only matter): what explorers and readers hold. */
export interface CollectiveMembersInput {
  collectives: readonly { id: string }[];
  memberships: readonly { collective: string; actor: string }[];
}

/**
 * The members of each collective (actor ids, in membership order, without
 * repeats), collectives in their own order; a collective without members has
 * an empty list.
 */
export function membersByCollective(
  collectives: Pick<TerritoryCollectives, "collectives" | "memberships"> | CollectiveMembersInput,
): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const collective of collectives.collectives) members.set(collective.id, []);
  for (const membership of collectives.memberships) {
    const list = members.get(membership.collective);
    if (list !== undefined && !list.includes(membership.actor)) list.push(membership.actor);
  }
  return members;
}
