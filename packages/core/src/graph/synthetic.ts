/**
 * Whether a territory is synthetic (generated, not real data): its
 * territory.json says `"synthetic": true` (the bundled pilots do). Readings
 * call such territories synthetic wherever a real one is placed among them.
 */
import type { TerritoryGraph } from "./types.js";

/** Whether the territory says it is synthetic (`territory.json`'s `synthetic: true`), so readings say its actors are invented. */
export function isSyntheticTerritory(graph: Pick<TerritoryGraph, "getAttribute">): boolean {
  const extra = graph.getAttribute("extra") as Record<string, unknown> | undefined;
  return extra?.synthetic === true;
}
