/**
 * Only links: actors that are another actor's only partner. Such an actor is a
 * cut vertex (Hopcroft & Tarjan 1973) of a particular, readable kind: its
 * departure does not just split the network somewhere, it leaves named actors
 * with no partner at all. Equal, on the undirected view, to NetworkX's
 * `[v for v in nx.articulation_points(G) if any(G.degree(u) == 1 for u in G[v])]`
 * with the dependents `[u for u in G[v] if G.degree(u) == 1]`.
 *
 * NOTE: two actors allied only with each other are each other's only link but
 * neither is a cut vertex (the pair stays a component of one when either
 * leaves), so they are not listed.
 */
import type { CompactIndex } from "../graph/compact-index.js";

/** An actor that is some other actors' only partner, with those dependents. */
export interface OnlyLink {
  /** The actor whose departure would leave its dependents without any partner. */
  actor: string;
  /** Actors (ids) whose only partner is `actor`, in index order. */
  dependents: string[];
}

/** Distinct partners of actor i, in or out. */
function partners(index: CompactIndex, i: number, into: Set<number>): Set<number> {
  into.clear();
  for (let k = index.offsets[i]!; k < index.offsets[i + 1]!; k++)
    if (index.targets[k] !== i) into.add(index.targets[k]!);
  for (let k = index.inOffsets[i]!; k < index.inOffsets[i + 1]!; k++)
    if (index.inSources[k] !== i) into.add(index.inSources[k]!);
  return into;
}

/** Cut vertices that are another actor's only partner, by decreasing number of dependents, then index order. */
export function onlyLinks(index: CompactIndex): OnlyLink[] {
  const n = index.order;
  const degree = new Int32Array(n);
  const only = new Int32Array(n).fill(-1);
  const scratch = new Set<number>();
  for (let i = 0; i < n; i++) {
    const set = partners(index, i, scratch);
    degree[i] = set.size;
    if (set.size === 1) only[i] = set.values().next().value as number;
  }
  const dependents = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    const j = only[i]!;
    if (j < 0 || degree[j]! < 2) continue;
    let list = dependents.get(j);
    if (!list) {
      list = [];
      dependents.set(j, list);
    }
    list.push(index.ids[i]!);
  }
  return [...dependents]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([j, list]) => ({ actor: index.ids[j]!, dependents: list }));
}
