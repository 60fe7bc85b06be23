/**
 * Queue-based local moving, the first phase of Leiden (Traag, Waltman & van
 * Eck 2019, "From Louvain to Leiden", Sci. Rep. 9:5233, Algorithm A.2
 * `MoveNodesFast`): nodes wait in a queue, in random order; each one moves to
 * the neighbouring community (or an empty one) that improves the quality most,
 * and when it moves its neighbours outside its new community rejoin the queue.
 * Unlike Louvain's sweeps, only nodes whose neighbourhood changed are visited again.
 */
import type { Random } from "../random.js";
import type { LevelGraph } from "./level-graph.js";
import { type LeidenWorkspace, randomOrderInto } from "./workspace.js";

/**
 * A move must beat staying by this fraction of the node's strength, so that
 * rounding noise never moves a node back and forth.
 */
export const MOVE_TOLERANCE = 1e-12;

/**
 * Moves nodes of `graph` between communities (`communityOf`, labels < order,
 * updated in place) until no move improves `e_c − γ′·S_c²/2`. Returns the
 * number of moves.
 */
export function moveNodesFast(
  graph: LevelGraph,
  communityOf: Int32Array,
  size: Float64Array,
  penalty: number,
  random: Random,
  work: LeidenWorkspace,
): number {
  const n = graph.order;
  const { offsets, targets, weights, strength } = graph;
  // Unit weights: add 1 rather than read `weights`, one array less through the cache.
  const unit = graph.unitWeights;
  // The workspace's arrays, unpacked into locals: this loop is where Leiden spends most of its time.
  const { weightTo, touched, communitySize, communityNodes, queued } = work;
  const empty = work.emptyCommunities;
  communitySize.fill(0, 0, n);
  communityNodes.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    communitySize[communityOf[v]!]! += size[v]!;
    communityNodes[communityOf[v]!]!++;
  }
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (communityNodes[c] === 0) empty[emptyCount++] = c;

  // A circular queue holding each node at most once.
  const queue = randomOrderInto(random, work.queue, n);
  queued.fill(1, 0, n);
  let head = 0;
  let pending = n;
  let moves = 0;
  while (pending > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;
    const current = communityOf[v]!;
    const sv = size[v]!;
    let count = 0;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
      const c = communityOf[targets[k]!]!;
      if (weightTo[c] === 0) touched[count++] = c;
      weightTo[c]! += unit ? 1 : weights[k]!;
    }
    communitySize[current]! -= sv;
    communityNodes[current]!--;
    let best = current;
    let bestGain = weightTo[current]! - penalty * sv * communitySize[current]!;
    const stay = bestGain;
    const tolerance = MOVE_TOLERANCE * (strength[v]! + Math.abs(stay));
    for (let t = 0; t < count; t++) {
      const c = touched[t]!;
      const gain = weightTo[c]! - penalty * sv * communitySize[c]!;
      weightTo[c] = 0;
      if (c !== current && gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    // An empty community gains 0; when v was alone, `current` is already that.
    let toEmpty = false;
    if (bestGain < 0 && communityNodes[current]! > 0) {
      bestGain = 0;
      toEmpty = true;
    }
    if (bestGain - stay <= tolerance) {
      best = current;
      toEmpty = false;
    }
    if (toEmpty) best = empty[--emptyCount]!;
    communitySize[best]! += sv;
    communityNodes[best]!++;
    if (best === current) continue;
    if (communityNodes[current] === 0) empty[emptyCount++] = current;
    communityOf[v] = best;
    moves++;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = targets[k]!;
      if (queued[u] === 0 && communityOf[u] !== best) {
        queued[u] = 1;
        let tail = head + pending;
        if (tail >= n) tail -= n;
        queue[tail] = u;
        pending++;
      }
    }
  }
  return moves;
}
