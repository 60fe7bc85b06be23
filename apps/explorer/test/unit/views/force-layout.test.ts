import Graph from "graphology";
import { graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { describe, expect, it } from "vitest";
import { iterationBudget, layoutSettings } from "../../../src/layout/force-layout.js";
import type { VisualEdge, VisualGraph, VisualNode } from "../../../src/views/visual-graph.js";

function twoComponents(): VisualGraph {
  const graph: VisualGraph = new Graph<VisualNode, VisualEdge>({ type: "undirected" });
  const node = (key: string, x: number, y: number) =>
    graph.addNode(key, { x, y, size: 4, color: "#000", label: key, actorId: key, world: "w" });
  node("0", 0, 0);
  node("1", 1, 0);
  node("2", 0, 1);
  node("3", 5, 5);
  node("4", 6, 5);
  graph.addEdge("0", "1", { size: 1, color: "#ccc", weight: 1 });
  graph.addEdge("1", "2", { size: 1, color: "#ccc", weight: 2 });
  graph.addEdge("3", "4", { size: 1, color: "#ccc", weight: 1 });
  return graph;
}

describe("ForceAtlas2 settings for the layout worker", () => {
  it("gives the iteration step finite positions on a disconnected graph", () => {
    const graph = twoComponents();
    const { nodes, edges } = graphToByteArrays(graph, (_e, attrs) => Number(attrs.weight));
    const settings = layoutSettings(graph);
    for (let i = 0; i < 50; i++) iterate(settings, nodes, edges);
    for (let n = 0; n < graph.order; n++) {
      expect(Number.isFinite(nodes[n * 10]!)).toBe(true);
      expect(Number.isFinite(nodes[n * 10 + 1]!)).toBe(true);
    }
  });

  it("spends more iterations on small graphs", () => {
    expect(iterationBudget(100)).toBeGreaterThan(iterationBudget(5000));
  });
});
