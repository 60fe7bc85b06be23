/**
 * The dependence curve ("no one in the middle"): remove the actor with the
 * highest betweenness, then the next, up to k (default 5), and after each
 * removal measure the share of actor pairs still connected, the share of
 * cross-world pairs still connected and the largest component's share.
 * Betweenness is ranked once on the whole graph (a static attack, Holme et al.
 * 2002), so the curve costs k component passes, not k Brandes runs.
 */
import type { CompactIndex } from "@catalyse/core";

export interface DependencePoint {
  removed: number;
  /** Label (id) of the actor removed at this step; null for step 0. */
  actor: string | null;
  connectedPairs: number | null;
  crossWorldPairs: number | null;
  largestComponent: number | null;
}

export function dependenceCurve(
  index: CompactIndex,
  betweenness: ArrayLike<number>,
  k = 5,
): DependencePoint[] {
  const n = index.order;
  const ranked = Array.from({ length: n }, (_, i) => i).sort((a, b) => betweenness[b]! - betweenness[a]!);
  const removed = new Uint8Array(n);
  const baseline = measure(index, removed);
  const points: DependencePoint[] = [
    { removed: 0, actor: null, connectedPairs: 1, crossWorldPairs: 1, largestComponent: baseline.largest },
  ];
  for (let step = 1; step <= Math.min(k, n); step++) {
    const victim = ranked[step - 1]!;
    removed[victim] = 1;
    const now = measure(index, removed);
    points.push({
      removed: step,
      actor: index.ids[victim]!,
      connectedPairs: baseline.pairs === 0 ? null : now.pairs / baseline.pairs,
      crossWorldPairs: baseline.cross === 0 ? null : now.cross / baseline.cross,
      largestComponent: now.largest,
    });
  }
  return points;
}

function measure(
  index: CompactIndex,
  removed: Uint8Array,
): { pairs: number; cross: number; largest: number } {
  const n = index.order;
  const worlds = index.worldNames.length;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let pairs = 0;
  let cross = 0;
  let largest = 0;
  let id = 0;
  const perWorld = new Float64Array(worlds);
  for (let s = 0; s < n; s++) {
    if (removed[s] || component[s] !== -1) continue;
    perWorld.fill(0);
    component[s] = id;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      perWorld[index.worldOf[v]!]!++;
      for (let k = index.offsets[v]!; k < index.offsets[v + 1]!; k++) {
        const w = index.targets[k]!;
        if (removed[w] || component[w] !== -1) continue;
        component[w] = id;
        queue[tail++] = w;
      }
    }
    const size = tail;
    pairs += (size * (size - 1)) / 2;
    let same = 0;
    for (let w = 0; w < worlds; w++) same += (perWorld[w]! * (perWorld[w]! - 1)) / 2;
    cross += (size * (size - 1)) / 2 - same;
    if (size > largest) largest = size;
    id++;
  }
  return { pairs, cross, largest: n === 0 ? 0 : largest / n };
}
