/**
 * Triangle counts, the shared ground of clustering and transitivity.
 *
 * - Undirected: the number of triangles at each actor, by the "forward"
 *   algorithm (T. Schank & D. Wagner, "Finding, counting and listing all
 *   triangles in large graphs", 2005): links oriented from lower to higher
 *   (degree, position) rank, so each triangle is found once in O(m^1.5).
 * - Directed: NetworkX's directed triangle count (G. Fagiolo, "Clustering in
 *   complex directed networks", Phys. Rev. E 76, 2007), T_i = ((A + Aᵀ)³)_ii,
 *   with the total and reciprocated degrees its clustering needs.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** Simple undirected adjacency (CSR, no repeated neighbour). */
export interface SimpleAdjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/**
 * The undirected simple view of a territory: the index's own adjacency when
 * undirected; in + out neighbours without repeats when directed.
 */
export function simpleAdjacency(index: CompactIndex): SimpleAdjacency {
  if (!index.directed) return { offsets: index.offsets, neighbours: index.targets };
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  const stamp = new Int32Array(n).fill(-1);
  const result = new Int32Array(targets.length + inSources.length);
  const resultOffsets = new Int32Array(n + 1);
  let size = 0;
  for (let v = 0; v < n; v++) {
    stamp[v] = v;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = targets[k]!;
      if (stamp[w] !== v) {
        stamp[w] = v;
        result[size++] = w;
      }
    }
    for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) {
      const w = inSources[k]!;
      if (stamp[w] !== v) {
        stamp[w] = v;
        result[size++] = w;
      }
    }
    resultOffsets[v + 1] = size;
  }
  return { offsets: resultOffsets, neighbours: result.slice(0, size) };
}

/**
 * Number of triangles at each actor of a simple undirected adjacency.
 *
 * Actors are ranked by (degree, position) with a counting sort (O(n + m), no
 * comparator calls) and the search runs in rank space: the forward lists hold
 * ranks, and the hubs, whose lists every other search reads, sit together at
 * the end of the arrays, so the marks and counts they touch share cache lines.
 */
export function triangleCounts(adjacency: SimpleAdjacency): Float64Array {
  const { offsets, neighbours } = adjacency;
  const n = offsets.length - 1;
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    if (d > maxDegree) maxDegree = d;
  }
  // First rank of each degree, then rank of each actor (stable: by position within a degree).
  const firstRank = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) firstRank[offsets[v + 1]! - offsets[v]!]!++;
  for (let d = 0, next = 0; d <= maxDegree; d++) {
    const count = firstRank[d]!;
    firstRank[d] = next;
    next += count;
  }
  const rank = new Int32Array(n);
  const actorAt = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const r = firstRank[offsets[v + 1]! - offsets[v]!]!++;
    rank[v] = r;
    actorAt[r] = v;
  }
  // Forward adjacency in rank space: only neighbours of higher rank (at most √(2m) each).
  const forwardOffsets = new Int32Array(n + 1);
  const forward = new Int32Array(neighbours.length >> 1);
  let size = 0;
  for (let r = 0; r < n; r++) {
    const v = actorAt[r]!;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
      const w = rank[neighbours[k]!]!;
      if (w > r) forward[size++] = w;
    }
    forwardOffsets[r + 1] = size;
  }
  const count = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const start = forwardOffsets[u]!;
    const end = forwardOffsets[u + 1]!;
    if (end - start < 2) continue;
    for (let k = start; k < end; k++) mark[forward[k]!] = u;
    let found = 0;
    for (let k = start; k < end; k++) {
      const v = forward[k]!;
      let atV = 0;
      for (let j = forwardOffsets[v]!, stop = forwardOffsets[v + 1]!; j < stop; j++) {
        const w = forward[j]!;
        if (mark[w] === u) {
          atV++;
          count[w]!++;
        }
      }
      count[v]! += atV;
      found += atV;
    }
    count[u]! += found;
  }
  const triangles = new Float64Array(n);
  for (let v = 0; v < n; v++) triangles[v] = count[rank[v]!]!;
  return triangles;
}

export interface DirectedTriangles {
  /** Fagiolo's directed triangles at each actor, ((A + Aᵀ)³)_ii. */
  triangles: Float64Array;
  /** In-degree + out-degree. */
  total: Int32Array;
  /** Number of reciprocated neighbours (u → v and v → u). */
  reciprocal: Int32Array;
}

export function directedTriangleCounts(index: CompactIndex): DirectedTriangles {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  // multiplicity[k] = (A + Aᵀ)_ik for the current actor i: 0, 1 or 2.
  const multiplicity = new Int32Array(n);
  const triangles = new Float64Array(n);
  const total = new Int32Array(n);
  const reciprocal = new Int32Array(n);
  const each = (v: number, visit: (w: number) => void) => {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) visit(targets[k]!);
    for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) visit(inSources[k]!);
  };
  for (let i = 0; i < n; i++) {
    each(i, (k) => {
      multiplicity[k]!++;
    });
    let count = 0;
    let bidirectional = 0;
    each(i, (j) => {
      if (multiplicity[j] === 2) bidirectional++;
      each(j, (k) => {
        count += multiplicity[k]!;
      });
    });
    each(i, (k) => {
      multiplicity[k] = 0;
    });
    triangles[i] = count;
    total[i] = offsets[i + 1]! - offsets[i]! + inOffsets[i + 1]! - inOffsets[i]!;
    // Each reciprocated neighbour was seen twice above.
    reciprocal[i] = bidirectional / 2;
  }
  return { triangles, total, reciprocal };
}
