/**
 * Reciprocity of a directed territory: the share of links whose reverse link
 * also exists (a funds b and b funds a). Matches `nx.overall_reciprocity(G)`
 * and R `sna::grecip(g, measure = "edgewise")`.
 *
 *   reciprocity = (links i→j with j→i) / links
 *
 * Null for undirected territories (every link is its own reverse, so the
 * figure says nothing) and for territories without links (NetworkX raises).
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { hasArc, sortedOutNeighbours } from "./sorted-adjacency.js";

/** The share of arcs that are reciprocated, as `nx.overall_reciprocity`; null when undirected or without links. */
export function reciprocity(index: CompactIndex): number | null {
  if (!index.directed || index.size === 0) return null;
  const adjacency = sortedOutNeighbours(index);
  let reciprocated = 0;
  for (let e = 0; e < index.size; e++) {
    if (hasArc(adjacency, index.linkTarget[e]!, index.linkSource[e]!)) reciprocated++;
  }
  return reciprocated / index.size;
}
