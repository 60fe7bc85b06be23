/**
 * Modularity of any partition (Newman & Girvan 2004; resolution γ after
 * Reichardt & Bornholdt 2006), matching
 * `nx.community.modularity(G, communities, weight="weight", resolution=γ)`:
 *
 *   undirected  Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]
 *   directed    Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ]
 *
 * with m the total link weight, L_c the weight of the links inside c and K_c
 * the summed strengths of its actors. Null when the territory has no link
 * (NetworkX divides by zero there).
 */
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";

/** Options of `modularity`. */
export interface ModularityOptions {
  /** Resolution γ. Default 1. */
  resolution?: number;
  /** Use link weights (NetworkX `weight="weight"`); false counts each link as 1. Default true. */
  weighted?: boolean;
  /**
   * Use the directed formula on a directed territory, as NetworkX does for a
   * `DiGraph`. Default: the territory's own directedness. Community detection
   * reads territories as undirected and reports `directed: false` modularity.
   */
  directed?: boolean;
}

/**
 * A partition: each actor id's community, or each actor position's community
 * (any integer labels ≥ 0).
 */
export type PartitionInput = ReadonlyMap<string, number> | ArrayLike<number>;

/** Newman's modularity of a partition, as `nx.community.modularity`. */
export function modularity(
  input: GraphInput,
  partition: PartitionInput,
  options: ModularityOptions = {},
): number | null {
  const index = toCompactIndex(input);
  const labels = partitionLabels(index, partition);
  const resolution = options.resolution ?? 1;
  const weighted = options.weighted ?? true;
  const directed = (options.directed ?? index.directed) && index.directed;
  const m = index.size;
  const communities = new Map<number, number>();
  const code = new Int32Array(index.order);
  for (let v = 0; v < index.order; v++) {
    let c = communities.get(labels[v]!);
    if (c === undefined) {
      c = communities.size;
      communities.set(labels[v]!, c);
    }
    code[v] = c;
  }
  const k = communities.size;
  const inside = new Float64Array(k);
  const out = new Float64Array(k);
  const into = new Float64Array(k);
  let total = 0;
  for (let e = 0; e < m; e++) {
    const w = weighted ? index.linkWeight[e]! : 1;
    const s = code[index.linkSource[e]!]!;
    const t = code[index.linkTarget[e]!]!;
    total += w;
    out[s]! += w;
    into[t]! += w;
    if (s === t) inside[s]! += w;
  }
  if (!(total > 0)) return null;
  let q = 0;
  for (let c = 0; c < k; c++) {
    const penalty = directed
      ? (out[c]! * into[c]!) / (total * total)
      : ((out[c]! + into[c]!) / (2 * total)) ** 2;
    q += inside[c]! / total - resolution * penalty;
  }
  return q;
}

/** Community label of each actor position; throws when an actor has none. */
export function partitionLabels(index: CompactIndex, partition: PartitionInput): ArrayLike<number> {
  if (!isActorMap(partition)) {
    if (partition.length !== index.order)
      throw new RangeError(
        `modularity: the partition has ${partition.length} labels for ${index.order} actors; give one per actor position.`,
      );
    return partition;
  }
  const labels = new Float64Array(index.order);
  for (let v = 0; v < index.order; v++) {
    const label = partition.get(index.ids[v]!);
    if (label === undefined)
      throw new RangeError(
        `modularity: actor "${index.ids[v]}" has no community in the partition; every actor needs one.`,
      );
    labels[v] = label;
  }
  return labels;
}

function isActorMap(partition: PartitionInput): partition is ReadonlyMap<string, number> {
  return partition instanceof Map;
}
