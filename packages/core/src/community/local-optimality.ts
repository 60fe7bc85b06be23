/**
 * The last step of Leiden in Catalyse: it makes the returned partition locally
 * optimal and connected even when iterations stop before a stable one.
 * Traag et al. (2019) guarantee node optimality only after an iteration that
 * changes nothing, which can take many iterations on graphs without clear
 * communities (Barabási–Albert). Here local moving runs on the actors until a
 * full pass moves none, and a community that such a move left disconnected is
 * split into its components (which always raises modularity and CPM: no inside
 * link is lost and the size penalty shrinks). Both steps only raise the
 * quality, so the loop ends.
 */
import type { Random } from "../random.js";
import type { LevelGraph } from "./level-graph.js";
import { moveNodesFast } from "./local-moving.js";
import { canonicalLabels } from "./partition.js";
import type { LeidenWorkspace } from "./workspace.js";

/** Returns labels 0..k−1 with no improving single move and connected communities. */
export function polishPartition(
  graph: LevelGraph,
  labels: Int32Array,
  size: Float64Array,
  penalty: number,
  random: Random,
  work: LeidenWorkspace,
): Int32Array {
  let current = canonicalLabels(labels);
  for (;;) {
    // moveNodesFast visits every node at least once: no move means none can improve.
    const moves = moveNodesFast(graph, current, size, penalty, random, work);
    const split = splitDisconnected(graph, current);
    current = canonicalLabels(current);
    if (moves === 0 && split === 0) return current;
  }
}

/**
 * Gives each connected part of a community beyond the first a new label
 * (labels stay below the order). Returns the number of parts split off.
 */
export function splitDisconnected(graph: LevelGraph, labels: Int32Array): number {
  const n = graph.order;
  const used = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const relabel: number[] = [];
  let split = 0;
  for (let root = 0; root < n; root++) {
    if (seen[root] === 1) continue;
    const c = labels[root]!;
    const fresh = used[c] === 1;
    used[c] = 1;
    let top = 0;
    stack[top++] = root;
    seen[root] = 1;
    const part: number[] = [];
    while (top > 0) {
      const v = stack[--top]!;
      part.push(v);
      for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
        const u = graph.targets[k]!;
        if (seen[u] === 0 && labels[u] === c) {
          seen[u] = 1;
          stack[top++] = u;
        }
      }
    }
    if (fresh) {
      split++;
      for (const v of part) relabel.push(v);
      relabel.push(-1);
    }
  }
  // New labels are taken among the unused ones after the walk, so that parts found
  // later are not mistaken for a community seen already.
  let next = 0;
  let label = -1;
  for (const v of relabel) {
    if (v === -1) {
      label = -1;
      continue;
    }
    if (label === -1) {
      while (used[next] === 1) next++;
      label = next;
      used[label] = 1;
    }
    labels[v] = label;
  }
  return split;
}
