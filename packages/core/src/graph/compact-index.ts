/**
 * The compact index: a territory graph laid out once in CSR typed arrays
 * (offsets, neighbours, weights) so that every metric loops over integers.
 * Built once per graph by `analyze` and shared by every metric and null model;
 * only the boundary converts positions back to actor ids.
 *
 * Memory: for n actors and m links, 4(n+1) + 2·m·(4+8+4) + m·(4+4+8) bytes
 * plus the id strings, about 48 MB for a million undirected links.
 */
export interface CompactIndex {
  /** Number of actors. */
  readonly order: number;
  /** Number of links (merged, so one per linked pair). */
  readonly size: number;
  readonly directed: boolean;
  /** Actor ids by position. */
  readonly ids: readonly string[];
  /** Graph node keys by position (to write `.assign` attributes back). */
  readonly keys: readonly string[];
  /** Actor id → position. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** World code of each actor (an index into `worldNames`). */
  readonly worldOf: Int32Array;
  readonly worldNames: readonly string[];
  /**
   * Out-adjacency (all adjacency when undirected): the neighbours of actor i are
   * `targets[offsets[i] .. offsets[i+1])`, with `weights` and `linkOf` (the link
   * number) at the same slots. Undirected links appear in both endpoints' lists.
   */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly linkOf: Int32Array;
  /**
   * In-adjacency, laid out like the out-adjacency. NOTE: for undirected graphs
   * these are the very same arrays as the out-adjacency, so code can use them
   * without checking `directed`.
   */
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array;
  readonly inLinkOf: Int32Array;
  /** Links by number: endpoints (source, target) and weight. */
  readonly linkSource: Int32Array;
  readonly linkTarget: Int32Array;
  readonly linkWeight: Float64Array;
}

/** What a compact index is built from: actors and links already numbered. */
export interface CompactIndexArrays {
  directed: boolean;
  ids: readonly string[];
  keys?: readonly string[];
  worldOf: Int32Array;
  worldNames: readonly string[];
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkWeight: Float64Array;
}

/**
 * Builds a compact index from numbered links, without any graphology graph
 * (null models, streaming readers). Neighbour lists keep link order.
 */
export function compactIndexFromArrays(arrays: CompactIndexArrays): CompactIndex {
  const { directed, ids, worldOf, worldNames, linkSource, linkTarget, linkWeight } = arrays;
  const n = ids.length;
  const m = linkSource.length;
  const out = buildAdjacency(n, linkSource, linkTarget, linkWeight, directed ? "out" : "both");
  const inward = directed ? buildAdjacency(n, linkSource, linkTarget, linkWeight, "in") : out;
  const positionOf = new Map<string, number>();
  for (let i = 0; i < n; i++) positionOf.set(ids[i]!, i);
  return {
    order: n,
    size: m,
    directed,
    ids,
    keys: arrays.keys ?? ids.map((_, i) => String(i)),
    positionOf,
    worldOf,
    worldNames,
    offsets: out.offsets,
    targets: out.neighbours,
    weights: out.weights,
    linkOf: out.links,
    inOffsets: inward.offsets,
    inSources: inward.neighbours,
    inWeights: inward.weights,
    inLinkOf: inward.links,
    linkSource,
    linkTarget,
    linkWeight,
  };
}

interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  links: Int32Array;
}

function buildAdjacency(
  n: number,
  source: Int32Array,
  target: Int32Array,
  weight: Float64Array,
  direction: "out" | "in" | "both",
): Adjacency {
  const m = source.length;
  const slots = direction === "both" ? 2 * m : m;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    if (direction !== "in") offsets[source[e]! + 1]!++;
    if (direction !== "out") offsets[target[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, n);
  const neighbours = new Int32Array(slots);
  const weights = new Float64Array(slots);
  const links = new Int32Array(slots);
  for (let e = 0; e < m; e++) {
    const s = source[e]!;
    const t = target[e]!;
    const w = weight[e]!;
    if (direction !== "in") {
      const slot = cursor[s]!++;
      neighbours[slot] = t;
      weights[slot] = w;
      links[slot] = e;
    }
    if (direction !== "out") {
      const slot = cursor[t]!++;
      neighbours[slot] = s;
      weights[slot] = w;
      links[slot] = e;
    }
  }
  return { offsets, neighbours, weights, links };
}

/** Maps a per-position array back to actor ids, the boundary every metric crosses once. */
export function toActorMap<T>(index: CompactIndex, values: ArrayLike<T>): Map<string, T> {
  const result = new Map<string, T>();
  for (let i = 0; i < index.order; i++) result.set(index.ids[i]!, values[i]!);
  return result;
}
