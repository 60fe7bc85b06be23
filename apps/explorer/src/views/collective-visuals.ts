/**
 * Collectives on the map, in one of two views (the encoding's `collectives`):
 *
 * - projected (default): members of a collective are linked to each other
 *   with Newman's weights, the network the analysis measures;
 * - two-mode: each collective is a node of its own (a dark, larger node at
 *   its members' centre, label in brackets) linked to its members, the
 *   actor–collective network the two-mode figures measure.
 *
 * Collective node keys are `collective:<id>` (actor keys are positions), and
 * their `actorId` is empty: a click on one selects the collective (its id is
 * in the node's `collective`), never an actor.
 */
import { coMembershipPairs, membersByCollective } from "@catalyse/core";
import { type CollectiveRows, collectiveNodeKey } from "../state/dataset-collectives.js";
import type { VisualGraph } from "./visual-graph.js";

const COLLECTIVE_COLOUR = "#3b3b3b";
const MEMBERSHIP_COLOUR = "#8a8f99";
const COLLECTIVE_SIZE = 9;

/** Co-membership pairs (actor ids) with their Newman weights, for the projected view. */
export function projectedPairs(rows: CollectiveRows): [string, string, number][] {
  return coMembershipPairs(membersByCollective(rows), { projection: "newman" });
}

/** Adds collective nodes and membership edges (the two-mode view); `keyOf` maps actor ids to node keys. */
export function addTwoModeCollectives(
  graph: VisualGraph,
  rows: CollectiveRows,
  keyOf: ReadonlyMap<string, string>,
): void {
  const membersOf = membersByCollective(rows);
  for (const collective of rows.collectives) {
    const members = (membersOf.get(collective.id) ?? [])
      .map((id) => keyOf.get(id))
      .filter((key): key is string => key !== undefined && graph.hasNode(key));
    if (members.length === 0) continue;
    let x = 0;
    let y = 0;
    for (const key of members) {
      x += graph.getNodeAttribute(key, "x");
      y += graph.getNodeAttribute(key, "y");
    }
    const node = collectiveNodeKey(collective.id);
    graph.addNode(node, {
      x: x / members.length,
      y: y / members.length,
      size: COLLECTIVE_SIZE,
      color: COLLECTIVE_COLOUR,
      label: `[${collective.label?.trim() || collective.id}]`,
      actorId: "",
      world: "",
      collective: collective.id,
    });
    for (const key of members)
      if (!graph.hasEdge(node, key))
        graph.addEdge(node, key, { size: 0.7, color: MEMBERSHIP_COLOUR, weight: 1 });
  }
}
