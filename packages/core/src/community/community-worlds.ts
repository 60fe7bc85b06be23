/**
 * Communities read against worlds: do alliances form silos by world, or
 * clusters that cross worlds? The community × world contingency table, the
 * agreement between communities and worlds (NMI, adjusted Rand index), and for
 * each community its size, its worlds, its world diversity and its most
 * central actors. A community that holds every world present in the territory
 * is a co-construction cluster (the founding article's "co-construction").
 *
 * Diversity: Shannon entropy H = −Σ p_w ln p_w (nats) and the Blau index
 * 1 − Σ p_w² (Blau 1977), p_w the share of world w in the community.
 */
import { degree, strength } from "../centrality/degree.js";
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { type PartitionInput, partitionLabels } from "./modularity.js";
import { numberBySize } from "./partition.js";
import { adjustedRandIndex, normalizedMutualInformation } from "./partition-agreement.js";

/** Options of `communityWorlds`. */
export interface CommunityWorldsOptions {
  /**
   * How to rank actors inside a community: `"strength"` (default), `"degree"`,
   * or any per-position values (betweenness, PageRank…), larger first; ties
   * keep actor order.
   */
  ranking?: "degree" | "strength" | ArrayLike<number>;
  /** How many central actors to list per community. Default 3. */
  top?: number;
}

/** One community's size and the worlds its actors belong to. */
export interface CommunityProfile {
  /** Community number (0 the largest). */
  community: number;
  size: number;
  /** Actors of each world present in the community, in the territory's world order. */
  worlds: Map<string, number>;
  /** Shannon entropy of the world shares, in nats; 0 for a single-world community. */
  entropy: number;
  /** Blau index 1 − Σ p²; 0 for a single-world community. */
  blau: number;
  /** Ids of the most central actors, most central first. */
  centralActors: string[];
  /** Whether the community holds every world present in the territory (and there are at least two). */
  coConstruction: boolean;
}

/** How communities and worlds overlap: each community's profile and their agreement. */
export interface CommunityWorldsResult {
  /** Worlds present in the territory (at least one actor), in the territory's order. */
  worlds: string[];
  /** `table[c][w]`: actors of world `worlds[w]` in community c. */
  table: number[][];
  /** NMI between communities and worlds; null without actors. */
  nmi: number | null;
  /** Adjusted Rand index between communities and worlds; null without actors. */
  adjustedRand: number | null;
  communities: CommunityProfile[];
  /** Number of co-construction clusters. */
  coConstructionClusters: number;
}

/** Reads a partition (for instance `leiden(graph).communityOf`) against the actors' worlds. */
export function communitiesAgainstWorlds(
  input: GraphInput,
  partition: PartitionInput,
  options: CommunityWorldsOptions = {},
): CommunityWorldsResult {
  const index = toCompactIndex(input);
  const n = index.order;
  const { communityOf, sizes } = numberBySize(partitionLabels(index, partition));
  const k = sizes.length;
  const top = options.top ?? 3;
  const ranking = rankingValues(index, options.ranking ?? "strength");
  if (ranking.length !== n)
    throw new RangeError(`communitiesAgainstWorlds: ${ranking.length} ranking values for ${n} actors.`);

  const presentCodes: number[] = [];
  const seen = new Uint8Array(index.worldNames.length);
  for (let v = 0; v < n; v++) seen[index.worldOf[v]!] = 1;
  for (let w = 0; w < seen.length; w++) if (seen[w] === 1) presentCodes.push(w);
  const column = new Int32Array(index.worldNames.length).fill(-1);
  presentCodes.forEach((code, j) => {
    column[code] = j;
  });
  const worlds = presentCodes.map((code) => index.worldNames[code]!);

  const table = Array.from({ length: k }, () => new Array<number>(worlds.length).fill(0));
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let v = 0; v < n; v++) {
    table[communityOf[v]!]![column[index.worldOf[v]!]!]!++;
    members[communityOf[v]!]!.push(v);
  }
  const communities = table.map((row, c): CommunityProfile => {
    const size = sizes[c]!;
    const mix = new Map<string, number>();
    let entropy = 0;
    let concentration = 0;
    row.forEach((count, j) => {
      if (count === 0) return;
      mix.set(worlds[j]!, count);
      const p = count / size;
      entropy -= p * Math.log(p);
      concentration += p * p;
    });
    const ranked = members[c]!.slice().sort((a, b) => ranking[b]! - ranking[a]! || a - b);
    return {
      community: c,
      size,
      worlds: mix,
      entropy: entropy === 0 ? 0 : entropy,
      blau: 1 - concentration,
      centralActors: ranked.slice(0, top).map((v) => index.ids[v]!),
      coConstruction: worlds.length >= 2 && mix.size === worlds.length,
    };
  });
  const worldLabels = index.worldOf.subarray(0, n);
  return {
    worlds,
    table,
    nmi: normalizedMutualInformation(communityOf, worldLabels),
    adjustedRand: adjustedRandIndex(communityOf, worldLabels),
    communities,
    coConstructionClusters: communities.filter((c) => c.coConstruction).length,
  };
}

function rankingValues(index: CompactIndex, ranking: NonNullable<CommunityWorldsOptions["ranking"]>) {
  if (ranking === "degree") return degree.compute(index);
  if (ranking === "strength") return strength.compute(index);
  return ranking;
}
