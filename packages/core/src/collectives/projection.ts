/**
 * The co-membership projection: members of a collective are co-present, so
 * the analysed network is the explicit links plus a link between every two
 * members of a collective.
 *
 * - `newman` (default): each collective of k members adds 1/(k−1) to each
 *   pair of its members (M. E. J. Newman, "Scientific collaboration networks.
 *   II", Phys. Rev. E 64, 2001), as `nx.bipartite.collaboration_weighted_projected_graph`
 *   (NetworkX 2.8) does; a member of a large committee meets each other member
 *   less than the two partners of a bilateral project.
 * - `count`: one per shared collective (`nx.bipartite.weighted_projected_graph`).
 * - `none`: no projected links; collectives enter only the two-mode figures.
 *
 * A projected weight is summed with an explicit link's weight where both exist,
 * and the link gains the type {@link CO_MEMBERSHIP}. Directed territories get
 * both directions (co-presence has none). Membership dates are not filtered:
 * like links, every membership counts in the static analysis (the timeline
 * follows dates).
 */
import type { TerritoryGraph } from "../graph/types.js";
import { membersByCollective, territoryCollectives } from "./territory-collectives.js";

/** The ways collectives are projected onto actor links: Newman's weighting, co-membership counts, or none. */
export const PROJECTIONS = ["newman", "count", "none"] as const;
/** One of {@link PROJECTIONS}. */
export type Projection = (typeof PROJECTIONS)[number];

/** The type of a link that co-membership added or strengthened. */
export const CO_MEMBERSHIP = "co-membership";

/** How collectives are projected onto actor links. */
export interface ProjectionOptions {
  /** Default `newman`. */
  projection?: Projection;
}

/** The defaults of {@link ProjectionOptions}. */
export const PROJECTION_DEFAULTS: Required<ProjectionOptions> = { projection: "newman" };

/** Whether `value` names a projection. */
export function isProjection(value: unknown): value is Projection {
  return (PROJECTIONS as readonly unknown[]).includes(value);
}

/**
 * The projected weight of each pair of co-members: `[a, b, weight]` with a < b
 * (actor ids, compared as strings), in that order.
 */
export function coMembershipWeights(
  graph: TerritoryGraph,
  options: ProjectionOptions = {},
): [string, string, number][] {
  return coMembershipPairs(membersByCollective(territoryCollectives(graph)), options);
}

/** {@link coMembershipWeights} from the members (actor ids) of each collective. */
export function coMembershipPairs(
  membersOf: ReadonlyMap<string, readonly string[]>,
  options: ProjectionOptions = {},
): [string, string, number][] {
  const projection = options.projection ?? PROJECTION_DEFAULTS.projection;
  if (projection === "none") return [];
  const weights = new Map<string, [string, string, number]>();
  for (const members of membersOf.values()) {
    const k = members.length;
    if (k < 2) continue;
    const add = projection === "newman" ? 1 / (k - 1) : 1;
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++) {
        const [a, b] = [members[i]!, members[j]!].sort();
        const key = JSON.stringify([a, b]);
        const entry = weights.get(key);
        if (entry === undefined) weights.set(key, [a!, b!, add]);
        else entry[2] += add;
      }
  }
  return [...weights.values()].sort((x, y) => (x[0] === y[0] ? cmp(x[1], y[1]) : cmp(x[0], y[0])));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A copy of the territory with the co-membership links added (the graph
 * itself is left unchanged); the same graph when there is nothing to add.
 */
export function projectCollectives(graph: TerritoryGraph, options: ProjectionOptions = {}): TerritoryGraph {
  const pairs = coMembershipWeights(graph, options);
  if (pairs.length === 0) return graph;
  const projected = graph.copy() as TerritoryGraph;
  const keyOf = new Map<string, string>();
  projected.forEachNode((key, attrs) => {
    keyOf.set(attrs.id, key);
  });
  const add = (source: string, target: string, weight: number) => {
    const edge = projected.edge(source, target);
    if (edge === undefined) {
      projected.addEdge(source, target, {
        weight,
        types: [CO_MEMBERSHIP],
        start: null,
        end: null,
        merged: 1,
        attributes: {},
      });
      return;
    }
    const attrs = projected.getEdgeAttributes(edge);
    projected.mergeEdgeAttributes(edge, {
      weight: attrs.weight + weight,
      types: attrs.types.includes(CO_MEMBERSHIP) ? attrs.types : [...attrs.types, CO_MEMBERSHIP],
    });
  };
  for (const [a, b, weight] of pairs) {
    const source = keyOf.get(a)!;
    const target = keyOf.get(b)!;
    add(source, target, weight);
    if (projected.type === "directed") add(target, source, weight);
  }
  return projected;
}
