/**
 * Seeded Barabási–Albert graphs (A.-L. Barabási & R. Albert, "Emergence of
 * scaling in random networks", Science 286, 1999), built as NetworkX 2.8's
 * `nx.barabasi_albert_graph(n, m)` builds them: a star on m + 1 actors, then
 * each new actor links to m distinct existing actors drawn with probability
 * proportional to degree (from the list of link endpoints). Same seed, same
 * graph, in Node and in browsers (`createRandom`).
 */
import { createRandom, randomInt } from "@catalyse/core";

export interface EdgeList {
  /** Number of actors, numbered 0 … n − 1. */
  order: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export interface BarabasiAlbertOptions {
  /** Number of actors (> m). */
  order: number;
  /** Links added with each new actor. */
  m: number;
  seed: number;
  /** Draw integer weights uniformly in 1 … maxWeight; unit weights when absent. */
  maxWeight?: number;
}

export function barabasiAlbert(options: BarabasiAlbertOptions): EdgeList {
  const { order: n, m, seed, maxWeight } = options;
  if (!(m >= 1 && n > m)) throw new RangeError(`barabasiAlbert: need 1 ≤ m < n, got m=${m}, n=${n}`);
  const random = createRandom(seed);
  const size = m + (n - m - 1) * m;
  const source = new Int32Array(size);
  const target = new Int32Array(size);
  // Every link endpoint once: drawing from it is drawing by degree.
  const endpoints = new Int32Array(2 * size);
  let links = 0;
  let ends = 0;
  for (let i = 1; i <= m; i++) {
    source[links] = 0;
    target[links++] = i;
    endpoints[ends++] = 0;
    endpoints[ends++] = i;
  }
  const chosen = new Set<number>();
  for (let v = m + 1; v < n; v++) {
    chosen.clear();
    while (chosen.size < m) chosen.add(endpoints[randomInt(random, ends)]!);
    for (const u of chosen) {
      source[links] = v;
      target[links++] = u;
    }
    for (const u of chosen) {
      endpoints[ends++] = u;
      endpoints[ends++] = v;
    }
  }
  const weight = new Float64Array(size);
  for (let e = 0; e < size; e++) weight[e] = maxWeight ? 1 + randomInt(random, maxWeight) : 1;
  return { order: n, source, target, weight };
}
