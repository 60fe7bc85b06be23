/**
 * The triad census of a directed territory (Holland & Leinhardt 1976): how many
 * of the n(n−1)(n−2)/6 triples of actors show each of the 16 link patterns,
 * keyed by MAN code (Mutual, Asymmetric, Null dyads, then a letter for the
 * variant: D down, U up, C cyclic, T transitive). Matches
 * `nx.triadic_census(G)` and R `sna::triad.census(g)`.
 *
 * Algorithm: Batagelj & Mrvar (2001), O(m·Δ): each connected triple is counted
 * once from its lowest-numbered linked pair, triples with one linked pair are
 * counted in bulk, and "003" (no link) is what remains. Null for undirected
 * territories (NetworkX refuses them).
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { hasArc, type SortedAdjacency, sortedOutNeighbours } from "./sorted-adjacency.js";

/** The 16 triad types in the conventional order (Holland & Leinhardt; sna and NetworkX use it). */
export const TRIAD_TYPES = [
  "003",
  "012",
  "102",
  "021D",
  "021U",
  "021C",
  "111D",
  "111U",
  "030T",
  "030C",
  "201",
  "120D",
  "120U",
  "120C",
  "210",
  "300",
] as const;

/** A triad type of the MAN census (Holland & Leinhardt 1976), as `nx.triadic_census` names it. */
export type TriadType = (typeof TRIAD_TYPES)[number];

/**
 * Counts by triad type, every type present (zero when absent). NOTE: JavaScript
 * lists the keys "102", "201", "210", "300" first (they read as integers); use
 * {@link TRIAD_TYPES} for the conventional order.
 */
export type TriadCensus = Record<TriadType, number>;

/**
 * Triad type (1-based position in TRIAD_TYPES) of each of the 64 link patterns
 * of an ordered triple (v, u, w), the pattern being the sum of
 * 1: v→u, 2: u→v, 4: v→w, 8: w→v, 16: u→w, 32: w→u (NetworkX's `TRICODES`).
 */
const TRICODES = [
  1, 2, 2, 3, 2, 4, 6, 8, 2, 6, 5, 7, 3, 8, 7, 11, 2, 6, 4, 8, 5, 9, 9, 13, 6, 10, 9, 14, 7, 14, 12, 15, 2, 5,
  6, 7, 6, 9, 10, 14, 4, 9, 9, 12, 8, 13, 14, 15, 3, 7, 8, 11, 7, 12, 14, 15, 8, 14, 13, 15, 11, 15, 15, 16,
];

/** The triad census of a directed territory (16 types, as `nx.triadic_census`); null when undirected. */
export function triadCensus(index: CompactIndex): TriadCensus | null {
  if (!index.directed) return null;
  const n = index.order;
  const counts = new Float64Array(16);
  const out = sortedOutNeighbours(index);
  const around = undirectedNeighbours(index);
  const arc = (a: number, b: number) => hasArc(out, a, b);
  const tricode = (v: number, u: number, w: number) =>
    (arc(v, u) ? 1 : 0) +
    (arc(u, v) ? 2 : 0) +
    (arc(v, w) ? 4 : 0) +
    (arc(w, v) ? 8 : 0) +
    (arc(u, w) ? 16 : 0) +
    (arc(w, u) ? 32 : 0);
  // Marks the union of v's and u's neighbourhoods, without v and u.
  const mark = new Int32Array(n).fill(-1);
  const union: number[] = [];
  for (let v = 0; v < n; v++) {
    for (let a = around.offsets[v]!; a < around.offsets[v + 1]!; a++) {
      const u = around.targets[a]!;
      if (u <= v) continue;
      union.length = 0;
      const stamp = a; // the slot of (v, u): a stamp no other pair uses
      for (const x of [v, u]) {
        for (let b = around.offsets[x]!; b < around.offsets[x + 1]!; b++) {
          const w = around.targets[b]!;
          if (w === u || w === v || mark[w] === stamp) continue;
          mark[w] = stamp;
          union.push(w);
        }
      }
      for (const w of union) {
        // Count the triple once: from its lowest linked pair (v, u), with u < w,
        // or v < w < u when w is not linked to v (so (v, w) cannot count it).
        if (u < w || (v < w && w < u && !hasArc(around, v, w))) {
          counts[TRICODES[tricode(v, u, w)]! - 1]!++;
        }
      }
      // Triples where only v and u are linked.
      counts[arc(v, u) && arc(u, v) ? 2 : 1]! += n - union.length - 2;
    }
  }
  const triples = (n * (n - 1) * (n - 2)) / 6;
  let linked = 0;
  for (let t = 1; t < 16; t++) linked += counts[t]!;
  counts[0] = triples - linked;
  const census = {} as TriadCensus;
  TRIAD_TYPES.forEach((type, t) => {
    census[type] = counts[t]!;
  });
  return census;
}

/** Neighbours in either direction, sorted and without repeats. */
function undirectedNeighbours(index: CompactIndex): SortedAdjacency {
  const n = index.order;
  const offsets = new Int32Array(n + 1);
  const lists: Int32Array[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const outs = index.targets.subarray(index.offsets[i]!, index.offsets[i + 1]!);
    const ins = index.inSources.subarray(index.inOffsets[i]!, index.inOffsets[i + 1]!);
    const merged = new Int32Array(outs.length + ins.length);
    merged.set(outs);
    merged.set(ins, outs.length);
    merged.sort();
    let size = 0;
    for (let k = 0; k < merged.length; k++) {
      if (k === 0 || merged[k] !== merged[k - 1]) merged[size++] = merged[k]!;
    }
    lists[i] = merged.subarray(0, size);
    offsets[i + 1] = offsets[i]! + size;
  }
  const targets = new Int32Array(offsets[n]!);
  for (let i = 0; i < n; i++) targets.set(lists[i]!, offsets[i]!);
  return { offsets, targets };
}
