/**
 * Two-mode centralities of actors and collectives on the actor–collective
 * graph, normalised within each mode as S. P. Borgatti & M. G. Everett,
 * "Network analysis of 2-mode data", Social Networks 19(3), 1997, and equal to
 * NetworkX 2.8's `bipartite.degree_centrality`, `bipartite.betweenness_centrality`
 * and `bipartite.closeness_centrality` (normalized=True) with the actors as `nodes`:
 *
 * - degree: d(v) / (size of the other mode);
 * - betweenness: raw hop-count betweenness (unordered pairs) divided by the
 *   largest value a node of its mode can reach, given n actors and m collectives;
 * - closeness: (size of the other mode + 2 · (size of own mode − 1)) / Σ d(v, ·),
 *   times the share of the graph v reaches (as NetworkX's `s`); 0 for a node
 *   that reaches no one.
 *
 * Where NetworkX divides by zero (one node in a mode), the figure is null.
 */
import { brandesFromSources } from "../centrality/brandes.js";
import { pathLengthSums } from "../centrality/path-length-sums.js";
import type { TerritoryGraph } from "../graph/types.js";
import { createTwoModeGraph, type TwoModeGraph } from "./two-mode-graph.js";

/** Two-mode centralities of an actor or a collective (Borgatti & Everett 1997). */
export interface TwoModeFigures {
  degree: number | null;
  betweenness: number | null;
  closeness: number | null;
}

/** Two-mode centralities by actor and by collective. */
export interface TwoModeResult {
  /** By actor id; only actors in at least one collective. */
  actors: Map<string, TwoModeFigures>;
  /** By collective id. */
  collectives: Map<string, TwoModeFigures>;
  /**
   * Raw (unnormalised, unordered pairs) two-mode betweenness, by position in
   * `graph.index`: what shares of brokerage are computed from.
   */
  rawBetweenness: Float64Array;
  graph: TwoModeGraph;
}

/** Degree, betweenness and closeness of actors and collectives on the membership graph (Borgatti & Everett 1997). */
export function twoModeCentrality(territory: TerritoryGraph | TwoModeGraph): TwoModeResult {
  const graph = "index" in territory ? territory : createTwoModeGraph(territory);
  const { index } = graph;
  const n = graph.actors;
  const m = graph.collectives;
  const total = n + m;
  const raw = brandesFromSources(index);
  for (let i = 0; i < total; i++) raw[i]! *= 0.5;
  const sums = pathLengthSums(index);
  const maxTop = maxBetweenness(n, m);
  const maxBottom = maxBetweenness(m, n);
  const actors = new Map<string, TwoModeFigures>();
  const collectives = new Map<string, TwoModeFigures>();
  for (let v = 0; v < total; v++) {
    const top = v < n;
    const own = top ? n : m;
    const other = top ? m : n;
    const degree = index.offsets[v + 1]! - index.offsets[v]!;
    const max = top ? maxTop : maxBottom;
    const distance = sums.distanceSum[v]!;
    const closeness =
      distance > 0 && total > 1
        ? ((other + 2 * (own - 1)) / distance) * ((sums.reached[v]! - 1) / (total - 1))
        : 0;
    const figures: TwoModeFigures = {
      degree: other === 0 ? null : degree / other,
      betweenness: max === null ? null : raw[v]! / max,
      closeness,
    };
    (top ? actors : collectives).set(index.ids[v]!, figures);
  }
  return { actors, collectives, rawBetweenness: raw, graph };
}

/**
 * The largest betweenness a node of a mode of size `own` can have against a
 * mode of size `other` (Borgatti & Everett 1997, as NetworkX writes it);
 * null where it is zero or undefined.
 */
function maxBetweenness(own: number, other: number): number | null {
  if (other === 0 || own === 0) return null;
  const s = Math.floor((own - 1) / other);
  const t = (own - 1) % other;
  const max = (other ** 2 * (s + 1) ** 2 + other * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2;
  return max === 0 ? null : max;
}
