/**
 * Out-neighbour lists sorted by position, so that "is there a link i→j?" is a
 * binary search. The compact index keeps neighbours in link order, which is
 * what the path algorithms want; the directed figures need membership tests.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** Out-neighbours of each actor sorted by position, for arc look-ups by binary search. */
export interface SortedAdjacency {
  readonly offsets: Int32Array;
  /** Out-neighbours of i, ascending, in `targets[offsets[i] .. offsets[i+1])`. */
  readonly targets: Int32Array;
}

/** The compact index's out-neighbours, sorted within each actor. */
export function sortedOutNeighbours(index: CompactIndex): SortedAdjacency {
  const targets = index.targets.slice();
  for (let i = 0; i < index.order; i++) targets.subarray(index.offsets[i]!, index.offsets[i + 1]!).sort();
  return { offsets: index.offsets, targets };
}

/** Whether the link i→j exists (either direction when the index is undirected). */
export function hasArc(adjacency: SortedAdjacency, i: number, j: number): boolean {
  const { offsets, targets } = adjacency;
  let low = offsets[i]!;
  let high = offsets[i + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = targets[middle]!;
    if (value === j) return true;
    if (value < j) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
