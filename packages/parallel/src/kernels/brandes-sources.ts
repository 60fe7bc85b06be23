/**
 * Brandes' accumulation restricted to a set of sources (Brandes, "A faster
 * algorithm for betweenness centrality", 2001): for each source s, one
 * breadth-first search counts shortest paths σ, then dependencies δ flow back
 * in reverse discovery order; the result is Σ_s δ_s(v), unnormalised and with
 * ordered pairs (an undirected pair counts from both ends). Summed over every
 * source and scaled, it is `nx.betweenness_centrality(G)`.
 *
 * NOTE: a private kernel until the centrality suite exports its own
 * `brandesFromSources` from `@catalyse/core`; same signature and meaning, so
 * the pool switches by changing one import.
 */
import type { CompactIndex } from "@catalyse/core";

export interface BrandesSourcesOptions {
  /** Reuse buffers across calls on the same index (a worker runs many blocks). */
  scratch?: BrandesScratch;
}

export interface BrandesScratch {
  sigma: Float64Array;
  distance: Int32Array;
  delta: Float64Array;
  queue: Int32Array;
}

export function createBrandesScratch(order: number): BrandesScratch {
  return {
    sigma: new Float64Array(order),
    distance: new Int32Array(order).fill(-1),
    delta: new Float64Array(order),
    queue: new Int32Array(order),
  };
}

export function brandesFromSources(
  index: CompactIndex,
  sources: ArrayLike<number>,
  options: BrandesSourcesOptions = {},
): Float64Array {
  const n = index.order;
  const result = new Float64Array(n);
  const { sigma, distance, delta, queue } = options.scratch ?? createBrandesScratch(n);
  const { offsets, targets, inOffsets, inSources } = index;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    distance[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      const sv = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = targets[k]!;
        const dw = distance[w]!;
        if (dw === -1) {
          distance[w] = next;
          sigma[w] = sv;
          queue[tail++] = w;
        } else if (dw === next) {
          sigma[w]! += sv;
        }
      }
    }
    // Dependencies, farthest actors first; predecessors are in-neighbours one level closer.
    for (let j = tail - 1; j > 0; j--) {
      const w = queue[j]!;
      const previous = distance[w]! - 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let k = inOffsets[w]!, end = inOffsets[w + 1]!; k < end; k++) {
        const v = inSources[k]!;
        if (distance[v] === previous) delta[v]! += sigma[v]! * coefficient;
      }
      result[w]! += delta[w]!;
    }
    for (let j = 0; j < tail; j++) {
      const v = queue[j]!;
      distance[v] = -1;
      delta[v] = 0;
    }
  }
  return result;
}
