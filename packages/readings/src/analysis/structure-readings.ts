/** Readings on the territory's size, pieces and communities. */
import { decimal, readingMessage as message, percent, type ReadingMessage } from "../reading.js";
import type { ReadingContext } from "./context.js";

export function structureReadings({ document }: ReadingContext): ReadingMessage[] {
  const g = document.graph;
  const worlds = new Set(document.actors.map((actor) => actor.world)).size;
  const readings: ReadingMessage[] = [
    message(
      "reading.size",
      { "graph.nodes": g.nodes, "actors.worlds": worlds, "graph.links": g.links, "graph.density": g.density },
      { actors: g.nodes, worlds, links: g.links, density: percent(g.density) },
    ),
  ];
  if (g.nodes === 0) return readings;
  if (g.components <= 1)
    readings.push(message("reading.components.one", { "graph.components": g.components }));
  else
    readings.push(
      message(
        "reading.components.many",
        { "graph.components": g.components, "graph.largestComponentShare": g.largestComponentShare },
        { components: g.components, share: percent(g.largestComponentShare) },
      ),
    );
  if (g.communities !== null && g.communities > 0)
    readings.push(
      message(
        "reading.communities",
        { "graph.communities": g.communities, "graph.modularity": g.modularity },
        { communities: g.communities, modularity: decimal(g.modularity) },
      ),
    );
  return readings;
}
