/**
 * The link types of a territory by link number, in compact-index order
 * (`createCompactIndex` numbers links in graphology's edge order). A merged
 * link carries every type its rows had; a link without a type is "untyped"
 * and belongs to no layer.
 */
import type { TerritoryGraph } from "../graph/types.js";

/** The types of each link of a territory, in the compact index's link order. */
export function linkTypes(graph: TerritoryGraph): string[][] {
  const types: string[][] = [];
  graph.forEachEdge((_edge, attributes) => {
    types.push(attributes.types.filter((type) => type !== ""));
  });
  return types;
}
