/**
 * Core number (S. Seidman, "Network structure and minimum degree", Social
 * Networks 5, 1983): the largest k such that the actor belongs to a k-core, a
 * maximal subgraph where every actor has at least k links. Computed by the
 * O(m) bucket algorithm of V. Batagelj & M. Zaversnik ("An O(m) algorithm for
 * cores decomposition of networks", 2003), as `nx.core_number(G)`. Directed
 * territories use in + out degree (a reciprocated pair counts twice), as
 * NetworkX does. Isolates have core 0.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";

function coreValues(index: CompactIndex): Int32Array {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources, directed } = index;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    let d = offsets[v + 1]! - offsets[v]!;
    if (directed) d += inOffsets[v + 1]! - inOffsets[v]!;
    degree[v] = d;
    if (d > maxDegree) maxDegree = d;
  }
  // bin[d] = first slot of degree d in `vertices`, sorted by degree.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[degree[v]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const vertices = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const p = bin[degree[v]!]!++;
    position[v] = p;
    vertices[p] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vertices[i]!;
    const dv = degree[v]!;
    lowerNeighbours(offsets, targets, v, dv, degree, bin, vertices, position);
    if (directed) lowerNeighbours(inOffsets, inSources, v, dv, degree, bin, vertices, position);
  }
  return degree;
}

/**
 * Removes v (of current degree dv) from its neighbours' degrees: each neighbour
 * u of higher degree moves to the front of its bin, which then shrinks by one.
 * NOTE: a top-level function taking the arrays as parameters, not a closure:
 * V8 keeps parameters in registers but reads captured variables through the
 * closure's context at every link.
 */
function lowerNeighbours(
  starts: Int32Array,
  ends: Int32Array,
  v: number,
  dv: number,
  degree: Int32Array,
  bin: Int32Array,
  vertices: Int32Array,
  position: Int32Array,
): void {
  for (let k = starts[v]!, end = starts[v + 1]!; k < end; k++) {
    const u = ends[k]!;
    const du = degree[u]!;
    if (du <= dv) continue;
    const pu = position[u]!;
    const pw = bin[du]!;
    const w = vertices[pw]!;
    // Swap u and w, the bin's first actor (a no-op when u is that actor).
    position[u] = pw;
    vertices[pu] = w;
    position[w] = pu;
    vertices[pw] = u;
    bin[du] = pw + 1;
    degree[u] = du - 1;
  }
}

/** Core number of each actor (`nx.core_number(G)`). */
export const coreNumber = createActorMetric<undefined>("core", coreValues);
