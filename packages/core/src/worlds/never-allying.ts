/**
 * The pairs of worlds that never ally: the zero cells of the world mixing
 * matrix off its diagonal, both directions when the territory is directed.
 * Only worlds that have actors appear in the matrix, so every pair named here
 * had actors on both sides that could have allied. Equal to
 * `[(a, b) for a, b in combinations(worlds, 2) if M[a][b] == 0 and M[b][a] == 0]`
 * on NetworkX's `nx.attribute_mixing_matrix(G, "world", mapping=...)`.
 */
import type { WorldMixingFigures } from "../analysis/analysis-document.js";

/** Pairs [a, b] of distinct worlds with no link either way, in matrix order (a before b). */
export function neverAllyingWorlds(mixing: WorldMixingFigures | null): [string, string][] {
  if (mixing === null) return [];
  const pairs: [string, string][] = [];
  const { worlds, counts } = mixing;
  for (let a = 0; a < worlds.length; a++)
    for (let b = a + 1; b < worlds.length; b++)
      if ((counts[a]?.[b] ?? 0) === 0 && (counts[b]?.[a] ?? 0) === 0) pairs.push([worlds[a]!, worlds[b]!]);
  return pairs;
}
