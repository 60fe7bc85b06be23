/**
 * Whether a territory is synthetic (generated, not real data): its
 * territory.json says `"synthetic": true` (the bundled pilots do). Readings
 * call such territories synthetic wherever a real one is placed among them.
 */
import type { TerritoryGraph } from "./types.js";

export function isSyntheticTerritory(graph: Pick<TerritoryGraph, "getAttribute">): boolean {
  const extra = graph.getAttribute("extra") as Record<string, unknown> | undefined;
  return extra?.synthetic === true;
}
