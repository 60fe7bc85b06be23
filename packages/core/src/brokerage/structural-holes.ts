/**
 * Burt's structural holes (Burt 1992, "Structural Holes", Harvard UP):
 * `constraint` equals `nx.constraint(G)` and `effectiveSize` equals
 * `nx.effective_size(G)` (NetworkX 2.8, unweighted).
 *
 * With mw(u, v) = a_uv + a_vu (an undirected link counts 2) and
 * p_uv = mw(u, v) / Σ_w mw(u, w) over u's in- and out-neighbours N(u):
 *   constraint(u)    = Σ_{v ∈ N(u)} (p_uv + Σ_{q ∈ N(u)} p_uq p_qv)²
 *   effectiveSize(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p_uw · mw(v, w) / max_x mw(v, x))
 * which for undirected territories is Borgatti's n − 2t/n (t links among the
 * n neighbours), the formula NetworkX uses there.
 *
 * Low constraint and high effective size: an actor whose partners are not
 * allied with one another, the position of a broker between worlds.
 * Null for isolates. NOTE: as NetworkX (`len(G[v]) == 0`), in a directed
 * territory an actor without outgoing links is null too.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";

/** Burt's structural-hole measures per actor by position: constraint and effective size. */
export interface StructuralHolesResult {
  constraint: Array<number | null>;
  effectiveSize: Array<number | null>;
}

/** Both figures in one pass (they share the neighbourhood bookkeeping). */
export function structuralHoles(index: CompactIndex): StructuralHolesResult {
  const n = index.order;
  const { offsets, targets, inOffsets, inSources } = index;
  const constraint = new Array<number | null>(n).fill(null);
  const effective = new Array<number | null>(n).fill(null);
  // Σ_w mw(x, w) for every x: out-degree + in-degree (2·degree when undirected,
  // where the in-lists are the out-lists).
  const scale = new Float64Array(n);
  for (let x = 0; x < n; x++) scale[x] = offsets[x + 1]! - offsets[x]! + inOffsets[x + 1]! - inOffsets[x]!;
  const mutual = new Float64Array(n);
  const maxMutual = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    const list = neighbourhood(index, x, mutual);
    let max = 0;
    for (const y of list) {
      max = Math.max(max, mutual[y]!);
      mutual[y] = 0;
    }
    maxMutual[x] = max;
  }
  const indirect = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    if (offsets[u + 1]! === offsets[u]!) continue;
    const list = neighbourhood(index, u, mutual);
    const su = scale[u]!;
    for (const q of list) {
      const factor = mutual[q]! / su / scale[q]!;
      for (let k = offsets[q]!; k < offsets[q + 1]!; k++)
        if (mutual[targets[k]!]! > 0) indirect[targets[k]!]! += factor;
      for (let k = inOffsets[q]!; k < inOffsets[q + 1]!; k++)
        if (mutual[inSources[k]!]! > 0) indirect[inSources[k]!]! += factor;
    }
    let c = 0;
    for (const v of list) c += (mutual[v]! / su + indirect[v]!) ** 2;
    constraint[u] = c;
    if (!index.directed) {
      let ties = 0;
      for (const v of list)
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) if (mutual[targets[k]!]! > 0) ties++;
      effective[u] = list.length - ties / list.length;
    } else {
      let e = 0;
      for (const v of list) {
        let r = 0;
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) r += mutual[targets[k]!]!;
        for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) r += mutual[inSources[k]!]!;
        e += 1 - r / su / maxMutual[v]!;
      }
      effective[u] = e;
    }
    for (const v of list) {
      mutual[v] = 0;
      indirect[v] = 0;
    }
  }
  return { constraint, effectiveSize: effective };
}

/** Distinct in- and out-neighbours of x; writes mw(x, ·) into `mutual` (caller resets it). */
function neighbourhood(index: CompactIndex, x: number, mutual: Float64Array): number[] {
  const list: number[] = [];
  const add = (y: number) => {
    if (mutual[y] === 0) list.push(y);
    mutual[y]!++;
  };
  for (let k = index.offsets[x]!; k < index.offsets[x + 1]!; k++) add(index.targets[k]!);
  for (let k = index.inOffsets[x]!; k < index.inOffsets[x + 1]!; k++) add(index.inSources[k]!);
  return list;
}

/** Burt's constraint of each actor (`nx.constraint(G)`); null for isolates. */
export const constraint = createActorMetric<undefined, number | null>(
  "constraint",
  (index) => structuralHoles(index).constraint,
);

/** Burt's effective size of each actor (`nx.effective_size(G)`); null for isolates. */
export const effectiveSize = createActorMetric<undefined, number | null>(
  "effectiveSize",
  (index) => structuralHoles(index).effectiveSize,
);
