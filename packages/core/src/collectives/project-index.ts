/**
 * The co-membership projection applied to a compact index rather than a
 * graph: what `catalyse analyze` needs when links were streamed straight into
 * the index (@catalyse/bulk), and what the convener test draws its
 * counterfactuals with. Same rule as `projectCollectives`: a pair's weight is
 * added to its link when there is one (both directions when directed), a new
 * link is appended otherwise.
 */
import { type CompactIndex, compactIndexFromArrays } from "../graph/compact-index.js";

/** A new index with the pairs (actor ids) added; the same index when there are none. */
export function projectIndex(
  index: CompactIndex,
  pairs: readonly (readonly [string, string, number])[],
): CompactIndex {
  if (pairs.length === 0) return index;
  const sources = Array.from(index.linkSource);
  const targets = Array.from(index.linkTarget);
  const weights = Array.from(index.linkWeight);
  const linkOf = new Map<number, number>();
  const n = index.order;
  const key = (s: number, t: number) => (index.directed || s < t ? s * n + t : t * n + s);
  for (let e = 0; e < sources.length; e++) linkOf.set(key(sources[e]!, targets[e]!), e);
  const add = (s: number, t: number, w: number) => {
    const existing = linkOf.get(key(s, t));
    if (existing !== undefined) weights[existing]! += w;
    else {
      linkOf.set(key(s, t), sources.length);
      sources.push(s);
      targets.push(t);
      weights.push(w);
    }
  };
  for (const [a, b, w] of pairs) {
    const s = index.positionOf.get(a);
    const t = index.positionOf.get(b);
    if (s === undefined || t === undefined || s === t) continue;
    add(s, t, w);
    if (index.directed) add(t, s, w);
  }
  return compactIndexFromArrays({
    directed: index.directed,
    ids: index.ids,
    keys: index.keys,
    worldOf: index.worldOf,
    worldNames: index.worldNames,
    linkSource: Int32Array.from(sources),
    linkTarget: Int32Array.from(targets),
    linkWeight: Float64Array.from(weights),
  });
}
