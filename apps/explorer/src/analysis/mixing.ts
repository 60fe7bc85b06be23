/**
 * World mixing: the world × world matrix of links (counts and weights), the
 * E-I index (Krackhardt & Stern 1988) overall and per world, and the
 * community × world contingency table. Each merged link counts once,
 * unweighted, for the E-I index, as in the analysis document.
 */
import type { ActorFigures } from "@catalyse/core";

export interface MixingMatrix {
  worlds: string[];
  /** counts[i][j]: links between world i and world j (symmetric when undirected). */
  counts: number[][];
  weights: number[][];
  /** (E − I)/(E + I) over all links; null without links. */
  eiIndex: number | null;
  /** E-I index of each world's links (null for a world without links). */
  eiByWorld: (number | null)[];
}

export interface MixingLink {
  source: string;
  target: string;
  weight?: number | null;
}

export function mixingMatrix(
  worlds: readonly string[],
  worldOfActor: ReadonlyMap<string, string>,
  links: readonly MixingLink[],
  directed = false,
): MixingMatrix {
  const code = new Map<string, number>();
  for (const [i, world] of worlds.entries()) code.set(world, i);
  const k = worlds.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const weights = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const external = new Array<number>(k).fill(0);
  const internal = new Array<number>(k).fill(0);
  let e = 0;
  let i = 0;
  for (const link of links) {
    const a = code.get(worldOfActor.get(link.source) ?? "");
    const b = code.get(worldOfActor.get(link.target) ?? "");
    if (a === undefined || b === undefined) continue;
    const w = link.weight ?? 1;
    counts[a]![b]! += 1;
    weights[a]![b]! += w;
    if (!directed && a !== b) {
      counts[b]![a]! += 1;
      weights[b]![a]! += w;
    }
    if (a === b) {
      i++;
      internal[a]!++;
    } else {
      e++;
      external[a]!++;
      external[b]!++;
    }
  }
  return {
    worlds: [...worlds],
    counts,
    weights,
    eiIndex: e + i === 0 ? null : (e - i) / (e + i),
    eiByWorld: worlds.map((_, w) => {
      const total = external[w]! + internal[w]!;
      return total === 0 ? null : (external[w]! - internal[w]!) / total;
    }),
  };
}

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
