/**
 * Keystone actors: those whose departure disconnects two worlds, i.e. some
 * pair of worlds (A, B), both still represented, had actors joined by a path
 * before the removal and has none after. A territory whose associations only
 * reach local government through one actor depends on that actor.
 *
 * Only two kinds of actors can be keystones, so only they are tested (one
 * breadth-first search each): cut vertices (Hopcroft & Tarjan 1973; equal to
 * `nx.articulation_points` on the undirected view) and actors that are the only
 * member of their world in their component. Components are weak for directed
 * territories. NetworkX has no equivalent; each answer equals comparing
 * `nx.connected_components` before and after `G.remove_node(v)`.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** Options of `keystones`. */
export interface KeystoneOptions {
  /**
   * Budget in visited links (candidates × (n + m)); above it the search is
   * skipped and `keystones` returns null. Default 5e8.
   */
  maxWork?: number;
}

/** An actor whose departure alone disconnects part of the territory, and what it disconnects. */
export interface Keystone {
  actor: string;
  /** The pairs of worlds (names) that no path joins any more once the actor is gone. */
  worldPairs: [string, string][];
}

/** Keystones by decreasing number of world pairs they disconnect; null when over budget. */
export function keystones(index: CompactIndex, options: KeystoneOptions = {}): Keystone[] | null {
  const n = index.order;
  let k = 0;
  for (let i = 0; i < n; i++) k = Math.max(k, index.worldOf[i]! + 1);
  const worldSize = new Int32Array(k);
  for (let i = 0; i < n; i++) worldSize[index.worldOf[i]!]!++;
  const before = worldPairsJoined(index, -1, k);
  const candidates = new Set(articulationPoints(index));
  // Actors alone of their world in their component.
  const component = componentOf(index);
  const count = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = component[i]! * k + index.worldOf[i]!;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (let i = 0; i < n; i++) if (count.get(component[i]! * k + index.worldOf[i]!) === 1) candidates.add(i);
  if (candidates.size * (n + 2 * index.size) > (options.maxWork ?? 5e8)) return null;
  const result: Keystone[] = [];
  for (const v of [...candidates].sort((a, b) => a - b)) {
    const after = worldPairsJoined(index, v, k);
    const pairs: [string, string][] = [];
    const wv = index.worldOf[v]!;
    for (let a = 0; a < k; a++)
      for (let b = a + 1; b < k; b++) {
        if (!before[a * k + b] || after[a * k + b]) continue;
        if (worldSize[a]! - (wv === a ? 1 : 0) === 0 || worldSize[b]! - (wv === b ? 1 : 0) === 0) continue;
        pairs.push([index.worldNames[a] ?? String(a), index.worldNames[b] ?? String(b)]);
      }
    if (pairs.length > 0) result.push({ actor: index.ids[v]!, worldPairs: pairs });
  }
  return result.sort((x, y) => y.worldPairs.length - x.worldPairs.length);
}

/** k×k flags: worlds a < b share a component once actor `skip` is removed (−1: none). */
function worldPairsJoined(index: CompactIndex, skip: number, k: number): Uint8Array {
  const n = index.order;
  const joined = new Uint8Array(k * k);
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const present = new Uint8Array(k);
  if (skip >= 0) seen[skip] = 1;
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    const worlds: number[] = [];
    while (head < tail) {
      const v = queue[head++]!;
      const w = index.worldOf[v]!;
      if (!present[w]) {
        present[w] = 1;
        worlds.push(w);
      }
      for (const [offsets, neighbours] of lists(index)) {
        for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
          const u = neighbours[p]!;
          if (!seen[u]) {
            seen[u] = 1;
            queue[tail++] = u;
          }
        }
      }
    }
    for (const a of worlds) {
      present[a] = 0;
      for (const b of worlds) if (a < b) joined[a * k + b] = 1;
    }
  }
  return joined;
}

function lists(index: CompactIndex): [Int32Array, Int32Array][] {
  return index.directed
    ? [
        [index.offsets, index.targets],
        [index.inOffsets, index.inSources],
      ]
    : [[index.offsets, index.targets]];
}

function componentOf(index: CompactIndex): Int32Array {
  const n = index.order;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let c = 0;
  for (let root = 0; root < n; root++) {
    if (component[root] !== -1) continue;
    component[root] = c;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (const [offsets, neighbours] of lists(index))
        for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
          const u = neighbours[p]!;
          if (component[u] === -1) {
            component[u] = c;
            queue[tail++] = u;
          }
        }
    }
    c++;
  }
  return component;
}

/** Cut vertices of the undirected view, by an iterative Hopcroft–Tarjan search. */
export function articulationPoints(index: CompactIndex): number[] {
  const n = index.order;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const isCut = new Uint8Array(n);
  const sides = lists(index);
  // Stack frames: actor, which list, cursor in that list.
  const stackActor = new Int32Array(n);
  const stackList = new Int32Array(n);
  const stackCursor = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let rootChildren = 0;
    let top = 0;
    stackActor[0] = root;
    stackList[0] = 0;
    stackCursor[0] = sides[0]![0][root]!;
    discovery[root] = low[root] = time++;
    while (top >= 0) {
      const v = stackActor[top]!;
      const side = sides[stackList[top]!]!;
      if (stackCursor[top]! < side[0][v + 1]!) {
        const u = side[1][stackCursor[top]!++]!;
        if (discovery[u] === -1) {
          parent[u] = v;
          if (v === root) rootChildren++;
          discovery[u] = low[u] = time++;
          top++;
          stackActor[top] = u;
          stackList[top] = 0;
          stackCursor[top] = sides[0]![0][u]!;
        } else if (u !== parent[v]) low[v] = Math.min(low[v]!, discovery[u]!);
        continue;
      }
      if (stackList[top]! + 1 < sides.length) {
        stackList[top]!++;
        stackCursor[top] = sides[stackList[top]!]![0][v]!;
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p >= 0) {
        low[p] = Math.min(low[p]!, low[v]!);
        if (p !== root && low[v]! >= discovery[p]!) isCut[p] = 1;
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const cuts: number[] = [];
  for (let i = 0; i < n; i++) if (isCut[i]) cuts.push(i);
  return cuts;
}
