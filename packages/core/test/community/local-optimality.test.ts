import { describe, expect, it } from "vitest";
import { undirectedLevelGraph } from "../../src/community/level-graph.js";
import { polishPartition, splitDisconnected } from "../../src/community/local-optimality.js";
import { LeidenWorkspace } from "../../src/community/workspace.js";
import { createRandom } from "../../src/random.js";
import { indexFromLinks } from "./reference-graphs.js";

// Two triangles joined by the link 2–3, and an isolate (6).
const graph = undirectedLevelGraph(
  indexFromLinks(7, [
    [0, 1, 1],
    [1, 2, 1],
    [0, 2, 1],
    [3, 4, 1],
    [4, 5, 1],
    [3, 5, 1],
    [2, 3, 1],
  ]),
);

describe("splitDisconnected(graph, labels)", () => {
  it("gives each connected part of a community beyond the first an unused label", () => {
    const labels = Int32Array.from([0, 0, 1, 1, 0, 0, 0]);
    expect(splitDisconnected(graph, labels)).toBe(2);
    expect([...labels]).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it("leaves connected communities alone", () => {
    const labels = Int32Array.from([0, 0, 0, 1, 1, 1, 2]);
    expect(splitDisconnected(graph, labels)).toBe(0);
    expect([...labels]).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });
});

describe("polishPartition(graph, labels, …)", () => {
  it("moves actors until none can improve modularity, and splits what it disconnects", () => {
    const m = graph.totalWeight;
    const polished = polishPartition(
      graph,
      Int32Array.from([0, 0, 1, 1, 1, 0, 1]),
      graph.strength,
      1 / (2 * m),
      createRandom(3),
      new LeidenWorkspace(graph),
    );
    expect([...polished]).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });
});
