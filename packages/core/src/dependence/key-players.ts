/**
 * Key players (Borgatti 2006, "Identifying sets of key players in a social
 * network", Comput. Math. Organ. Theory 12:21–34), KPP-Neg: the set of s
 * actors whose removal fragments the territory most, by
 * F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)) over the components of what remains.
 * Found for s = 1..maxSize by greedy search: the best set of size s − 1 plus
 * the best actor to add, then Borgatti's swap improvement (swap a member for
 * a non-member while F grows). Exact for s = 1. NetworkX has no equivalent.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { connectivity, createConnectivityScratch } from "./fragmentation.js";

/** Options of `keyPlayers`. */
export interface KeyPlayerOptions {
  /** Largest set searched. Default 3. */
  maxSize?: number;
  /**
   * Actors considered, by decreasing degree. Default 500: exhaustive on
   * territories up to that size, and it bounds the cost on large ones.
   */
  maxCandidates?: number;
  /**
   * Budget in link visits; on large territories fewer candidates are tried so
   * that candidates × (n + 2m) × 12 stays below it (at least 10). Default 1e8.
   */
  maxWork?: number;
}

/** A set of actors whose joint removal fragments the territory most (Borgatti 2006), with the fragmentation it causes. */
export interface KeyPlayerSet {
  size: number;
  /** Actor ids, in the order they were found. */
  actors: string[];
  /** Fragmentation after removing them. */
  fragmentation: number | null;
}

/** Key-player sets of growing size by greedy search with swaps (Borgatti 2006, KPP-Neg). */
export function keyPlayers(index: CompactIndex, options: KeyPlayerOptions = {}): KeyPlayerSet[] {
  const n = index.order;
  const maxSize = Math.min(options.maxSize ?? 3, Math.max(0, n - 2));
  const degreeOf = (i: number) =>
    index.offsets[i + 1]! -
    index.offsets[i]! +
    (index.directed ? index.inOffsets[i + 1]! - index.inOffsets[i]! : 0);
  const candidates = Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => degreeOf(b) - degreeOf(a) || a - b)
    .slice(0, Math.min(options.maxCandidates ?? 500, affordable(index, options.maxWork ?? 1e8)));
  const scratch = createConnectivityScratch(index);
  const removed = new Uint8Array(n);
  const score = (): number => connectivity(index, removed, scratch).fragmentation ?? -1;
  const sets: KeyPlayerSet[] = [];
  const members: number[] = [];
  for (let size = 1; size <= maxSize; size++) {
    let best = -1;
    let bestF = -Infinity;
    for (const c of candidates) {
      if (removed[c]) continue;
      removed[c] = 1;
      const f = score();
      removed[c] = 0;
      if (f > bestF + 1e-12) {
        bestF = f;
        best = c;
      }
    }
    if (best < 0) break;
    members.push(best);
    removed[best] = 1;
    bestF = improveBySwaps(members, candidates, removed, score, bestF);
    sets.push({
      size,
      actors: members.map((i) => index.ids[i]!),
      fragmentation: connectivity(index, removed, scratch).fragmentation,
    });
  }
  return sets;
}

/** Candidates the budget allows: each costs one search per size and per swap round (about 12). */
function affordable(index: CompactIndex, budget: number): number {
  return Math.max(10, Math.floor(budget / ((index.order + 2 * index.size) * 12)));
}

/** Swaps members for non-members while fragmentation strictly grows (at most 10 rounds). */
function improveBySwaps(
  members: number[],
  candidates: number[],
  removed: Uint8Array,
  score: () => number,
  current: number,
): number {
  if (members.length < 2) return current;
  for (let round = 0; round < 10; round++) {
    let improved = false;
    for (let m = 0; m < members.length; m++) {
      const out = members[m]!;
      for (const c of candidates) {
        if (removed[c]) continue;
        removed[out] = 0;
        removed[c] = 1;
        const f = score();
        if (f > current + 1e-12) {
          current = f;
          members[m] = c;
          improved = true;
          break;
        }
        removed[c] = 0;
        removed[out] = 1;
      }
    }
    if (!improved) break;
  }
  return current;
}
