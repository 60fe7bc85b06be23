/**
 * The two-mode (actor–collective) graph as a compact index: the actors that
 * belong to at least one collective first (in territory order), then every
 * collective (in its own order), one link per distinct membership pair.
 * What the two-mode centralities and the gatekeeper test run on.
 */
import { type CompactIndex, compactIndexFromArrays } from "../graph/compact-index.js";
import type { TerritoryGraph } from "../graph/types.js";
import { membersByCollective, territoryCollectives } from "./territory-collectives.js";

/** The actor × collective membership graph as a compact index: actors first, then collectives. */
export interface TwoModeGraph {
  index: CompactIndex;
  /** Positions `0 .. actors − 1` are actors, the rest collectives. */
  actors: number;
  collectives: number;
  /** Members (actor ids) of each collective, in collective order. */
  members: Map<string, string[]>;
}

/** Builds the actor × collective membership graph of a territory. */
export function createTwoModeGraph(graph: TerritoryGraph): TwoModeGraph {
  const members = membersByCollective(territoryCollectives(graph));
  const isMember = new Set<string>();
  for (const list of members.values()) for (const actor of list) isMember.add(actor);
  const ids: string[] = [];
  graph.forEachNode((_key, attrs) => {
    if (isMember.has(attrs.id)) ids.push(attrs.id);
  });
  const actors = ids.length;
  ids.push(...members.keys());
  const position = new Map<string, number>(ids.map((id, i) => [id, i]));
  const sources: number[] = [];
  const targets: number[] = [];
  for (const [collective, list] of members)
    for (const actor of list) {
      sources.push(position.get(actor)!);
      targets.push(position.get(collective)!);
    }
  const index = compactIndexFromArrays({
    directed: false,
    ids,
    // Two worlds: actors (0) and collectives (1).
    worldOf: Int32Array.from(ids, (_id, i) => (i < actors ? 0 : 1)),
    worldNames: ["actor", "collective"],
    linkSource: Int32Array.from(sources),
    linkTarget: Int32Array.from(targets),
    linkWeight: new Float64Array(sources.length).fill(1),
  });
  return { index, actors, collectives: members.size, members };
}
