import Graph, { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import {
  type ActorInput,
  analyze,
  betweenness,
  centralityDocument,
  createCompactIndex,
  createTerritory,
  fromGraphology,
  type LinkInput,
  leiden,
  modularity,
  TerritoryError,
  transitivity,
} from "../../src/index.js";

// A graph as Gephi Lite holds it after opening an undirected file: a mixed
// MultiGraph of undirected edges keyed by the file's ids
// (unsafe keys included), attributes named by the file, a link given twice
// (both directions) and a self-loop, plus an isolate and a second component.
const actors: ActorInput[] = [
  { id: "__proto__", label: "Proto", world: "association" },
  { id: "constructor", label: "Constructor", world: "entreprise" },
  { id: "a", label: "Alpha", world: "collectivité" },
  { id: "b", label: "Beta", world: "association" },
  { id: "c", label: "Gamma", world: "État" },
  { id: "d", label: "Delta", world: "entreprise" },
  { id: "e", label: "Epsilon", world: "fondation" },
  { id: "f", label: "Phi", world: "fondation" },
  { id: "g", label: "Gaia", world: "académique" },
  { id: "lonely", label: "Isolate", world: "association" },
];
const links: LinkInput[] = [
  { source: "__proto__", target: "constructor", weight: 2 },
  { source: "constructor", target: "__proto__", weight: 1 },
  { source: "__proto__", target: "a", weight: 1 },
  { source: "a", target: "b", weight: 3 },
  { source: "b", target: "c", weight: 1 },
  { source: "c", target: "a", weight: 0.5 },
  { source: "c", target: "d", weight: 1 },
  { source: "d", target: "constructor", weight: 2 },
  { source: "f", target: "g", weight: 1 },
  { source: "a", target: "a", weight: 4 },
];

function gephiLiteGraph(): MultiGraph {
  const graph = new MultiGraph();
  for (const actor of actors) graph.addNode(actor.id, { name: actor.label, sector: actor.world, size: 3 });
  for (const link of links)
    graph.addUndirectedEdge(link.source, link.target, { strength: link.weight, color: "#ccc" });
  return graph;
}

const mapping = { world: "sector", weight: "strength", label: "name" } as const;
const territory = createTerritory({ actors, links }).graph;

describe("fromGraphology(graph, mapping): a graph another app holds", () => {
  it("analyze gives the document the territory route gives, unsafe keys included", () => {
    const embedded = analyze(fromGraphology(gephiLiteGraph(), mapping));
    const reference = analyze(territory);
    expect(embedded).toEqual(reference);
    expect(embedded.graph.nodes).toBe(10);
    // The pair given twice is one link of weight 3, the self-loop dropped: 8 links.
    expect(embedded.graph.links).toBe(8);
    const proto = embedded.actors.find((actor) => actor.id === "__proto__");
    expect(proto).toMatchObject({ label: "Proto", world: "association", degree: 2 });
  });

  it("every actor metric (metric, .compute) gives the territory route's values", () => {
    const graph = gephiLiteGraph();
    const metrics = (Object.entries(core) as [string, unknown][]).filter(
      (entry): entry is [string, core.ActorMetric<undefined, unknown>] =>
        typeof entry[1] === "function" && "compute" in entry[1] && "assign" in entry[1],
    );
    expect(metrics.length).toBeGreaterThan(10);
    for (const [name, metric] of metrics) {
      const embedded = metric(fromGraphology(graph, mapping));
      expect([name, embedded]).toEqual([name, metric(territory)]);
      expect(embedded.has("__proto__")).toBe(true);
    }
  });

  it("graph-level metrics and communities too", () => {
    const mapped = fromGraphology(gephiLiteGraph(), mapping);
    expect(transitivity(mapped)).toBe(transitivity(territory));
    expect(leiden(mapped, { seed: 7 })).toEqual(leiden(territory, { seed: 7 }));
    const communities = leiden(territory, { seed: 7 }).communities;
    expect(modularity(mapped, communities)).toBe(modularity(territory, communities));
    expect(centralityDocument(mapped)).toEqual(centralityDocument(territory));
  });

  it(".assign writes under the app's own node keys", () => {
    const graph = gephiLiteGraph();
    betweenness.assign(fromGraphology(graph, mapping), { attribute: "catalyseBetweenness" });
    const expected = betweenness(territory);
    expect(graph.getNodeAttribute("__proto__", "catalyseBetweenness")).toBe(expected.get("__proto__"));
    expect(graph.getNodeAttribute("constructor", "catalyseBetweenness")).toBe(expected.get("constructor"));
    expect(graph.getNodeAttribute("c", "catalyseBetweenness")).toBeGreaterThan(0);
  });

  it("reads a weight of the wrong attribute name as missing (1), and a bad weight as a TerritoryError", () => {
    const unweighted = createCompactIndex(gephiLiteGraph(), { world: "sector" });
    expect([...unweighted.linkWeight]).toEqual(new Array(8).fill(1).map((w, e) => (e === 0 ? 2 : w)));
    const bad = gephiLiteGraph();
    bad.addUndirectedEdge("e", "f", { strength: "strong" });
    expect(() => createCompactIndex(bad, mapping)).toThrow(TerritoryError);
    expect(() => createCompactIndex(bad, mapping)).toThrow(/strength "strong" is not a number > 0/);
  });

  it("takes ids from an attribute when mapped, and refuses two nodes with one id", () => {
    const graph = new Graph();
    graph.addNode("n1", { ref: "x" });
    graph.addNode("n2", { ref: "y" });
    graph.addEdge("n1", "n2");
    expect(createCompactIndex(graph, { id: "ref" }).ids).toEqual(["x", "y"]);
    expect(createCompactIndex(graph, { id: null }).ids).toEqual(["n1", "n2"]);
    graph.setNodeAttribute("n2", "ref", "x");
    expect(() => createCompactIndex(graph, { id: "ref" })).toThrow(
      /1 node repeats an actor id \(first: "x"\) in attribute "ref"/,
    );
  });

  it("reads a mixed graph of directed edges only as directed, unless told", () => {
    const graph = new MultiGraph();
    graph.addNode("x");
    graph.addNode("y");
    graph.addDirectedEdge("x", "y");
    graph.addDirectedEdge("y", "x");
    expect(createCompactIndex(graph).directed).toBe(true);
    expect(createCompactIndex(graph).size).toBe(2);
    const undirected = createCompactIndex(graph, { directed: false });
    expect([undirected.directed, undirected.size, undirected.linkWeight[0]]).toEqual([false, 1, 2]);
  });
});
