/**
 * Test helpers for sampling: seeded random territories as compact indexes and
 * an exact reference betweenness (Brandes 2001, plain, normalised as
 * `nx.betweenness_centrality(G, normalized=True)`).
 */
import { type CompactIndex, compactIndexFromArrays, createRandom, randomInt } from "../../src/index.js";

/** Erdős–Rényi-like territory: `links` distinct random pairs among `order` actors. */
export function randomIndex(order: number, links: number, seed: number, directed = false): CompactIndex {
  const random = createRandom(seed);
  const seen = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  while (source.length < links) {
    const s = randomInt(random, order);
    const t = randomInt(random, order);
    if (s === t) continue;
    const key = directed ? s * order + t : Math.min(s, t) * order + Math.max(s, t);
    if (seen.has(key)) continue;
    seen.add(key);
    source.push(s);
    target.push(t);
  }
  return fromPairs(order, source, target, directed);
}

export function fromPairs(order: number, source: number[], target: number[], directed = false): CompactIndex {
  return compactIndexFromArrays({
    directed,
    ids: Array.from({ length: order }, (_, i) => `a${i}`),
    worldOf: new Int32Array(order),
    worldNames: ["association"],
    linkSource: Int32Array.from(source),
    linkTarget: Int32Array.from(target),
    linkWeight: new Float64Array(source.length).fill(1),
  });
}

export function exactBetweenness(index: CompactIndex): Float64Array {
  const n = index.order;
  const result = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order: number[] = [];
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    order.length = 0;
    sigma[s] = 1;
    distance[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      order.push(v);
      for (let k = index.offsets[v]!; k < index.offsets[v + 1]!; k++) {
        const w = index.targets[k]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = order.length - 1; i > 0; i--) {
      const w = order[i]!;
      for (let k = index.inOffsets[w]!; k < index.inOffsets[w + 1]!; k++) {
        const v = index.inSources[k]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      result[w]! += delta[w]!;
    }
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  return result.map((x) => x * scale);
}
