/**
 * Turns a benchmark edge list into what each contender takes: a territory
 * graph (graphology, for graphology-metrics and Catalyse's `metric(graph)`),
 * Catalyse's compact index, and a plain edge-list file for the Python
 * contenders (NetworkX, igraph).
 */
import { writeFileSync } from "node:fs";
import { type CompactIndex, createCompactIndex, createTerritory, type TerritoryGraph } from "@catalyse/core";
import type { EdgeList } from "./barabasi-albert.js";

export function edgeListTerritory(edges: EdgeList, name: string): TerritoryGraph {
  const actors = Array.from({ length: edges.order }, (_, i) => ({ id: `a${i}`, world: "association" }));
  const links = Array.from(edges.source, (s, e) => ({
    source: `a${s}`,
    target: `a${edges.target[e]!}`,
    weight: edges.weight[e]!,
  }));
  return createTerritory({ meta: { name }, actors, links }).graph;
}

/** Writes "source target weight" lines (positions), read by python/worker.py. */
export function writeEdgeList(edges: EdgeList, path: string): void {
  const lines: string[] = [`# n=${edges.order} m=${edges.source.length}`];
  for (let e = 0; e < edges.source.length; e++)
    lines.push(`${edges.source[e]} ${edges.target[e]} ${edges.weight[e]}`);
  writeFileSync(path, lines.join("\n") + "\n");
}

export interface BenchmarkGraph {
  name: string;
  weighted: boolean;
  actors: number;
  links: number;
  edges: EdgeList;
  graph: TerritoryGraph;
  index: CompactIndex;
}

export function benchmarkGraph(name: string, edges: EdgeList, weighted: boolean): BenchmarkGraph {
  const graph = edgeListTerritory(edges, name);
  const index = createCompactIndex(graph);
  return { name, weighted, actors: index.order, links: index.size, edges, graph, index };
}
