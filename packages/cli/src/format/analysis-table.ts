/** `catalyse analyze --format table`: a territory summary and its top actors, for people. */
import type { AnalysisDocument } from "@catalyse/core";
import { formatNumber, formatPercent, formatTable } from "./table.js";

const TOP_ACTORS = 10;

/**
 * `opening` (the "No one in the middle" section) comes right after the
 * territory's name, before the figures, because it is what readers came for.
 */
export function formatAnalysisTable(
  territory: { name: string; description: string },
  document: AnalysisDocument,
  opening = "",
): string {
  const figures = document.graph;
  const name = territory.name || "Territory";
  const worlds = worldCounts(document);
  const lines = [
    `${name}`,
    ...(territory.description ? [territory.description] : []),
    "",
    ...(opening === "" ? [] : [opening]),
    `Actors: ${figures.nodes}   Links: ${figures.links}   Density: ${figures.density === null ? "–" : formatNumber(figures.density)}`,
    `Components: ${figures.components}   Largest component: ${formatPercent(figures.largestComponentShare)} of actors`,
    `Worlds: ${worlds.map(([world, count]) => `${world} ${count}`).join(", ")}`,
  ];
  if (figures.communities !== null)
    lines.push(
      `Communities: ${figures.communities}   Modularity: ${figures.modularity === null ? "–" : formatNumber(figures.modularity)}`,
    );
  const rankBy = document.actors.some((actor) => actor.betweenness !== null) ? "betweenness" : "degree";
  const top = [...document.actors]
    .sort((a, b) => (b[rankBy] ?? 0) - (a[rankBy] ?? 0) || b.degree - a.degree)
    .slice(0, TOP_ACTORS);
  const header = ["actor", "world", "degree", "strength"];
  if (rankBy === "betweenness") header.push("betweenness");
  lines.push(
    "",
    `Top ${top.length} actors by ${rankBy}:`,
    formatTable(
      header,
      top.map((actor) => {
        const row = [actor.label, actor.world, actor.degree, actor.strength];
        if (rankBy === "betweenness") row.push(actor.betweenness ?? 0);
        return row;
      }),
    ),
  );
  return lines.join("\n");
}

function worldCounts(document: AnalysisDocument): [string, number][] {
  const counts = new Map<string, number>();
  for (const actor of document.actors) counts.set(actor.world, (counts.get(actor.world) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
