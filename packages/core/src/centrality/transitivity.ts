/**
 * Transitivity, the global clustering coefficient (M. Newman, "The structure
 * and function of complex networks", SIAM Review 45, 2003), as
 * `nx.transitivity(G)`: 3 × triangles / connected triples, 0 when there is no
 * triangle (and for an empty territory).
 *
 * NOTE: NetworkX does not define transitivity for directed graphs; for a
 * directed territory this is the transitivity of its undirected view
 * (`nx.transitivity(G.to_undirected())`), which is what analysts read as
 * "how often two allies of an actor are allied".
 */
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import { simpleAdjacency, triangleCounts } from "./triangles.js";

export function transitivity(input: GraphInput): number {
  const adjacency = simpleAdjacency(toCompactIndex(input));
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
