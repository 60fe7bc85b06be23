/**
 * The columns of a kinds-of-alliance table, one row per link type, as figure
 * labels: the CLI's `--by-type` table and the explorer's card print the same
 * headers in the same order from this one list.
 */
import type { MessageId } from "../catalogues/index.js";

/** Figure-label ids of the kinds-of-alliance columns, in table order. */
export const LAYER_COLUMNS = [
  "figure.layers.type",
  "figure.graph.links",
  "figure.graph.nodes",
  "figure.graph.density",
  "figure.graph.centralization.degree",
  "figure.graph.centralization.betweenness",
  "figure.graph.effectiveBrokers",
  "figure.layers.topBrokers",
] as const satisfies readonly MessageId[];
