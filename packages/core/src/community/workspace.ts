/**
 * The working memory of one Leiden run: every array that local moving,
 * refinement and aggregation need, allocated once for the first level (the
 * largest: levels only ever have fewer nodes and fewer neighbour slots) and
 * reused at every level of every iteration. When each level allocated its own
 * arrays, garbage collection took about a tenth of a 50,000-actor run
 * (benchmarks/README.md, issue 19). Aggregated levels are written alternately
 * into two sets of buffers: a level is only read while the next one is built.
 */
import type { Random } from "../random.js";
import type { LevelGraph } from "./level-graph.js";

/** The arrays of one aggregated level, sized for the first level. */
export interface LevelBuffers {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly selfWeight: Float64Array;
  readonly strength: Float64Array;
  readonly count: Float64Array;
}

export class LeidenWorkspace {
  /** Nodes of the first level: every array indexed by node or community has this length. */
  readonly order: number;
  /**
   * Link weight from the node at hand to each community (or subcommunity).
   * NOTE: 0 everywhere between two nodes; whoever adds to an entry lists it in
   * `touched` and sets it back to 0 (link weights are > 0, so 0 means untouched).
   */
  readonly weightTo: Float64Array;
  readonly touched: Int32Array;
  /** Total size and number of nodes of each community. */
  readonly communitySize: Float64Array;
  readonly communityNodes: Int32Array;
  /** Labels of the empty communities, a stack. */
  readonly emptyCommunities: Int32Array;
  /** The circular queue of local moving, and whether each node is in it. */
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
  /** Refinement: subcommunity of each node, its size, node count and link weight to the rest of its community. */
  readonly refined: Int32Array;
  readonly refinedSize: Float64Array;
  readonly refinedNodes: Int32Array;
  readonly external: Float64Array;
  /** Refinement: the subcommunities a node may join and the odds of each. */
  readonly candidates: Int32Array;
  readonly chances: Float64Array;
  /** A random visiting order. */
  readonly visitOrder: Int32Array;
  /** Labels of the current level's communities and of the next level's, swapped at each level. */
  labels: Int32Array;
  nextLabels: Int32Array;
  /** The node of the current level that each actor belongs to. */
  readonly nodeOf: Int32Array;
  /** Renumbering: new label of each old one, −1 when not seen yet. */
  readonly code: Int32Array;
  /** Aggregation: members of each aggregate by counting sort, and each aggregate's slot in the row being built. */
  readonly memberStart: Int32Array;
  readonly memberCursor: Int32Array;
  readonly members: Int32Array;
  readonly slotOf: Int32Array;
  private readonly buffers: [LevelBuffers, LevelBuffers];
  private nextBuffers = 0;

  constructor(graph: LevelGraph) {
    const n = graph.order;
    const arcs = graph.targets.length;
    this.order = n;
    this.weightTo = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.communitySize = new Float64Array(n);
    this.communityNodes = new Int32Array(n);
    this.emptyCommunities = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.queued = new Uint8Array(n);
    this.refined = new Int32Array(n);
    this.refinedSize = new Float64Array(n);
    this.refinedNodes = new Int32Array(n);
    this.external = new Float64Array(n);
    this.candidates = new Int32Array(n + 1);
    this.chances = new Float64Array(n + 1);
    this.visitOrder = new Int32Array(n);
    this.labels = new Int32Array(n);
    this.nextLabels = new Int32Array(n);
    this.nodeOf = new Int32Array(n);
    this.code = new Int32Array(n);
    this.memberStart = new Int32Array(n + 1);
    this.memberCursor = new Int32Array(n);
    this.members = new Int32Array(n);
    this.slotOf = new Int32Array(n);
    const buffers = (): LevelBuffers => ({
      offsets: new Int32Array(n + 1),
      targets: new Int32Array(arcs),
      weights: new Float64Array(arcs),
      selfWeight: new Float64Array(n),
      strength: new Float64Array(n),
      count: new Float64Array(n),
    });
    this.buffers = [buffers(), buffers()];
  }

  /** The buffers the next aggregated level is written into (not those of the level being read). */
  takeLevelBuffers(): LevelBuffers {
    const buffers = this.buffers[this.nextBuffers]!;
    this.nextBuffers = 1 - this.nextBuffers;
    return buffers;
  }

  /** Swaps `labels` and `nextLabels`. */
  swapLabels(): void {
    const labels = this.labels;
    this.labels = this.nextLabels;
    this.nextLabels = labels;
  }
}

/** Writes a random permutation of 0..n−1 into `order` (Fisher–Yates, the draws of `randomOrder`). */
export function randomOrderInto(random: Random, order: Int32Array, n: number): Int32Array {
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order;
}

/**
 * Renumbers `labels[0..length)` (each < length) in place to 0..k−1 in order of
 * first appearance, as `canonicalLabels` does, and returns k.
 */
export function renumberInPlace(labels: Int32Array, length: number, code: Int32Array): number {
  code.fill(-1, 0, length);
  let next = 0;
  for (let v = 0; v < length; v++) {
    const label = labels[v]!;
    let c = code[label]!;
    if (c === -1) {
      c = next++;
      code[label] = c;
    }
    labels[v] = c;
  }
  return next;
}
