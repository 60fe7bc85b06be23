/**
 * Transitivity, the global clustering coefficient (M. Newman, "The structure
 * and function of complex networks", SIAM Review 45, 2003), as
 * `nx.transitivity(G)`: 3 × triangles / connected triples, 0 when there is no
 * triangle (and for an empty territory).
 *
 * Directed territories follow `nx.transitivity(DiGraph)` in NetworkX 2.8,
 * which reads only successors: for each actor v with out-neighbours S(v),
 * T = Σ_v Σ_{w∈S(v)} |S(v) ∩ S(w)| / Σ_v |S(v)|(|S(v)|−1).
 * NOTE: that is NetworkX's behaviour rather than a published directed
 * definition; it is kept so that figures compare with NetworkX users' own.
 */
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { simpleAdjacency, triangleCounts } from "./triangles.js";

/** The share of connected triples that close into triangles, as `nx.transitivity`. */
export function transitivity(input: GraphInput): number {
  const index = toCompactIndex(input);
  if (index.directed) return successorTransitivity(index);
  const adjacency = simpleAdjacency(index);
  const triangles = triangleCounts(adjacency);
  const n = triangles.length;
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v++) {
    const d = adjacency.offsets[v + 1]! - adjacency.offsets[v]!;
    closed += triangles[v]!;
    triples += (d * (d - 1)) / 2;
  }
  return closed === 0 ? 0 : closed / triples;
}

function successorTransitivity(index: CompactIndex): number {
  const { offsets, targets } = index;
  const mark = new Int32Array(index.order).fill(-1);
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < index.order; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    for (let k = start; k < end; k++) mark[targets[k]!] = v;
    for (let k = start; k < end; k++) {
      const w = targets[k]!;
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) if (mark[targets[j]!] === v) closed++;
    }
    triples += (end - start) * (end - start - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}
