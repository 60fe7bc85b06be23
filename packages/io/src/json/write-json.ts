/**
 * graphology's JSON serialisation (`graph.export()`): node keys, attributes,
 * edges and graph attributes, as graphology's `Graph.from(json)` reads it back.
 */
import type { TerritoryGraph } from "@catalyse/core";

/** The graph as graphology serialisation JSON, pretty-printed. */
export function writeJson(graph: TerritoryGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
