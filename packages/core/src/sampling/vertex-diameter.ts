/**
 * Vertex diameter bound: an upper bound on the number of actors on any
 * shortest path, which sizes the sample of approximate betweenness
 * (Riondato & Kornaropoulos, "Fast approximation of betweenness centrality
 * through sampling", Data Min. Knowl. Disc. 30, 2016, §5.1).
 *
 * Undirected territories: per connected component, one breadth-first search
 * from the component's best-connected actor r gives its eccentricity e(r);
 * every shortest path has at most 2·e(r) links (d(u,v) ≤ d(u,r) + d(r,v)), so at
 * most 2·e(r) + 1 actors — a 2-approximation. The bound is the maximum over
 * components.
 * Directed territories: per weakly connected component, a forward and a
 * backward search from r; when they reach the whole component it is strongly
 * connected and d(u,v) ≤ d(u,r) + d(r,v) ≤ e_in(r) + e_out(r). Otherwise a
 * shortest path can cross several strong components and the only cheap bound is
 * the component's size. Both cost O(n + m).
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { connectedComponents } from "../graph/components.js";

/** An upper bound of the vertex diameter and how it was found. */
export interface VertexDiameterResult {
  /** Upper bound on the number of actors on a shortest path (0 for an empty territory). */
  vertexDiameter: number;
  /** True when the bound came from component sizes (directed, not strongly connected). */
  loose: boolean;
}

/** An upper bound of the vertex diameter from one search per component (the sample size needs it). */
export function vertexDiameterBound(index: CompactIndex): VertexDiameterResult {
  const n = index.order;
  if (n === 0) return { vertexDiameter: 0, loose: false };
  const { componentOf, sizes } = connectedComponents(index);
  // The best-connected actor of each component: a hub has a small eccentricity.
  const hub = new Int32Array(sizes.length).fill(-1);
  const hubDegree = new Int32Array(sizes.length).fill(-1);
  for (let v = 0; v < n; v++) {
    const c = componentOf[v]!;
    const d = index.offsets[v + 1]! - index.offsets[v]! + index.inOffsets[v + 1]! - index.inOffsets[v]!;
    if (d > hubDegree[c]!) {
      hubDegree[c] = d;
      hub[c] = v;
    }
  }
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let bound = 1;
  let loose = false;
  for (let c = 0; c < sizes.length; c++) {
    const size = sizes[c]!;
    if (size <= 2) {
      bound = Math.max(bound, size);
      continue;
    }
    const root = hub[c]!;
    const forward = eccentricity(index.offsets, index.targets, root, distance, queue);
    if (!index.directed) {
      bound = Math.max(bound, Math.min(size, 2 * forward.eccentricity + 1));
      continue;
    }
    const backward = eccentricity(index.inOffsets, index.inSources, root, distance, queue);
    if (forward.reached === size && backward.reached === size) {
      bound = Math.max(bound, Math.min(size, forward.eccentricity + backward.eccentricity + 1));
    } else {
      bound = Math.max(bound, size);
      loose = true;
    }
  }
  return { vertexDiameter: bound, loose };
}

/** Breadth-first search from `root`; leaves `distance` all −1 again. */
function eccentricity(
  offsets: Int32Array,
  neighbours: Int32Array,
  root: number,
  distance: Int32Array,
  queue: Int32Array,
): { eccentricity: number; reached: number } {
  let head = 0;
  let tail = 0;
  queue[tail++] = root;
  distance[root] = 0;
  while (head < tail) {
    const v = queue[head++]!;
    const next = distance[v]! + 1;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
      const w = neighbours[k]!;
      if (distance[w] === -1) {
        distance[w] = next;
        queue[tail++] = w;
      }
    }
  }
  const result = { eccentricity: distance[queue[tail - 1]!]!, reached: tail };
  for (let i = 0; i < tail; i++) distance[queue[i]!] = -1;
  return result;
}
