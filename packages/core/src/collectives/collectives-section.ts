/**
 * The collectives section of the analysis document: each actor's two-mode
 * figures, one row per collective (size, members by world, two-mode figures)
 * and the graph-level figures (how many, mean size, share of actors in one,
 * cross-world collectives, where brokerage rests). Filled after the other
 * sections, which ran on the projected network.
 */
import type { AnalysisDocument, CollectiveFigures } from "../analysis/analysis-document.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { createCompactIndex } from "../graph/graph-mapping.js";
import type { TerritoryGraph } from "../graph/types.js";
import { type CollectiveBrokerageOptions, collectiveBrokerage } from "./collective-brokerage.js";
import { PROJECTION_DEFAULTS } from "./projection.js";
import { territoryCollectives } from "./territory-collectives.js";
import { twoModeCentrality } from "./two-mode-centrality.js";

/** Options of the collectives section of `analyze`. */
export interface CollectivesSectionOptions extends CollectiveBrokerageOptions {
  /**
   * The compact index of the explicit links (no projection), by actor id.
   * Default: built from `graph`; a streamed territory passes its own, with
   * `graph` holding only its actors and collectives.
   */
  explicit?: CompactIndex;
}

/**
 * Fills the analysis document's collectives figures (memberships, two-mode centralities, collective brokerage).
 * @param graph the territory as read (not projected): its collectives and actors' worlds
 * @param document filled by `analyze` on the projected network
 */
export function fillCollectivesSection(
  graph: TerritoryGraph,
  document: AnalysisDocument,
  options: CollectivesSectionOptions = {},
): void {
  for (const actor of document.actors) actor.twoMode = null;
  document.collectives = [];
  document.graph.collectives = null;
  const { collectives } = territoryCollectives(graph);
  if (collectives.length === 0) return;
  const twoMode = twoModeCentrality(graph);
  for (const actor of document.actors) actor.twoMode = twoMode.actors.get(actor.id) ?? null;

  const worldOf = new Map<string, string>();
  graph.forEachNode((_key, attrs) => {
    worldOf.set(attrs.id, attrs.world);
  });
  const worldOrder = graph.getAttribute("worlds") ?? [];
  const rows: CollectiveFigures[] = collectives.map((collective) => {
    const members = twoMode.graph.members.get(collective.id) ?? [];
    const counts = new Map<string, number>();
    for (const member of members) {
      const world = worldOf.get(member)!;
      counts.set(world, (counts.get(world) ?? 0) + 1);
    }
    const ordered = [
      ...worldOrder.filter((w) => counts.has(w)),
      ...[...counts.keys()].filter((w) => !worldOrder.includes(w)),
    ];
    return {
      id: collective.id,
      label: collective.label,
      kind: collective.kind,
      size: members.length,
      worlds: ordered.map((world) => ({ world, members: counts.get(world)! })),
      twoMode: twoMode.collectives.get(collective.id)!,
    };
  });
  document.collectives = rows;
  const n = document.actors.length;
  const coPresence = new Map(document.actors.map((actor) => [actor.id, actor.betweenness]));
  document.graph.collectives = {
    projection: options.projection ?? PROJECTION_DEFAULTS.projection,
    count: rows.length,
    meanSize: rows.reduce((sum, row) => sum + row.size, 0) / rows.length,
    memberShare: n === 0 ? null : twoMode.graph.actors / n,
    crossWorld: rows.filter((row) => row.worlds.length >= 2).length,
    brokerage: collectiveBrokerage(
      graph,
      options.explicit ?? createCompactIndex(graph),
      twoMode,
      coPresence,
      options,
    ),
  };
}
