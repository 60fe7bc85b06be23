/**
 * A graphology graph another application holds (here built as Gephi Lite
 * holds an opened file: a MultiGraph keyed by the file's ids, attributes named
 * by the file). Catalyse reads it through an attribute mapping, without
 * copying it into a territory, and writes a metric back as a node attribute.
 */
import { analyze, betweenness, fromGraphology } from "@catalyse/core";
import { MultiGraph } from "graphology";

const graph = new MultiGraph();
const organisations: [string, string, string][] = [
  ["__proto__", "Maison des associations", "association"],
  ["mairie", "Mairie", "collectivité"],
  ["coop", "Coopérative", "entreprise"],
  ["fondation", "Fondation locale", "fondation"],
  ["labo", "Laboratoire", "académique"],
];
for (const [key, name, sector] of organisations) graph.addNode(key, { name, sector, x: 0, y: 0 });
graph.addUndirectedEdge("__proto__", "mairie", { strength: 3 });
graph.addUndirectedEdge("mairie", "coop", { strength: 1 });
graph.addUndirectedEdge("__proto__", "fondation", { strength: 2 });
graph.addUndirectedEdge("fondation", "labo", { strength: 1 });

const territory = fromGraphology(graph, { world: "sector", weight: "strength", label: "name" });
const document = analyze(territory);
console.log(
  `${document.graph.nodes} actors, ${document.graph.links} links, ${document.graph.worlds.byWorld.length} worlds`,
);

// Written under the app's own node keys, ready for its sigma renderer.
betweenness.assign(territory, { attribute: "catalyseBetweenness" });
console.log(`betweenness of __proto__: ${graph.getNodeAttribute("__proto__", "catalyseBetweenness")}`);
