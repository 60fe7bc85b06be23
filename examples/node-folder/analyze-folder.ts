/**
 * A Node script on a territory folder: read it, analyse it, print the three
 * strongest bridges and, when asked, write the HTML report.
 *   node analyze-folder.js datasets/seed-ecosystem [report.html]
 */
import { writeFile } from "node:fs/promises";
import { analyze } from "@catalyse/core";
import { formatProblem } from "@catalyse/io";
import { readTerritoryPath } from "@catalyse/io/node";
import { buildTerritoryReport, renderHtml } from "@catalyse/report";

const [folder = "datasets/seed-ecosystem", out] = process.argv.slice(2);
const { graph, warnings } = await readTerritoryPath(folder);
for (const warning of warnings) console.error(formatProblem(warning));

const document = analyze(graph);
console.log(`${document.graph.nodes} actors, ${document.graph.links} links`);
const bridges = [...document.actors].sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0));
for (const actor of bridges.slice(0, 3))
  console.log(`${actor.label} (${actor.world}): betweenness ${(actor.betweenness ?? 0).toFixed(3)}`);

if (out !== undefined) {
  const name = graph.getAttribute("name") || folder;
  await writeFile(out, renderHtml(buildTerritoryReport({ name, graph, document })));
  console.log(`report written to ${out}`);
}
