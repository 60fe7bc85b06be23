/**
 * Neighbour world diversity: how many worlds an actor's partners belong to,
 * and their Blau index (Blau 1977) 1 − Σ_w p_w², p_w the share of the actor's
 * distinct partners (in- or out-) in world w. 0 when every partner shares one
 * world; approaches 1 − 1/k when partners spread evenly over k worlds.
 * An isolate has 0 worlds and a null Blau index. NetworkX has no equivalent.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";

/** Per actor, how many of its neighbours are of another world and how many distinct worlds they span. */
export interface NeighbourWorldsResult {
  /** Distinct worlds among the actor's partners. */
  worlds: number;
  /** Blau index of the partners' worlds; null without partners. */
  blau: number | null;
}

/** The per-position values of {@link NeighbourWorldsResult}, optionally under another world assignment (null models). */
export function neighbourWorldValues(index: CompactIndex, worldOf: Int32Array = index.worldOf) {
  const n = index.order;
  const seen = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) k = Math.max(k, worldOf[i]! + 1);
  const perWorld = new Float64Array(k);
  const result: NeighbourWorldsResult[] = new Array(n);
  for (let u = 0; u < n; u++) {
    const touched: number[] = [];
    let partners = 0;
    const visit = (v: number) => {
      if (seen[v] === u) return;
      seen[v] = u;
      partners++;
      const w = worldOf[v]!;
      if (perWorld[w] === 0) touched.push(w);
      perWorld[w]!++;
    };
    for (let p = index.offsets[u]!; p < index.offsets[u + 1]!; p++) visit(index.targets[p]!);
    if (index.directed)
      for (let p = index.inOffsets[u]!; p < index.inOffsets[u + 1]!; p++) visit(index.inSources[p]!);
    let concentration = 0;
    for (const w of touched) {
      concentration += (perWorld[w]! / partners) ** 2;
      perWorld[w] = 0;
    }
    result[u] = { worlds: touched.length, blau: partners === 0 ? null : 1 - concentration };
  }
  return result;
}

/** Worlds among each actor's partners, and their Blau diversity. */
export const neighbourWorlds = createActorMetric<undefined, NeighbourWorldsResult>(
  "neighbourWorlds",
  (index) => neighbourWorldValues(index),
);
