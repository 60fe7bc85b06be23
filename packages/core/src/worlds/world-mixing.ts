/**
 * How alliances mix the worlds (sectors) of a territory.
 *
 * - The world × world mixing matrix: `counts[a][b]` links between an actor of
 *   world a and one of world b, `weights[a][b]` their summed weight. Undirected:
 *   symmetric, a cross-world link appears in both [a][b] and [b][a], a
 *   same-world link once on the diagonal. Directed: rows are source worlds.
 * - The E-I index (Krackhardt & Stern 1988): (E − I) / (E + I) over links,
 *   each (merged) link counted once and unweighted, E the cross-world links
 *   and I the same-world ones; −1 when worlds only ally within themselves,
 *   +1 when every alliance crosses worlds. `crossWorldShare` = E / (E + I).
 * - The E-I index of each world: E its links to other worlds, I its links
 *   inside itself.
 *
 * Only worlds that have actors take part. Every figure is null when the
 * territory has no links or fewer than two worlds (the question does not arise).
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** One world's internal and external links and its E-I index. */
export interface WorldEiFigures {
  world: string;
  actors: number;
  /** Links inside the world. */
  internal: number;
  /** Links from the world to other worlds. */
  external: number;
  /** (external − internal) / (external + internal); null without links. */
  eiIndex: number | null;
}

/** The world mixing matrix, cross-world share and E-I indices (Krackhardt & Stern 1988). */
export interface WorldMixingResult {
  /** The worlds that have actors, in the territory's world order. */
  worlds: string[];
  counts: number[][];
  weights: number[][];
  /** Cross-world links (E). */
  external: number;
  /** Same-world links (I). */
  internal: number;
  eiIndex: number | null;
  crossWorldShare: number | null;
  byWorld: WorldEiFigures[];
}

/** Maps each world code to a dense row of the present worlds (−1 when absent). */
export function worldCodesInUse(index: CompactIndex, worldOf: Int32Array = index.worldOf) {
  const sizes = new Map<number, number>();
  for (let i = 0; i < index.order; i++) sizes.set(worldOf[i]!, (sizes.get(worldOf[i]!) ?? 0) + 1);
  const codes = [...sizes.keys()].sort((a, b) => a - b);
  const rowOf = new Map<number, number>();
  codes.forEach((code, row) => {
    rowOf.set(code, row);
  });
  return { codes, rowOf, sizes: codes.map((code) => sizes.get(code)!) };
}

/** E and I only, without building the matrix: the inner loop of the null models. */
export function crossWorldLinks(index: CompactIndex, worldOf: Int32Array = index.worldOf): number {
  let external = 0;
  for (let e = 0; e < index.size; e++)
    if (worldOf[index.linkSource[e]!] !== worldOf[index.linkTarget[e]!]) external++;
  return external;
}

/** (E − I) / (E + I) from the cross-world link count; null without links or with one world. */
export function eiFromCounts(external: number, links: number, worlds: number): number | null {
  if (links === 0 || worlds < 2) return null;
  return (external - (links - external)) / links;
}

/** How worlds link: mixing matrix, E-I index overall and per world. */
export function worldMixing(index: CompactIndex, worldOf: Int32Array = index.worldOf): WorldMixingResult {
  const { codes, rowOf, sizes } = worldCodesInUse(index, worldOf);
  const k = codes.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const weights = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const internalOf = new Array<number>(k).fill(0);
  const externalOf = new Array<number>(k).fill(0);
  let external = 0;
  for (let e = 0; e < index.size; e++) {
    const a = rowOf.get(worldOf[index.linkSource[e]!]!)!;
    const b = rowOf.get(worldOf[index.linkTarget[e]!]!)!;
    const w = index.linkWeight[e]!;
    counts[a]![b]!++;
    weights[a]![b]! += w;
    if (a === b) {
      internalOf[a]!++;
      continue;
    }
    external++;
    externalOf[a]!++;
    externalOf[b]!++;
    if (!index.directed) {
      counts[b]![a]!++;
      weights[b]![a]! += w;
    }
  }
  const links = index.size;
  const eiIndex = eiFromCounts(external, links, k);
  return {
    worlds: codes.map((code) => index.worldNames[code] ?? String(code)),
    counts,
    weights,
    external,
    internal: links - external,
    eiIndex,
    crossWorldShare: eiIndex === null ? null : external / links,
    byWorld: codes.map((code, row) => {
      const touching = internalOf[row]! + externalOf[row]!;
      return {
        world: index.worldNames[code] ?? String(code),
        actors: sizes[row]!,
        internal: internalOf[row]!,
        external: externalOf[row]!,
        eiIndex: touching === 0 || k < 2 ? null : (externalOf[row]! - internalOf[row]!) / touching,
      };
    }),
  };
}
