/**
 * "No one in the middle" with collectives. The article's principle is that
 * the collective, not an actor, stands in the middle. Three figures test it:
 *
 * - **Conveners**: an actor that convenes collectives (a membership role such
 *   as convener, pilote, animateur, porteur) would broker between all their
 *   members if each collective were drawn as a star around it, as flattened
 *   data does. Its betweenness with its collectives drawn as stars (the others
 *   projected) against its betweenness on the analysed network (collectives as
 *   co-presence) says how much of its apparent brokerage the collectives hold.
 * - **Gatekeepers**: an actor that is the only member two of its collectives
 *   share bridges them (Borgatti & Everett 1997's two-mode brokerage); it is
 *   in the middle even with collectives counted.
 * - **Where brokerage rests**: the share of two-mode betweenness (raw sums on
 *   the actor–collective graph) carried by collectives rather than actors;
 *   brokerage rests on collectives (the article's ideal) when that share
 *   reaches {@link COLLECTIVE_BROKERAGE_THRESHOLDS}.collectivesMinShare, on one
 *   actor when the top actor alone carries `oneActorMinShare`.
 *
 * Betweenness here is hop-count and normalised, as the document's `betweenness`.
 */
import { betweenness } from "../centrality/betweenness.js";
import type { CompactIndex } from "../graph/compact-index.js";
import type { TerritoryGraph } from "../graph/types.js";
import { projectIndex } from "./project-index.js";
import { coMembershipPairs, type Projection } from "./projection.js";
import { membersByCollective, territoryCollectives } from "./territory-collectives.js";
import type { TwoModeResult } from "./two-mode-centrality.js";

/** The thresholds {@link collectiveBrokerage} reads with (see {@link COLLECTIVE_BROKERAGE_THRESHOLDS}). */
export interface CollectiveBrokerageThresholds {
  /** Membership roles (case- and accent-insensitive) that mark a collective's convener. */
  convenerPattern: RegExp;
  /**
   * Brokerage rests on collectives when they carry at least this share of
   * two-mode betweenness. NOTE: paths between actors alternate actor,
   * collective, actor…, so collectives hold about half of it when neither
   * mode stands out (an actor alone in four pairs with others: 54%); 0.6 asks
   * for clearly more than that.
   */
  collectivesMinShare: number;
  /** …otherwise on one actor when the top actor carries at least this share. */
  oneActorMinShare: number;
  /** Conveners are only tested (one betweenness each) up to this many actors × links. */
  maxConvenerWork: number;
}

/** The thresholds of the collective brokerage reading (convener roles, shares, work budget). */
export const COLLECTIVE_BROKERAGE_THRESHOLDS: Readonly<CollectiveBrokerageThresholds> = Object.freeze({
  convenerPattern: /conven|pilot|animat|porteu|chef de file|lead|coordinat|president|chair|secretariat/i,
  collectivesMinShare: 0.6,
  oneActorMinShare: 0.25,
  maxConvenerWork: 2e8,
});

/** An actor that convenes collectives, with its betweenness when they are drawn as stars around it or as co-presence. */
export interface Convener {
  actor: string;
  /** Collectives it convenes. */
  collectives: string[];
  /** Its betweenness with those collectives drawn as stars around it. */
  betweennessAsStar: number;
  /** Its betweenness on the analysed network (collectives as co-presence). */
  betweennessAsCoPresence: number;
  /** The brokerage a star drawing lends it: star − co-presence, 0 when co-presence gives as much. */
  fromConvening: number;
}

/** An actor that alone joins pairs of its collectives (they share no other member). */
export interface Gatekeeper {
  actor: string;
  /** Pairs of its collectives that share no other member. */
  bridges: [string, string][];
  /** Its two-mode betweenness. */
  twoModeBetweenness: number | null;
}

/** Who carries the territory's brokerage: its collectives, one actor, or actors spread out. */
export type BrokerageBase = "collectives" | "one-actor" | "actors";

/** How much brokerage collectives carry compared with single actors, with their conveners and gatekeepers. */
export interface CollectiveBrokerage {
  /** Share of two-mode betweenness carried by collectives; null when no one brokers. */
  collectiveShare: number | null;
  /** The actor with the most two-mode betweenness and its share of the total; null when no one brokers. */
  topActor: { actor: string; share: number } | null;
  restsOn: BrokerageBase | null;
  conveners: Convener[] | null;
  gatekeepers: Gatekeeper[];
}

/** Options of {@link collectiveBrokerage}. */
export interface CollectiveBrokerageOptions {
  projection?: Projection;
  thresholds?: Partial<CollectiveBrokerageThresholds>;
}

/**
 * Who carries brokerage in a territory with collectives: the collectives, one actor, or actors spread out.
 * @param graph the territory's collectives and memberships
 * @param explicit the compact index of the explicit links alone (no projection)
 * @param coPresence betweenness of each actor (by id) on the analysed network
 */
export function collectiveBrokerage(
  graph: TerritoryGraph,
  explicit: CompactIndex,
  twoMode: TwoModeResult,
  coPresence: ReadonlyMap<string, number | null>,
  options: CollectiveBrokerageOptions = {},
): CollectiveBrokerage {
  const thresholds = { ...COLLECTIVE_BROKERAGE_THRESHOLDS, ...options.thresholds };
  const { index, actors: n } = twoMode.graph;
  const raw = twoMode.rawBetweenness;
  let total = 0;
  let onCollectives = 0;
  let top = -1;
  for (let v = 0; v < index.order; v++) {
    total += raw[v]!;
    if (v >= n) onCollectives += raw[v]!;
    else if (top === -1 || raw[v]! > raw[top]!) top = v;
  }
  const collectiveShare = total > 0 ? onCollectives / total : null;
  const topActor = total > 0 && top !== -1 ? { actor: index.ids[top]!, share: raw[top]! / total } : null;
  let restsOn: BrokerageBase | null = null;
  if (collectiveShare !== null)
    restsOn =
      collectiveShare >= thresholds.collectivesMinShare
        ? "collectives"
        : (topActor?.share ?? 0) >= thresholds.oneActorMinShare
          ? "one-actor"
          : "actors";
  return {
    collectiveShare,
    topActor,
    restsOn,
    conveners: conveners(graph, explicit, coPresence, thresholds, options.projection ?? "newman"),
    gatekeepers: gatekeepers(twoMode),
  };
}

function gatekeepers(twoMode: TwoModeResult): Gatekeeper[] {
  const { members } = twoMode.graph;
  const collectivesOf = new Map<string, string[]>();
  for (const [collective, list] of members)
    for (const actor of list) collectivesOf.set(actor, [...(collectivesOf.get(actor) ?? []), collective]);
  const result: Gatekeeper[] = [];
  for (const [actor, collectives] of collectivesOf) {
    const bridges: [string, string][] = [];
    for (let i = 0; i < collectives.length; i++)
      for (let j = i + 1; j < collectives.length; j++) {
        const a = new Set(members.get(collectives[i]!)!);
        const shared = members.get(collectives[j]!)!.filter((m) => a.has(m));
        if (shared.length === 1) bridges.push([collectives[i]!, collectives[j]!]);
      }
    if (bridges.length > 0)
      result.push({ actor, bridges, twoModeBetweenness: twoMode.actors.get(actor)?.betweenness ?? null });
  }
  return result.sort((x, y) => (y.twoModeBetweenness ?? 0) - (x.twoModeBetweenness ?? 0));
}

function conveners(
  graph: TerritoryGraph,
  explicit: CompactIndex,
  coPresence: ReadonlyMap<string, number | null>,
  thresholds: CollectiveBrokerageThresholds,
  projection: Projection,
): Convener[] | null {
  const { memberships } = territoryCollectives(graph);
  const convened = new Map<string, string[]>();
  for (const m of memberships)
    if (m.role !== null && thresholds.convenerPattern.test(foldAccents(m.role)))
      convened.set(m.actor, [...new Set([...(convened.get(m.actor) ?? []), m.collective])]);
  if (convened.size === 0) return [];
  if (convened.size * explicit.order * Math.max(1, explicit.size) > thresholds.maxConvenerWork) return null;
  const members = membersByCollective(territoryCollectives(graph));
  const result: Convener[] = [];
  for (const [actor, collectives] of convened) {
    // Flattened data: the convened collectives as stars around the actor, the others as co-presence.
    const own = new Set(collectives);
    const others = new Map([...members].filter(([id]) => !own.has(id)));
    const spokes = collectives.flatMap((id) =>
      (members.get(id) ?? []).map((member): [string, string, number] => [actor, member, 1]),
    );
    const drawn = projectIndex(projectIndex(explicit, coMembershipPairs(others, { projection })), spokes);
    const star = betweenness(drawn).get(actor) ?? 0;
    const present = coPresence.get(actor) ?? 0;
    // Below float noise, the star lends nothing.
    const lent = star - present > 1e-12 ? star - present : 0;
    result.push({
      actor,
      collectives,
      betweennessAsStar: star,
      betweennessAsCoPresence: present,
      fromConvening: lent,
    });
  }
  return result.sort((x, y) => y.fromConvening - x.fromConvening);
}

function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
