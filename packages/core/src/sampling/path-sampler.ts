/**
 * Drawing one shortest path uniformly at random between two actors, by a
 * balanced bidirectional breadth-first search (Borassi & Natale, "KADABRA is an
 * ADaptive Algorithm for Betweenness via Random Approximation", ESA 2016, §4):
 * the side whose frontier has fewer links expands one whole level at a time
 * until the two searches touch. On small-world territories each side explores
 * about √m links instead of the whole graph, which makes a million-link
 * territory affordable.
 *
 * Why the path is uniform: when the expansion of side X to level d_X + 1 first
 * reaches actors already seen by the other side Y, all of them sit at distance
 * d_Y from Y's root (a shorter meeting would have been found earlier), and
 * every shortest path crosses exactly one of them. Picking such an actor y with
 * probability σ_X(y)·σ_Y(y)/σ_uv, then walking back on each side choosing a
 * predecessor p of w with probability σ(p)/σ(w), yields each shortest path with
 * probability 1/σ_uv (Riondato & Kornaropoulos 2016, Lemma 5).
 */
import type { CompactIndex } from "../graph/compact-index.js";
import type { Random } from "../random.js";

/** Samples one shortest path u → v and adds 1 to `hits` for each inner actor. Returns false when v is unreachable. */
export type PathSampler = (u: number, v: number, hits: Float64Array, random: Random) => boolean;

interface Side {
  distance: Int32Array;
  sigma: Float64Array;
  /** Actors in discovery order; levels are contiguous, so the frontier is a slice. */
  queue: Int32Array;
  tail: number;
  levelStart: number;
  /** Adjacency this side expands along: out-links from u, in-links towards v. */
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** Draws uniformly random shortest paths between random pairs of actors. */
export function createPathSampler(index: CompactIndex): PathSampler {
  const n = index.order;
  const side = (offsets: Int32Array, neighbours: Int32Array): Side => ({
    distance: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    queue: new Int32Array(n),
    tail: 0,
    levelStart: 0,
    offsets,
    neighbours,
  });
  const from = side(index.offsets, index.targets);
  const to = side(index.inOffsets, index.inSources);

  return (u, v, hits, random) => {
    start(from, u);
    start(to, v);
    let meetingStart = -1;
    let meetingSide: Side = from;
    let other: Side = to;
    while (from.levelStart < from.tail && to.levelStart < to.tail) {
      const expandFrom = frontierLinks(from) <= frontierLinks(to);
      meetingSide = expandFrom ? from : to;
      other = expandFrom ? to : from;
      const levelEnd = meetingSide.tail;
      if (expandLevel(meetingSide, other)) {
        meetingStart = levelEnd;
        break;
      }
    }
    let found = false;
    if (meetingStart >= 0) {
      const y = pickMeeting(meetingSide, other, meetingStart, random);
      if (y !== u && y !== v) hits[y]!++;
      // Walk back to u along in-links (predecessors) and on to v along out-links.
      walkBack(from, index.inOffsets, index.inSources, y, u, hits, random);
      walkBack(to, index.offsets, index.targets, y, v, hits, random);
      found = true;
    }
    reset(from);
    reset(to);
    return found;
  };
}

function start(side: Side, root: number): void {
  side.distance[root] = 0;
  side.sigma[root] = 1;
  side.queue[0] = root;
  side.tail = 1;
  side.levelStart = 0;
}

function reset(side: Side): void {
  for (let i = 0; i < side.tail; i++) side.distance[side.queue[i]!] = -1;
}

function frontierLinks(side: Side): number {
  let links = 0;
  for (let i = side.levelStart; i < side.tail; i++) {
    const x = side.queue[i]!;
    links += side.offsets[x + 1]! - side.offsets[x]!;
  }
  return links;
}

/** Expands `side` by one level; true when the new level touches `other`. */
function expandLevel(side: Side, other: Side): boolean {
  const { distance, sigma, queue, offsets, neighbours } = side;
  const levelEnd = side.tail;
  let tail = levelEnd;
  let met = false;
  for (let i = side.levelStart; i < levelEnd; i++) {
    const x = queue[i]!;
    const next = distance[x]! + 1;
    const sx = sigma[x]!;
    for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
      const y = neighbours[k]!;
      const dy = distance[y]!;
      if (dy === -1) {
        distance[y] = next;
        sigma[y] = sx;
        queue[tail++] = y;
        if (other.distance[y]! >= 0) met = true;
      } else if (dy === next) {
        sigma[y]! += sx;
      }
    }
  }
  side.levelStart = levelEnd;
  side.tail = tail;
  return met;
}

function pickMeeting(side: Side, other: Side, meetingStart: number, random: Random): number {
  let total = 0;
  for (let i = meetingStart; i < side.tail; i++) {
    const y = side.queue[i]!;
    if (other.distance[y]! >= 0) total += side.sigma[y]! * other.sigma[y]!;
  }
  let target = random() * total;
  let chosen = -1;
  for (let i = meetingStart; i < side.tail; i++) {
    const y = side.queue[i]!;
    if (other.distance[y]! < 0) continue;
    chosen = y;
    target -= side.sigma[y]! * other.sigma[y]!;
    if (target < 0) break;
  }
  return chosen;
}

/**
 * From y back to the side's root: at each step a neighbour one level closer,
 * chosen with probability σ(p)/σ(w). `offsets`/`neighbours` run against the
 * side's own direction (in-links for the search from u, out-links towards v).
 */
function walkBack(
  side: Side,
  offsets: Int32Array,
  neighbours: Int32Array,
  y: number,
  root: number,
  hits: Float64Array,
  random: Random,
): void {
  const { distance, sigma } = side;
  let w = y;
  while (distance[w]! > 0) {
    const previous = distance[w]! - 1;
    let target = random() * sigma[w]!;
    let chosen = -1;
    for (let k = offsets[w]!, end = offsets[w + 1]!; k < end; k++) {
      const p = neighbours[k]!;
      if (distance[p] !== previous) continue;
      chosen = p;
      target -= sigma[p]!;
      if (target < 0) break;
    }
    if (chosen !== root) hits[chosen]!++;
    w = chosen;
  }
}
