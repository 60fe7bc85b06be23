/**
 * Collectives: multi-party alliances (a steering committee, a project
 * consortium, a fund and its co-financers, a local pole) whose members are
 * co-present, rather than linked pair by pair. A territory holds them beside
 * its actors and links; memberships tie actors to collectives.
 */
import type { AttributeType, AttributeValue } from "../graph/types.js";

/** The kind given to a collective whose kind is missing. */
export const DEFAULT_COLLECTIVE_KIND = "collective";

/** A collective as given to `createTerritory`. */
export interface CollectiveInput {
  id: string;
  /** Defaults to the id. */
  label?: string | null;
  /** committee, project, consortium, fund, pole…; defaults to {@link DEFAULT_COLLECTIVE_KIND}. */
  kind?: string | null;
  /** A year (`2021`), a month or an ISO date. */
  start?: string | null;
  end?: string | null;
  attributes?: Record<string, AttributeValue>;
}

/** A membership (an actor in a collective) as given to `createTerritory`. */
export interface MembershipInput {
  collective: string;
  actor: string;
  /** Free text: convener, member, funder… */
  role?: string | null;
  start?: string | null;
  end?: string | null;
  attributes?: Record<string, AttributeValue>;
}

/** A validated collective, as the territory graph holds it. */
export interface Collective {
  id: string;
  label: string;
  kind: string;
  start: string | null;
  end: string | null;
  attributes: Record<string, AttributeValue>;
}

/** A validated membership; `actor` is an actor id, `collective` a collective id. */
export interface Membership {
  collective: string;
  actor: string;
  role: string | null;
  start: string | null;
  end: string | null;
  attributes: Record<string, AttributeValue>;
}

/** The collectives of a territory (graph attributes `collectives`, `memberships`, and their column types). */
export interface TerritoryCollectives {
  collectives: Collective[];
  memberships: Membership[];
  collectiveAttributeTypes: Record<string, AttributeType>;
  membershipAttributeTypes: Record<string, AttributeType>;
}
