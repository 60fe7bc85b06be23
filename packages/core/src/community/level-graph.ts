/**
 * The undirected weighted graph community detection works on: the compact
 * index seen as undirected (CSR typed arrays), then each aggregated level of
 * Leiden. NOTE: directed territories are treated as undirected for community
 * detection, as `nx.community.louvain_communities(G.to_undirected())` would,
 * except that a reciprocated pair (a→b and b→a) counts once with the sum of
 * both weights rather than keeping one of them.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import type { LeidenWorkspace } from "./workspace.js";

export interface LevelGraph {
  /** Number of nodes. */
  readonly order: number;
  /** Neighbours of node v: `targets[offsets[v] .. offsets[v+1])`; no self-loops. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Weight of the links inside each node (0 on the first level; the internal weight of aggregates). */
  readonly selfWeight: Float64Array;
  /** Strength of each node: the weights of its links, internal ones counted twice. */
  readonly strength: Float64Array;
  /** Number of actors each node stands for (1 on the first level). */
  readonly count: Float64Array;
  /** Whether every link weighs 1 (first level of an unweighted territory): loops then add 1 rather than read `weights`. */
  readonly unitWeights: boolean;
  /** Total link weight m (each link once, internal links included). */
  readonly totalWeight: number;
}

/** The undirected view of a compact index, reciprocal directed links merged by summing weights. */
export function undirectedLevelGraph(index: CompactIndex, weighted = true): LevelGraph {
  const n = index.order;
  const m = index.size;
  const source = index.linkSource;
  const target = index.linkTarget;
  const linkWeight = (e: number): number => (weighted ? index.linkWeight[e]! : 1);
  if (!index.directed) {
    const strength = new Float64Array(n);
    const weights = new Float64Array(index.targets.length);
    for (let k = 0; k < weights.length; k++) weights[k] = weighted ? index.weights[k]! : 1;
    let total = 0;
    for (let e = 0; e < m; e++) {
      const w = linkWeight(e);
      strength[source[e]!]! += w;
      strength[target[e]!]! += w;
      total += w;
    }
    return {
      order: n,
      offsets: index.offsets,
      targets: index.targets,
      weights,
      selfWeight: new Float64Array(n),
      strength,
      count: new Float64Array(n).fill(1),
      unitWeights: allOnes(weights),
      totalWeight: total,
    };
  }
  // Directed: lay both directions out, then merge the duplicate neighbours that
  // reciprocated links leave in each list.
  const builder = new NeighbourMerger(n, 2 * m);
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[source[e]! + 1]!++;
    offsets[target[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const rawTargets = new Int32Array(2 * m);
  const rawWeights = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = source[e]!;
    const t = target[e]!;
    const w = linkWeight(e);
    let slot = cursor[s]!++;
    rawTargets[slot] = t;
    rawWeights[slot] = w;
    slot = cursor[t]!++;
    rawTargets[slot] = s;
    rawWeights[slot] = w;
  }
  const strength = new Float64Array(n);
  let total = 0;
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      builder.add(rawTargets[k]!, rawWeights[k]!);
      strength[v]! += rawWeights[k]!;
    }
    total += strength[v]!;
    builder.close();
  }
  const merged = builder.finish();
  return {
    order: n,
    offsets: merged.offsets,
    targets: merged.targets,
    weights: merged.weights,
    selfWeight: new Float64Array(n),
    strength,
    count: new Float64Array(n).fill(1),
    unitWeights: allOnes(merged.weights),
    totalWeight: total / 2,
  };
}

function allOnes(weights: Float64Array): boolean {
  for (let k = 0; k < weights.length; k++) if (weights[k] !== 1) return false;
  return true;
}

/**
 * Collapses a graph: node v goes to aggregate `groupOf[v]` (0..k−1). Links
 * inside an aggregate become its internal weight; links between aggregates sum.
 * The aggregated level is written into the workspace's next level buffers
 * (views of them), so it is valid until the level after next is built.
 */
export function aggregate(
  graph: LevelGraph,
  groupOf: Int32Array,
  groups: number,
  work: LeidenWorkspace,
): LevelGraph {
  const n = graph.order;
  // Members of each aggregate, by counting sort, so each aggregate's list is built in one pass.
  const { memberStart: start, memberCursor: cursor, members, slotOf } = work;
  start.fill(0, 0, groups + 1);
  for (let v = 0; v < n; v++) start[groupOf[v]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  cursor.set(start.subarray(0, groups));
  for (let v = 0; v < n; v++) members[cursor[groupOf[v]!]!++] = v;

  const out = work.takeLevelBuffers();
  const { offsets, targets, weights, selfWeight, strength, count } = out;
  // The merging of neighbour lists, inlined (the hot loop of aggregation):
  // slotOf[h] is where aggregate h sits in the current row, if it is at or after rowStart.
  const { offsets: oldOffsets, targets: oldTargets, weights: oldWeights } = graph;
  const unit = graph.unitWeights;
  slotOf.fill(-1, 0, groups);
  offsets[0] = 0;
  let length = 0;
  for (let g = 0; g < groups; g++) {
    const rowStart = length;
    let inside = 0;
    let groupStrength = 0;
    let groupCount = 0;
    for (let j = start[g]!; j < start[g + 1]!; j++) {
      const v = members[j]!;
      inside += graph.selfWeight[v]!;
      groupStrength += graph.strength[v]!;
      groupCount += graph.count[v]!;
      for (let k = oldOffsets[v]!, end = oldOffsets[v + 1]!; k < end; k++) {
        const h = groupOf[oldTargets[k]!]!;
        const w = unit ? 1 : oldWeights[k]!;
        // Each internal link is met from both ends, hence the half.
        if (h === g) inside += w / 2;
        else {
          const slot = slotOf[h]!;
          if (slot >= rowStart) weights[slot]! += w;
          else {
            slotOf[h] = length;
            targets[length] = h;
            weights[length++] = w;
          }
        }
      }
    }
    selfWeight[g] = inside;
    strength[g] = groupStrength;
    count[g] = groupCount;
    offsets[g + 1] = length;
  }
  return {
    order: groups,
    offsets: offsets.subarray(0, groups + 1),
    targets: targets.subarray(0, length),
    weights: weights.subarray(0, length),
    selfWeight: selfWeight.subarray(0, groups),
    strength: strength.subarray(0, groups),
    count: count.subarray(0, groups),
    unitWeights: false,
    totalWeight: graph.totalWeight,
  };
}

/** Builds CSR lists one node at a time, summing the weights of repeated neighbours. */
class NeighbourMerger {
  private readonly slotOf: Int32Array;
  private readonly offsets: number[] = [0];
  private targets: Int32Array;
  private weights: Float64Array;
  private length = 0;
  private rowStart = 0;

  /** `capacity`: an upper bound on the neighbour slots, so the arrays never grow. */
  constructor(order: number, capacity: number) {
    this.slotOf = new Int32Array(order).fill(-1);
    this.targets = new Int32Array(Math.max(16, capacity));
    this.weights = new Float64Array(Math.max(16, capacity));
  }

  add(neighbour: number, weight: number): void {
    const slot = this.slotOf[neighbour]!;
    if (slot >= this.rowStart && slot < this.length && this.targets[slot] === neighbour) {
      this.weights[slot]! += weight;
      return;
    }
    if (this.length === this.targets.length) {
      const targets = new Int32Array(this.length * 2);
      targets.set(this.targets);
      this.targets = targets;
      const weights = new Float64Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slotOf[neighbour] = this.length;
    this.targets[this.length] = neighbour;
    this.weights[this.length] = weight;
    this.length++;
  }

  close(): void {
    this.offsets.push(this.length);
    this.rowStart = this.length;
  }

  finish(): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
    return {
      offsets: Int32Array.from(this.offsets),
      targets: this.targets.slice(0, this.length),
      weights: this.weights.slice(0, this.length),
    };
  }
}
