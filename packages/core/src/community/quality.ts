/**
 * Quality functions community detection optimises, written so that Leiden and
 * its helpers share one formula. Both are sums over communities c of
 *
 *   e_c − γ′ · S_c² / 2      (up to a constant)
 *
 * where e_c is the link weight inside c and S_c the total "size" of its nodes:
 * - modularity (Newman & Girvan 2004; Reichardt & Bornholdt 2006 for γ):
 *   size = strength, γ′ = γ / 2m, and Q = (1/m)·Σ_c [e_c − γ·K_c²/4m]
 *   (`nx.community.modularity(G, communities, weight="weight", resolution=γ)`);
 * - CPM, the Constant Potts Model (Traag, Van Dooren & Nesterov 2011):
 *   size = number of actors, γ′ = γ, and H = Σ_c [e_c − γ·n_c(n_c−1)/2]
 *   (`leidenalg.CPMVertexPartition`).
 */
import type { LevelGraph } from "./level-graph.js";

/** What a community detection optimises: modularity, or the Constant Potts Model. */
export type QualityFunction = "modularity" | "cpm";

export interface QualityModel {
  /** Size of each node of the level graph (strength or actor count). */
  size(graph: LevelGraph): Float64Array;
  /** γ′, the penalty per unit of size² in `e_c − γ′·S_c²/2`. */
  readonly penalty: number;
}

export function createQualityModel(
  quality: QualityFunction,
  resolution: number,
  graph: LevelGraph,
): QualityModel {
  const m = graph.totalWeight;
  if (quality === "cpm") return { size: (g) => g.count, penalty: resolution };
  return { size: (g) => g.strength, penalty: resolution / (2 * m) };
}

/**
 * The quality of a partition of a level graph (`communityOf` in 0..k−1), or
 * null when undefined (modularity of a graph without links).
 */
export function partitionQuality(
  graph: LevelGraph,
  communityOf: ArrayLike<number>,
  quality: QualityFunction,
  resolution: number,
): number | null {
  const n = graph.order;
  let k = 0;
  for (let v = 0; v < n; v++) k = Math.max(k, communityOf[v]! + 1);
  const inside = new Float64Array(k);
  const size = new Float64Array(k);
  const count = new Float64Array(k);
  for (let v = 0; v < n; v++) {
    const c = communityOf[v]!;
    inside[c]! += graph.selfWeight[v]!;
    size[c]! += graph.strength[v]!;
    count[c]! += graph.count[v]!;
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++)
      if (communityOf[graph.targets[j]!] === c) inside[c]! += graph.weights[j]! / 2;
  }
  if (quality === "cpm") {
    let h = 0;
    for (let c = 0; c < k; c++) h += inside[c]! - (resolution * count[c]! * (count[c]! - 1)) / 2;
    return h;
  }
  const m = graph.totalWeight;
  if (!(m > 0)) return null;
  // Summed community by community (each term small) rather than as Σe/m − Σ(K/2m)², which cancels.
  let q = 0;
  for (let c = 0; c < k; c++) {
    const share = size[c]! / (2 * m);
    q += inside[c]! / m - resolution * share * share;
  }
  return q;
}
