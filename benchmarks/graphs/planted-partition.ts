/**
 * Seeded planted-partition graphs (A. Condon & R. M. Karp, "Algorithms for
 * graph partitioning on the planted partition model", 2001), drawn as
 * `nx.planted_partition_graph(groups, size, pIn, pOut, seed)` draws them:
 * `groups` groups of `size` actors; two actors of one group are linked with
 * probability pIn, of different groups with probability pOut. In the
 * communities suite each group is one world, so the planted partition is the
 * answer a method should recover (NMI close to 1). Pairs are skipped
 * geometrically, so drawing costs O(n + m), not O(n²).
 */
import { createRandom, type Random } from "@catalyse/core";
import type { EdgeList } from "./barabasi-albert.js";

export interface PlantedPartitionOptions {
  /** Number of groups (worlds). */
  groups: number;
  /** Actors per group. */
  size: number;
  /** Link probability inside a group. */
  pIn: number;
  /** Link probability between groups. */
  pOut: number;
  seed: number;
}

export interface PlantedPartition extends EdgeList {
  /** Planted group of each actor, 0 … groups − 1. */
  groupOf: Int32Array;
}

export function plantedPartition(options: PlantedPartitionOptions): PlantedPartition {
  const { groups, size, pIn, pOut, seed } = options;
  if (!(groups >= 1 && size >= 1 && pIn >= 0 && pIn <= 1 && pOut >= 0 && pOut <= 1))
    throw new RangeError(
      `plantedPartition: need groups, size ≥ 1 and probabilities in [0, 1], got ${JSON.stringify(options)}`,
    );
  const random = createRandom(seed);
  const n = groups * size;
  const groupOf = new Int32Array(n);
  for (let v = 0; v < n; v++) groupOf[v] = Math.floor(v / size);
  const source: number[] = [];
  const target: number[] = [];
  const take = (u: number) => (v: number) => {
    source.push(u);
    target.push(v);
  };
  // Pairs (u, v), u < v, row by row: first the rest of u's group, then the other groups.
  for (let u = 0; u < n; u++) {
    const groupEnd = (groupOf[u]! + 1) * size;
    sampleRange(random, u + 1, groupEnd, pIn, take(u));
    sampleRange(random, groupEnd, n, pOut, take(u));
  }
  return {
    order: n,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: new Float64Array(source.length).fill(1),
    groupOf,
  };
}

/** Calls `take(v)` for each v in [from, to) kept with probability p (geometric skips). */
function sampleRange(random: Random, from: number, to: number, p: number, take: (v: number) => void): void {
  if (p <= 0) return;
  if (p >= 1) {
    for (let v = from; v < to; v++) take(v);
    return;
  }
  const logQ = Math.log(1 - p);
  let v = from - 1;
  for (;;) {
    v += 1 + Math.floor(Math.log(1 - random()) / logQ);
    if (v >= to) return;
    take(v);
  }
}
