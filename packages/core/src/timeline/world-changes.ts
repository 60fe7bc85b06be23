/**
 * World-level weak signals across a timeline: new cross-world bridges (two
 * worlds linked at a step for the first time in the timeline) and worlds
 * joining or leaving the territory (a world is present at a step when at
 * least one of its actors is). The first step is the baseline: nothing is
 * "new" there.
 */
import type { TerritoryGraph } from "../graph/types.js";
import type { TimelineSnapshot } from "./timeline-types.js";

/** A pair of worlds first linked at a snapshot, with the links that bridge them. */
export interface NewBridge {
  year: number;
  /** The two worlds, in the territory's world order. */
  worlds: [string, string];
  /** The links that made the bridge at that step, as actor id pairs. */
  links: Array<[string, string]>;
  /** The same links as actor label pairs, for people. */
  labels: Array<[string, string]>;
}

/** Worlds that appeared or left between two snapshots. */
export interface WorldChange {
  year: number;
  joined: string[];
  left: string[];
}

/** Pairs of worlds linked at each step (key `a\u0000b`, a before b in world order) with their links. */
function worldPairs(graph: TerritoryGraph): Map<string, Pick<NewBridge, "links" | "labels">> {
  const order = graph.getAttribute("worlds");
  const rank = (world: string) => {
    const i = order.indexOf(world);
    return i === -1 ? order.length : i;
  };
  const pairs = new Map<string, Pick<NewBridge, "links" | "labels">>();
  graph.forEachEdge((_edge, _attrs, _s, _t, source, target) => {
    if (source.world === target.world) return;
    const [a, b] =
      rank(source.world) < rank(target.world) ||
      (rank(source.world) === rank(target.world) && source.world < target.world)
        ? [source, target]
        : [target, source];
    const key = `${a.world}\u0000${b.world}`;
    const pair = pairs.get(key) ?? { links: [], labels: [] };
    pairs.set(key, pair);
    pair.links.push([a.id, b.id]);
    pair.labels.push([a.label, b.label]);
  });
  return pairs;
}

/** World pairs linked for the first time, step by step (the first step is the baseline). */
export function newBridges(snapshots: readonly TimelineSnapshot[]): NewBridge[] {
  const seen = new Set<string>();
  const bridges: NewBridge[] = [];
  snapshots.forEach((snapshot, step) => {
    for (const [key, pair] of worldPairs(snapshot.graph)) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (step === 0) continue;
      const [a, b] = key.split("\u0000") as [string, string];
      bridges.push({ year: snapshot.year, worlds: [a, b], ...pair });
    }
  });
  return bridges;
}

/** The worlds with at least one actor in a graph, in the graph's world order. */
export function snapshotWorlds(graph: TerritoryGraph): string[] {
  const present = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    present.add(attrs.world);
  });
  return [...present].sort((a, b) => {
    const order = graph.getAttribute("worlds");
    return order.indexOf(a) - order.indexOf(b);
  });
}

/** Steps at which worlds joined or left (steps with no change are omitted). */
export function worldChanges(snapshots: readonly TimelineSnapshot[]): WorldChange[] {
  const changes: WorldChange[] = [];
  let previous: Set<string> | null = null;
  for (const snapshot of snapshots) {
    const now = snapshotWorlds(snapshot.graph);
    if (previous !== null) {
      const joined = now.filter((world) => !previous!.has(world));
      const left = [...previous].filter((world) => !now.includes(world));
      if (joined.length > 0 || left.length > 0) changes.push({ year: snapshot.year, joined, left });
    }
    previous = new Set(now);
  }
  return changes;
}
