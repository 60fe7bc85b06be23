import { describe, expect, it } from "vitest";
import { initialPositions } from "../../../src/layout/positions.js";
import { datasetWorlds } from "../../../src/state/dataset.js";
import { collectivesForRows } from "../../../src/state/dataset-collectives.js";
import { DEFAULT_FILTERS, filterDataset } from "../../../src/state/filters.js";
import { buildVisualGraph } from "../../../src/views/visual-graph.js";
import { oddDataset } from "../helpers.js";

function build(collectives: "projected" | "two-mode") {
  const dataset = {
    ...oddDataset(),
    collectives: [{ id: "hasOwnProperty", label: "Comité" }],
    memberships: [
      { collective: "hasOwnProperty", actor: "constructor" },
      { collective: "hasOwnProperty", actor: "x" },
      { collective: "hasOwnProperty", actor: "01" },
    ],
  };
  const worlds = datasetWorlds(dataset);
  const rows = filterDataset(dataset, DEFAULT_FILTERS);
  return buildVisualGraph({
    dataset,
    rows,
    positions: initialPositions(dataset, worlds),
    encoding: { colourBy: "world", sizeBy: "degree", collectives },
    figures: null,
    worlds,
    collectives: collectivesForRows(dataset, rows.actors),
  }).graph;
}

describe("collectives on the map", () => {
  it("links the members of a collective in the projected view, with Newman's weights added to links", () => {
    const graph = build("projected");
    expect(graph.order).toBe(5);
    // Four explicit links plus the pairs constructor–x, constructor–01, x–01 (1/2 each).
    expect(graph.size).toBe(7);
    expect(graph.getEdgeAttribute(graph.edge("1", "4")!, "weight")).toBeCloseTo(0.5, 12);
  });

  it("draws a collective as its own node linked to its members in the two-mode view", () => {
    const graph = build("two-mode");
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(4 + 3);
    expect(graph.getNodeAttributes("collective:hasOwnProperty")).toMatchObject({
      label: "[Comité]",
      actorId: "",
    });
    expect(graph.neighbors("collective:hasOwnProperty").sort()).toEqual(["1", "3", "4"]);
    expect(graph.hasEdge("1", "4")).toBe(false);
  });
});
