import { describe, expect, it } from "vitest";
import { aggregate, type LevelGraph, undirectedLevelGraph } from "../../src/community/level-graph.js";
import { moveNodesFast } from "../../src/community/local-moving.js";
import { refinePartition } from "../../src/community/refinement.js";
import { LeidenWorkspace, renumberInPlace } from "../../src/community/workspace.js";
import { createRandom } from "../../src/random.js";
import { indexFromLinks } from "./reference-graphs.js";

// Two 4-cliques joined by the link 3–4, and a path 8–9–10 hanging from 7.
const links: [number, number, number][] = [
  [0, 1, 1],
  [0, 2, 1],
  [0, 3, 1],
  [1, 2, 1],
  [1, 3, 1],
  [2, 3, 1],
  [4, 5, 1],
  [4, 6, 1],
  [4, 7, 1],
  [5, 6, 1],
  [5, 7, 1],
  [6, 7, 1],
  [3, 4, 1],
  [7, 8, 1],
  [8, 9, 1],
  [9, 10, 1],
];

/** One level of Leiden (moving, refinement, aggregation) with a fresh workspace and seed. */
function oneLevel(graph: LevelGraph) {
  const work = new LeidenWorkspace(graph);
  const random = createRandom(5);
  const penalty = 1 / (2 * graph.totalWeight);
  const communityOf = Int32Array.from({ length: graph.order }, (_, v) => v);
  const moves = moveNodesFast(graph, communityOf, graph.strength, penalty, random, work);
  const communities = renumberInPlace(communityOf, graph.order, work.code);
  const refined = refinePartition(
    graph,
    communityOf,
    communities,
    graph.strength,
    penalty,
    0.01,
    random,
    work,
  );
  const groups = renumberInPlace(refined, graph.order, work.code);
  const next = aggregate(graph, refined, groups, work);
  return {
    moves,
    communityOf: [...communityOf],
    refined: [...refined],
    next: {
      offsets: [...next.offsets],
      targets: [...next.targets],
      weights: [...next.weights],
      selfWeight: [...next.selfWeight],
      strength: [...next.strength],
    },
  };
}

describe("undirectedLevelGraph(index)", () => {
  it("marks a graph whose links all weigh 1 as unit-weighted, and no other", () => {
    expect(undirectedLevelGraph(indexFromLinks(11, links)).unitWeights).toBe(true);
    const heavier = links.map(([s, t], e): [number, number, number] => [s, t, e === 0 ? 2 : 1]);
    expect(undirectedLevelGraph(indexFromLinks(11, heavier)).unitWeights).toBe(false);
    expect(undirectedLevelGraph(indexFromLinks(11, heavier), false).unitWeights).toBe(true);
    // A reciprocated directed pair merges into one link of weight 2.
    const reciprocated = indexFromLinks(
      3,
      [
        [0, 1, 1],
        [1, 0, 1],
        [1, 2, 1],
      ],
      { directed: true },
    );
    expect(undirectedLevelGraph(reciprocated).unitWeights).toBe(false);
  });
});

describe("one Leiden level on unit weights", () => {
  it("moves, refines and aggregates exactly as when the weights (all 1) are read", () => {
    const unit = undirectedLevelGraph(indexFromLinks(11, links));
    const read: LevelGraph = { ...unit, unitWeights: false };
    const fromUnit = oneLevel(unit);
    expect(fromUnit).toEqual(oneLevel(read));
    // The two cliques are found, and the aggregated level keeps every link's weight.
    expect(fromUnit.communityOf.slice(0, 8)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    const selfWeight = fromUnit.next.selfWeight.reduce((a, b) => a + b, 0);
    const between = fromUnit.next.weights.reduce((a, b) => a + b, 0) / 2;
    expect(selfWeight + between).toBe(links.length);
  });

  it("reuses one workspace level after level: the aggregated level is written into its own buffers", () => {
    const graph = undirectedLevelGraph(indexFromLinks(11, links));
    const work = new LeidenWorkspace(graph);
    const groupOf = Int32Array.from([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    const first = aggregate(graph, groupOf, 6, work);
    const copy = { targets: [...first.targets], weights: [...first.weights], strength: [...first.strength] };
    const second = aggregate(first, Int32Array.from([0, 0, 1, 1, 2, 2]), 3, work);
    expect({
      targets: [...first.targets],
      weights: [...first.weights],
      strength: [...first.strength],
    }).toEqual(copy);
    expect([...second.strength]).toEqual([
      first.strength[0]! + first.strength[1]!,
      first.strength[2]! + first.strength[3]!,
      first.strength[4]! + first.strength[5]!,
    ]);
    expect(second.totalWeight).toBe(links.length);
  });
});
