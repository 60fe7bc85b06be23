/**
 * Degree-preserving rewiring (Maslov & Sneppen, "Specificity and stability in
 * topology of protein networks", Science 2002), the null model behind
 * `nx.double_edge_swap(G, nswap, max_tries)`: pick two links a–b and c–d at
 * random and reconnect them as a–d and c–b (or a–c and b–d), refusing a swap
 * that would make a self-loop or a link that already exists. Directed
 * territories swap targets only (a→d, c→b), keeping every out- and in-degree.
 * Weights travel with the link's source end.
 *
 * Used here as the built-in replicate of the worker pool; the null-model
 * module may register richer ones.
 */
import { type CompactIndex, compactIndexFromArrays, createRandom, randomInt } from "@catalyse/core";

export interface RewireOptions {
  /** Swaps attempted per link. Default 10 (graph-tool's and NetworkX users' usual choice). */
  swapsPerLink?: number;
}

export interface RewireResult {
  index: CompactIndex;
  /** Swaps that went through. */
  swaps: number;
}

export function rewire(index: CompactIndex, seed: number, options: RewireOptions = {}): RewireResult {
  const n = index.order;
  const m = index.size;
  const source = index.linkSource.slice();
  const target = index.linkTarget.slice();
  const key = (s: number, t: number): number =>
    index.directed ? s * n + t : Math.min(s, t) * n + Math.max(s, t);
  const present = new Set<number>();
  for (let e = 0; e < m; e++) present.add(key(source[e]!, target[e]!));
  const random = createRandom(seed);
  const attempts = m < 2 ? 0 : Math.round((options.swapsPerLink ?? 10) * m);
  let swaps = 0;
  for (let i = 0; i < attempts; i++) {
    const e = randomInt(random, m);
    const f = randomInt(random, m);
    if (e === f) continue;
    const a = source[e]!;
    let b = target[e]!;
    const c = source[f]!;
    let d = target[f]!;
    // Undirected links have no orientation: flip one of them half of the time.
    if (!index.directed && random() < 0.5) {
      const t = c;
      if (a === d || t === b) continue;
      if (present.has(key(a, t)) || present.has(key(d, b))) continue;
      present.delete(key(a, b));
      present.delete(key(c, d));
      present.add(key(a, t));
      present.add(key(d, b));
      target[e] = t;
      source[f] = d;
      target[f] = b;
      swaps++;
      continue;
    }
    if (a === d || c === b) continue;
    if (present.has(key(a, d)) || present.has(key(c, b))) continue;
    present.delete(key(a, b));
    present.delete(key(c, d));
    present.add(key(a, d));
    present.add(key(c, b));
    target[e] = d;
    target[f] = b;
    [b, d] = [d, b];
    swaps++;
  }
  const rewired = compactIndexFromArrays({
    directed: index.directed,
    ids: index.ids,
    worldOf: index.worldOf,
    worldNames: index.worldNames,
    linkSource: source,
    linkTarget: target,
    linkWeight: index.linkWeight,
  });
  return { index: rewired, swaps };
}
