/** Seeded random territories (as compact indexes) for the pool tests. */
import { type CompactIndex, compactIndexFromArrays, createRandom, randomInt } from "@catalyse/core";

/** Barabási–Albert-like preferential attachment: each new actor links to `m` earlier ones. */
export function preferentialIndex(order: number, m: number, seed: number, directed = false): CompactIndex {
  const random = createRandom(seed);
  const source: number[] = [];
  const target: number[] = [];
  const ends: number[] = [];
  for (let v = 1; v < order; v++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(m, v))
      chosen.add(ends.length === 0 ? 0 : ends[randomInt(random, ends.length)]!);
    for (const u of chosen) {
      source.push(v);
      target.push(u);
      ends.push(u, v);
    }
  }
  return compactIndexFromArrays({
    directed,
    ids: Array.from({ length: order }, (_, i) => `actor-${i}`),
    worldOf: new Int32Array(order),
    worldNames: ["association"],
    linkSource: Int32Array.from(source),
    linkTarget: Int32Array.from(target),
    linkWeight: Float64Array.from(source, () => 1 + randomInt(random, 3)),
  });
}

/** Adds `isolates` actors with no link, so the territory is disconnected. */
export function withIsolates(index: CompactIndex, isolates: number): CompactIndex {
  const order = index.order + isolates;
  return compactIndexFromArrays({
    directed: index.directed,
    ids: Array.from({ length: order }, (_, i) => `actor-${i}`),
    worldOf: new Int32Array(order),
    worldNames: ["association"],
    linkSource: index.linkSource,
    linkTarget: index.linkTarget,
    linkWeight: index.linkWeight,
  });
}

/** A path 0 – 1 – … – (order − 1): as many levels as actors. */
export function pathIndex(order: number): CompactIndex {
  return compactIndexFromArrays({
    directed: false,
    ids: Array.from({ length: order }, (_, i) => `actor-${i}`),
    worldOf: new Int32Array(order),
    worldNames: ["association"],
    linkSource: Int32Array.from({ length: order - 1 }, (_, i) => i),
    linkTarget: Int32Array.from({ length: order - 1 }, (_, i) => i + 1),
    linkWeight: new Float64Array(order - 1).fill(1),
  });
}
