/**
 * The community × world table of the "No one in the middle" panel, shaped
 * from the analysis document's actor rows (core's `analyze` fills each
 * actor's community and world): view logic only, no metric is computed here.
 */
import type { ActorFigures } from "@catalyse/core";

export interface CommunityRow {
  community: number;
  size: number;
  /** Actors of each world (same order as `worlds`). */
  byWorld: number[];
  /** Blau index 1 − Σpᵢ² of the community's worlds. */
  blau: number;
  /** Labels of its three most central actors (by betweenness, then degree). */
  top: string[];
}

/** The community × world table; empty when no actor has a community. */
export function communityWorldTable(
  actors: readonly ActorFigures[],
  worlds: readonly string[],
): CommunityRow[] {
  const groups = new Map<number, ActorFigures[]>();
  for (const actor of actors) {
    if (actor.community === null) continue;
    const group = groups.get(actor.community);
    if (group) group.push(actor);
    else groups.set(actor.community, [actor]);
  }
  const rows: CommunityRow[] = [];
  for (const [community, members] of groups) {
    const byWorld = worlds.map((world) => members.filter((actor) => actor.world === world).length);
    const size = members.length;
    const blau = 1 - byWorld.reduce((sum, count) => sum + (count / size) ** 2, 0);
    const top = [...members]
      .sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0) || b.degree - a.degree)
      .slice(0, 3)
      .map((actor) => actor.label);
    rows.push({ community, size, byWorld, blau, top });
  }
  return rows.sort((a, b) => b.size - a.size || a.community - b.community);
}
