/**
 * Assortativity of actors by world (Newman 2003, "Mixing patterns in
 * networks", Phys. Rev. E 67:026126): equals
 * `nx.attribute_assortativity_coefficient(G, "world")` (NetworkX 2.8).
 *
 *   r = (Σ e_aa − Σ a_a b_a) / (1 − Σ a_a b_a)
 *
 * over the normalised world mixing matrix e, with a and b its row and column
 * sums. As in NetworkX, an undirected link counts in both directions and a
 * directed one from source to target; unweighted. 1 when worlds only ally
 * within themselves, negative when they ally across more than chance.
 * Null with no links or when every link end sits in one world (NetworkX
 * divides by zero there).
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** Attribute assortativity of worlds, as `nx.attribute_assortativity_coefficient` (null when undefined). */
export function worldAssortativity(index: CompactIndex, worldOf: Int32Array = index.worldOf): number | null {
  const m = index.size;
  if (m === 0) return null;
  let k = 0;
  for (let i = 0; i < index.order; i++) k = Math.max(k, worldOf[i]! + 1);
  const rows = new Float64Array(k);
  const cols = new Float64Array(k);
  let trace = 0;
  for (let e = 0; e < m; e++) {
    const a = worldOf[index.linkSource[e]!]!;
    const b = worldOf[index.linkTarget[e]!]!;
    rows[a]!++;
    cols[b]!++;
    if (a === b) trace++;
    if (!index.directed) {
      rows[b]!++;
      cols[a]!++;
      if (a === b) trace++;
    }
  }
  const total = index.directed ? m : 2 * m;
  let expected = 0;
  for (let w = 0; w < k; w++) expected += (rows[w]! / total) * (cols[w]! / total);
  const denominator = 1 - expected;
  // NOTE: with a single world in use the denominator is exactly 0 (NetworkX: NaN).
  if (Math.abs(denominator) < 1e-15) return null;
  const r = (trace / total - expected) / denominator;
  return Number.isFinite(r) ? r : null;
}
