/**
 * Degree-preserving rewiring by double edge swaps (Maslov & Sneppen 2002,
 * "Specificity and stability in topology of protein networks", Science
 * 296:910–913), as `nx.double_edge_swap(G, nswap, max_tries, seed)`:
 * two links u–v and x–y become u–x and v–y when neither exists and no
 * self-loop appears. Every actor keeps its degree (directed: u→v, x→y become
 * u→y, x→v, keeping in- and out-degrees, as `nx.directed_edge_swap`). Each
 * link carries its weight to the link it becomes. Works on link arrays and
 * returns a fresh compact index (`compactIndexFromArrays`), so a replicate
 * never touches a graphology graph.
 */
import { type CompactIndex, compactIndexFromArrays } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED, type Random, randomInt } from "../random.js";

/** Options of `rewire`. */
export interface RewireOptions {
  /** Successful swaps per link. Default 10, enough to mix (Milo et al. 2003). */
  swapsPerLink?: number;
  /** Attempts allowed per swap asked before giving up (dense graphs). Default 10. */
  triesPerSwap?: number;
  /** Seed, when no `random` is given. Default `DEFAULT_SEED`. */
  seed?: number;
  /** A random stream to draw from (null models share one across replicates). */
  random?: Random;
}

/** The rewired index and the number of swaps made. */
export interface RewireResult {
  index: CompactIndex;
  /** Swaps performed (fewer than asked when the graph leaves no room, e.g. complete). */
  swaps: number;
}

/** Degree-preserving rewiring by double edge swaps (`nx.double_edge_swap`); the one implementation Catalyse uses. */
export function rewire(index: CompactIndex, options: RewireOptions = {}): RewireResult {
  const random = options.random ?? createRandom(options.seed ?? DEFAULT_SEED);
  const n = index.order;
  const m = index.size;
  const source = Int32Array.from(index.linkSource);
  const target = Int32Array.from(index.linkTarget);
  const wanted = Math.round((options.swapsPerLink ?? 10) * m);
  const maxTries = wanted * (options.triesPerSwap ?? 10);
  const directed = index.directed;
  const key = directed
    ? (a: number, b: number) => a * n + b
    : (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const present = new Set<number>();
  for (let e = 0; e < m; e++) present.add(key(source[e]!, target[e]!));
  let swaps = 0;
  for (let tries = 0; m >= 2 && swaps < wanted && tries < maxTries; tries++) {
    const e1 = randomInt(random, m);
    const e2 = randomInt(random, m);
    if (e1 === e2) continue;
    const u = source[e1]!;
    const v = target[e1]!;
    let x = source[e2]!;
    let y = target[e2]!;
    // Undirected links have no orientation: draw one, so both rewirings are possible.
    if (!directed && random() < 0.5) {
      const t = x;
      x = y;
      y = t;
    }
    // New links: directed u→y, x→v; undirected u–x, v–y.
    const a1 = u;
    const b1 = directed ? y : x;
    const a2 = directed ? x : v;
    const b2 = directed ? v : y;
    if (a1 === b1 || a2 === b2) continue;
    const k1 = key(a1, b1);
    const k2 = key(a2, b2);
    if (k1 === k2 || present.has(k1) || present.has(k2)) continue;
    present.delete(key(u, v));
    present.delete(key(source[e2]!, target[e2]!));
    present.add(k1);
    present.add(k2);
    source[e1] = a1;
    target[e1] = b1;
    source[e2] = a2;
    target[e2] = b2;
    swaps++;
  }
  return {
    index: compactIndexFromArrays({
      directed,
      ids: index.ids,
      keys: index.keys,
      worldOf: index.worldOf,
      worldNames: index.worldNames,
      linkSource: source,
      linkTarget: target,
      linkWeight: index.linkWeight,
    }),
    swaps,
  };
}

/** The same territory with actors' worlds shuffled (world sizes kept). */
export function permuteWorlds(index: CompactIndex, random: Random): CompactIndex {
  const worldOf = Int32Array.from(index.worldOf);
  for (let i = worldOf.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const t = worldOf[i]!;
    worldOf[i] = worldOf[j]!;
    worldOf[j] = t;
  }
  return { ...index, worldOf };
}
