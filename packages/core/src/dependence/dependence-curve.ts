/**
 * Dependence curves: how much of the territory stays connected when its top
 * brokers leave, against random departures (the attack/failure curves of
 * Albert, Jeong & Barabási 2000, "Error and attack tolerance of complex
 * networks", Nature 406:378–382, with the "recalculated" targeting of Holme
 * et al. 2002). Targeted: remove the actor with the highest betweenness,
 * recompute betweenness on what remains, repeat up to k times. Random: the
 * mean over seeded runs of removing k uniformly drawn actors. After each
 * removal, the connectivity figures of `fragmentation.ts`.
 * NetworkX has no such call; each point equals the figures of
 * `G.remove_nodes_from(removed)` computed with `nx.connected_components`.
 */
import { betweenness as betweennessMetric } from "../centrality/betweenness.js";
import { type CompactIndex, compactIndexFromArrays } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED, shuffle } from "../random.js";
import { type ConnectivityFigures, connectivity, createConnectivityScratch } from "./fragmentation.js";

/** A per-position betweenness function (normalised, as NetworkX). */
export type BetweennessFunction = (index: CompactIndex) => ArrayLike<number>;

/** Options of `dependenceCurves`. */
export interface DependenceOptions {
  /** Most actors removed. Default 5 (never more than the territory has). */
  steps?: number;
  /** Random-removal runs averaged. Default 20. */
  randomRuns?: number;
  /** Seed of the random removals. Default `DEFAULT_SEED`. */
  seed?: number;
  /** Betweenness to target by (normalised, per position). Default: the centrality suite's `betweenness`. */
  betweenness?: BetweennessFunction;
  /**
   * Budget for recomputing betweenness after each removal, in link visits
   * (steps × n × 2m). Above it, the targeted curve follows the initial
   * betweenness ranking without recomputing (`recomputed: false`), so that
   * `analyze` stays usable on large territories. Default 1e9 (about 3,000 actors with 15,000 links).
   */
  maxRecomputeWork?: number;
  /** Betweenness of the whole territory when the caller already has it (saves one computation). */
  initialBetweenness?: ArrayLike<number>;
}

/** The territory's connectivity after a number of removals. */
export interface DependenceStep extends ConnectivityFigures {
  /** Actors removed so far. */
  removed: number;
  /** The actor removed at this step (targeted curve only; null at step 0). */
  actor: string | null;
}

/** How the territory comes apart when its most central actors leave, one removal order per centrality. */
export interface DependenceResult {
  /** Whether betweenness was recomputed after each removal (see `maxRecomputeWork`). */
  recomputed: boolean;
  targeted: DependenceStep[];
  random: DependenceStep[];
}

/** The index without the links of removed actors (positions unchanged, removed actors isolated). */
export function withoutActors(index: CompactIndex, removed: Uint8Array): CompactIndex {
  const keep: number[] = [];
  for (let e = 0; e < index.size; e++)
    if (!removed[index.linkSource[e]!] && !removed[index.linkTarget[e]!]) keep.push(e);
  const pick = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((e, i) => {
      out[i] = array[e]!;
    });
    return out;
  };
  return compactIndexFromArrays({
    directed: index.directed,
    ids: index.ids,
    keys: index.keys,
    worldOf: index.worldOf,
    worldNames: index.worldNames,
    linkSource: pick(index.linkSource, (n) => new Int32Array(n)),
    linkTarget: pick(index.linkTarget, (n) => new Int32Array(n)),
    linkWeight: pick(index.linkWeight, (n) => new Float64Array(n)),
  });
}

/** The remaining actor with the highest betweenness (ties: more links, then first position). */
export function topBroker(
  index: CompactIndex,
  removed: Uint8Array,
  betweenness: BetweennessFunction,
): number {
  const reduced = withoutActors(index, removed);
  return topBrokerOf(reduced, removed, betweenness(reduced));
}

function topBrokerOf(reduced: CompactIndex, removed: Uint8Array, values: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < reduced.order; i++) {
    if (removed[i]) continue;
    if (best === -1) {
      best = i;
      continue;
    }
    const d = values[i]! - values[best]!;
    const degreeGap =
      reduced.offsets[i + 1]! - reduced.offsets[i]! - (reduced.offsets[best + 1]! - reduced.offsets[best]!);
    if (d > 1e-12 || (Math.abs(d) <= 1e-12 && degreeGap > 0)) best = i;
  }
  return best;
}

/** Removes actors in decreasing centrality and records how connectivity falls (dependence on the centre). */
export function dependenceCurves(index: CompactIndex, options: DependenceOptions = {}): DependenceResult {
  const n = index.order;
  const steps = Math.max(0, Math.min(options.steps ?? 5, n));
  const runs = Math.max(1, options.randomRuns ?? 20);
  const betweenness = options.betweenness ?? ((reduced: CompactIndex) => betweennessMetric.compute(reduced));
  const scratch = createConnectivityScratch(index);

  const targeted: DependenceStep[] = [{ removed: 0, actor: null, ...connectivity(index, null, scratch) }];
  const removed = new Uint8Array(n);
  const recomputed = steps * n * 2 * index.size <= (options.maxRecomputeWork ?? 1e9);
  // Without recomputation: one ranking by the initial betweenness, taken in order.
  const fixed = recomputed ? null : (options.initialBetweenness ?? betweenness(index));
  for (let k = 1; k <= steps; k++) {
    const top = recomputed ? topBroker(index, removed, betweenness) : topBrokerOf(index, removed, fixed!);
    if (top < 0) break;
    removed[top] = 1;
    targeted.push({ removed: k, actor: index.ids[top]!, ...connectivity(index, removed, scratch) });
  }

  const sums = Array.from(
    { length: steps + 1 },
    () => new Map<keyof ConnectivityFigures, { sum: number; count: number }>(),
  );
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let run = 0; run < runs; run++) {
    shuffle(random, order);
    const mask = new Uint8Array(n);
    for (let k = 0; k <= steps; k++) {
      if (k > 0) mask[order[k - 1]!] = 1;
      const figures = connectivity(index, mask, scratch);
      for (const key of Object.keys(figures) as (keyof ConnectivityFigures)[]) {
        const value = figures[key];
        if (value === null) continue;
        const cell = sums[k]!.get(key) ?? { sum: 0, count: 0 };
        cell.sum += value;
        cell.count++;
        sums[k]!.set(key, cell);
      }
    }
  }
  const mean = (k: number, key: keyof ConnectivityFigures): number | null => {
    const cell = sums[k]!.get(key);
    return cell === undefined || cell.count === 0 ? null : cell.sum / cell.count;
  };
  const randomCurve: DependenceStep[] = sums.map((_, k) => ({
    removed: k,
    actor: null,
    remaining: n - k,
    pairsConnected: mean(k, "pairsConnected"),
    crossWorldPairsConnected: mean(k, "crossWorldPairsConnected"),
    largestComponentShare: mean(k, "largestComponentShare"),
    fragmentation: mean(k, "fragmentation"),
  }));
  return { recomputed, targeted, random: randomCurve };
}
