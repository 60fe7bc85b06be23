/**
 * Modularity of a given partition (Newman & Girvan 2004; directed form of
 * Leicht & Newman 2008), weighted: equals
 * `nx.community.modularity(G, partition, weight="weight", resolution=γ)`.
 *
 *   undirected: Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]
 *   directed:   Q = Σ_c [ L_c / m − γ out_c · in_c / m² ]
 *
 * with m the total link weight, L_c the weight inside c and d_c (out_c, in_c)
 * the summed strengths of c. Catalyse uses it for the partition of actors
 * into worlds. Null when the territory has no links (NetworkX divides by zero).
 *
 * NOTE: the community module owns the general `modularity()`; this copy exists
 * because the world section was written before it landed. Replace it by the
 * community one once both are on main (same formula, same NetworkX call).
 */
import type { CompactIndex } from "../graph/compact-index.js";

export interface PartitionModularityOptions {
  /** γ, the resolution. Default 1. */
  resolution?: number;
}

export function partitionModularity(
  index: CompactIndex,
  partition: ArrayLike<number>,
  options: PartitionModularityOptions = {},
): number | null {
  const gamma = options.resolution ?? 1;
  let k = 0;
  for (let i = 0; i < index.order; i++) k = Math.max(k, partition[i]! + 1);
  const inside = new Float64Array(k);
  const outStrength = new Float64Array(k);
  const inStrength = new Float64Array(k);
  let m = 0;
  for (let e = 0; e < index.size; e++) {
    const a = partition[index.linkSource[e]!]!;
    const b = partition[index.linkTarget[e]!]!;
    const w = index.linkWeight[e]!;
    m += w;
    if (a === b) inside[a]! += w;
    outStrength[a]! += w;
    inStrength[b]! += w;
  }
  if (m === 0) return null;
  let q = 0;
  for (let c = 0; c < k; c++) {
    if (index.directed) q += inside[c]! / m - (gamma * outStrength[c]! * inStrength[c]!) / (m * m);
    else {
      const degree = outStrength[c]! + inStrength[c]!;
      q += inside[c]! / m - gamma * (degree / (2 * m)) ** 2;
    }
  }
  return Number.isFinite(q) ? q : null;
}
