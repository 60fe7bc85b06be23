/**
 * Discrete core–periphery model (Borgatti & Everett 1999, §3): split the
 * actors into a core and a periphery so as to maximise the Pearson
 * correlation, over the pairs i ≠ j, between the ties aᵢⱼ and the ideal
 * pattern δᵢⱼ = 1 when i or j is in the core, 0 when both are peripheral
 * (core actors tie to everyone, peripheral ones only to the core). The fit is
 * that correlation; 1 on the paper's idealised core/periphery matrix.
 *
 * B&E also relax this model by leaving the core–periphery pairs out, which is
 * what UCINET computes by default and what the book Analyzing Social Networks
 * (§12.8) reports: on Baker's social work journals its core is CW, JSWE, SCW,
 * SSR, SW, SWRA (the relaxed model's exhaustive optimum, 0.826), while the
 * model here finds SCW, SW (0.507; the book's core fits it at 0.422). On the
 * published examples of this model (Estévez &
 * Nordlund 2025, inter-categorical density 1: B&E's Figure 1, Galtung, Baker
 * symmetrised, Zachary) the core and fit are the published ones; see
 * scripts/reference/core-periphery-published.py.
 *
 * The correlation depends on the core only through its size k and the ties
 * left inside the periphery: with P pairs, P₁ of them touching the core,
 *   Σδ = Σδ² = P₁,   Σaδ = Σa − (ties within the periphery).
 * So moving one actor costs only its ties to the periphery, and the search is:
 * the best prefix of actors by decreasing degree (every k, O(m) in all), then
 * single-actor moves while one improves the fit; repeated from seeded random
 * splits, the best run wins.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED } from "../random.js";
import { type CorePeripheryTies, correlationFromSums, type TieSums, tieSums, tieValue } from "./pair-sums.js";

/** Options of `discreteCore`; defaults in `DISCRETE_CORE_DEFAULTS`. */
export interface DiscreteCoreOptions {
  /** Link presence (default) or weight as the tie value. */
  ties?: CorePeripheryTies;
  /** Random starting splits besides the degree order. Default 10. */
  restarts?: number;
  seed?: number;
}

/** Defaults of `discreteCore`. */
export const DISCRETE_CORE_DEFAULTS: Required<DiscreteCoreOptions> = {
  ties: "presence",
  restarts: 10,
  seed: DEFAULT_SEED,
};

/** The actors of the core (positions in the index) and the correlation of the ideal pattern with the links. */
export interface DiscreteCoreResult {
  /** Whether each actor (by position) is in the core. */
  inCore: Uint8Array;
  /** The maximised correlation; null without links or with fewer than three actors. */
  fit: number | null;
}

/** Discrete core of a territory (Borgatti & Everett 1999): the split of actors into core and periphery that best fits the links, seeded. */
export function discreteCore(index: CompactIndex, options: DiscreteCoreOptions = {}): DiscreteCoreResult {
  const settings = { ...DISCRETE_CORE_DEFAULTS, ...options };
  const n = index.order;
  const sums = tieSums(index, settings.ties);
  if (n < 3 || index.size === 0) return { inCore: new Uint8Array(n), fit: null };
  const strengthTo = (v: number, inCore: Uint8Array, core: boolean) => {
    let total = 0;
    for (const [offsets, neighbours, links] of sides(index)) {
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++)
        if ((inCore[neighbours[a]!] === 1) === core) total += tieValue(index, links[a]!, settings.ties);
    }
    return total;
  };
  const fitOf = (k: number, periphery: number) => splitFit(index, sums, k, periphery);

  let best: { inCore: Uint8Array; fit: number } | null = null;
  const consider = (inCore: Uint8Array) => {
    const run = improve(index, settings.ties, inCore, strengthTo, fitOf);
    if (run !== null && (best === null || run.fit > best.fit + 1e-12)) best = run;
  };
  consider(bestDegreePrefix(index, sums, strengthTo, fitOf));
  const random = createRandom(settings.seed);
  for (let r = 0; r < settings.restarts; r++)
    consider(Uint8Array.from({ length: n }, () => (random() < 0.5 ? 1 : 0)));
  const found = best as { inCore: Uint8Array; fit: number } | null;
  return found === null ? { inCore: new Uint8Array(n), fit: null } : found;
}

/** Correlation of a split with core size k and `periphery` tie value left among peripheral actors. */
function splitFit(index: CompactIndex, sums: TieSums, k: number, periphery: number): number | null {
  const n = index.order;
  const peripheral = n - k;
  const peripheralPairs = index.directed
    ? peripheral * (peripheral - 1)
    : (peripheral * (peripheral - 1)) / 2;
  const touching = sums.pairs - peripheralPairs;
  return correlationFromSums(sums.pairs, sums, touching, touching, sums.sum - periphery);
}

type StrengthTo = (v: number, inCore: Uint8Array, core: boolean) => number;
type FitOf = (k: number, periphery: number) => number | null;

function bestDegreePrefix(
  index: CompactIndex,
  sums: TieSums,
  strengthTo: StrengthTo,
  fitOf: FitOf,
): Uint8Array {
  const n = index.order;
  const order = Array.from({ length: n }, (_, i) => i);
  const degree = (i: number) =>
    index.offsets[i + 1]! -
    index.offsets[i]! +
    (index.directed ? index.inOffsets[i + 1]! - index.inOffsets[i]! : 0);
  order.sort((a, b) => degree(b) - degree(a) || a - b);
  const inCore = new Uint8Array(n);
  let periphery = sums.sum;
  let bestK = 0;
  let bestFit = Number.NEGATIVE_INFINITY;
  for (let k = 1; k < n; k++) {
    const v = order[k - 1]!;
    periphery -= strengthTo(v, inCore, false);
    inCore[v] = 1;
    const fit = fitOf(k, periphery);
    if (fit !== null && fit > bestFit) {
      bestFit = fit;
      bestK = k;
    }
  }
  const best = new Uint8Array(n);
  for (let k = 0; k < bestK; k++) best[order[k]!] = 1;
  return best;
}

/** Single-actor moves, the best one each round, while the fit improves. */
function improve(
  index: CompactIndex,
  ties: CorePeripheryTies,
  start: Uint8Array,
  strengthTo: StrengthTo,
  fitOf: FitOf,
): { inCore: Uint8Array; fit: number } | null {
  const n = index.order;
  const inCore = Uint8Array.from(start);
  let k = 0;
  for (let i = 0; i < n; i++) k += inCore[i]!;
  let periphery = 0;
  for (let e = 0; e < index.size; e++)
    if (inCore[index.linkSource[e]!] === 0 && inCore[index.linkTarget[e]!] === 0)
      periphery += tieValue(index, e, ties);
  let fit = fitOf(k, periphery) ?? Number.NEGATIVE_INFINITY;
  for (;;) {
    let move = -1;
    let moveFit = fit;
    let movePeriphery = periphery;
    for (let v = 0; v < n; v++) {
      const toPeriphery = strengthTo(v, inCore, false);
      // Into the core: v's ties to peripheral actors leave the periphery; out of it, they join.
      const nextPeriphery = inCore[v] === 1 ? periphery + toPeriphery : periphery - toPeriphery;
      const nextK = inCore[v] === 1 ? k - 1 : k + 1;
      if (nextK < 1 || nextK >= n) continue;
      const candidate = fitOf(nextK, nextPeriphery);
      if (candidate !== null && candidate > moveFit + 1e-13) {
        move = v;
        moveFit = candidate;
        movePeriphery = nextPeriphery;
      }
    }
    if (move < 0) break;
    k += inCore[move] === 1 ? -1 : 1;
    inCore[move] = inCore[move] === 1 ? 0 : 1;
    periphery = movePeriphery;
    fit = moveFit;
  }
  return Number.isFinite(fit) ? { inCore, fit } : null;
}

/** Out- and in-adjacency when directed, the one adjacency when not. */
function sides(index: CompactIndex) {
  const out = [index.offsets, index.targets, index.linkOf] as const;
  return index.directed ? [out, [index.inOffsets, index.inSources, index.inLinkOf] as const] : [out];
}
