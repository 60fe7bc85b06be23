/**
 * The world × world mixing matrix of a territory, counted from its links
 * (each merged link once, unweighted), in the territory's world order; only
 * worlds with at least one actor appear. Symmetric when undirected.
 */
import type { TerritoryGraph } from "@catalyse/core";
import type { MixingMatrix } from "./charts/mixing-heatmap.js";

export function mixingMatrix(graph: TerritoryGraph): MixingMatrix {
  const present = new Set(graph.mapNodes((_key, attrs) => attrs.world));
  const worlds = graph.getAttribute("worlds").filter((world) => present.has(world));
  for (const world of present) if (!worlds.includes(world)) worlds.push(world);
  const position = new Map(worlds.map((world, i) => [world, i]));
  const counts = worlds.map(() => worlds.map(() => 0));
  const directed = graph.getAttribute("directed");
  graph.forEachEdge((_edge, _attrs, _s, _t, source, target) => {
    const i = position.get(source.world)!;
    const j = position.get(target.world)!;
    counts[i]![j]!++;
    if (!directed && i !== j) counts[j]![i]!++;
  });
  return { worlds, counts };
}
