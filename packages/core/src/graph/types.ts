/**
 * The territory model: actors (organisations), links (alliances) and the
 * territory they belong to, held as a graphology graph with typed attributes.
 */
import type { AbstractGraph } from "graphology-types";
import type { Collective, Membership } from "../collectives/types.js";

/** A free attribute value, as read from a file column. Dates are ISO strings (`2012` or `2012-05-03`). */
export type AttributeValue = string | number | boolean | null;

/** The type of a free attribute column, so that writers can declare it (GEXF, GraphML). */
export type AttributeType = "string" | "number" | "boolean" | "date";

/** The worlds (sectors) Catalyse knows by default; any other value is allowed. */
export const DEFAULT_WORLDS: readonly string[] = [
  "association",
  "entreprise",
  "collectivité",
  "État",
  "académique",
  "fondation",
];

/** The world given to an actor whose world is missing. */
export const UNKNOWN_WORLD = "inconnu";

/** An actor as given to {@link createTerritory}. */
export interface ActorInput {
  id: string;
  /** Defaults to the id. */
  label?: string | null;
  /** Defaults to {@link UNKNOWN_WORLD}, with a warning. */
  world?: string | null;
  lat?: number | null;
  lon?: number | null;
  /** Free attributes, kept verbatim. */
  attributes?: Record<string, AttributeValue>;
}

/** A link (alliance) as given to {@link createTerritory}. */
export interface LinkInput {
  source: string;
  target: string;
  /** > 0; a stronger alliance has a larger weight. Defaults to 1. */
  weight?: number | null;
  type?: string | null;
  /** A year (`2012`) or an ISO date (`2012-05-03`). */
  start?: string | null;
  end?: string | null;
  attributes?: Record<string, AttributeValue>;
}

/** Node attributes of a territory graph. Metric `.assign` calls add flat numeric attributes beside these. */
export interface ActorAttributes {
  id: string;
  label: string;
  world: string;
  lat: number | null;
  lon: number | null;
  attributes: Record<string, AttributeValue>;
  [assigned: string]: unknown;
}

/** Edge attributes of a territory graph. */
export interface LinkAttributes {
  weight: number;
  /** Every type the merged parallel links carried, in input order, without repeats. */
  types: string[];
  start: string | null;
  end: string | null;
  /** How many input rows were merged into this link (1 when none were). */
  merged: number;
  attributes: Record<string, AttributeValue>;
  [assigned: string]: unknown;
}

/** Graph attributes of a territory graph. */
export interface TerritoryAttributes {
  name: string;
  description: string;
  source: string;
  directed: boolean;
  /** The worlds in use, in order of first appearance (default worlds first when present). */
  worlds: string[];
  actorAttributeTypes: Record<string, AttributeType>;
  linkAttributeTypes: Record<string, AttributeType>;
  /** Anything else `territory.json` carried, kept for round trips. */
  extra: Record<string, unknown>;
  /**
   * Collectives and their memberships (absent on graphs built before they
   * existed: read them through `territoryCollectives`).
   */
  collectives?: Collective[];
  memberships?: Membership[];
  collectiveAttributeTypes?: Record<string, AttributeType>;
  membershipAttributeTypes?: Record<string, AttributeType>;
  [assigned: string]: unknown;
}

/**
 * A territory graph.
 *
 * NOTE: node keys are positional strings ("0", "1", …) and the actor id lives in
 * the `id` attribute. graphology 0.26 keeps adjacency in plain objects, so a node
 * keyed `__proto__` is missed by `neighbors()` and breaks `edges()`; positional
 * keys make any actor id safe. Use {@link actorKeyIndex} to go from id to key.
 */
export type TerritoryGraph = AbstractGraph<ActorAttributes, LinkAttributes, TerritoryAttributes>;

/** Territory metadata as given to {@link createTerritory}. */
export interface TerritoryMeta {
  name?: string;
  description?: string;
  source?: string;
  directed?: boolean;
  worlds?: string[];
  actorAttributeTypes?: Record<string, AttributeType>;
  linkAttributeTypes?: Record<string, AttributeType>;
  collectiveAttributeTypes?: Record<string, AttributeType>;
  membershipAttributeTypes?: Record<string, AttributeType>;
  extra?: Record<string, unknown>;
}
