import { describe, expect, it } from "vitest";
import { initialPositions } from "../../../src/layout/positions.js";
import { datasetWorlds } from "../../../src/state/dataset.js";
import { DEFAULT_FILTERS, filterDataset } from "../../../src/state/filters.js";
import { worldColours } from "../../../src/views/palette.js";
import { buildVisualGraph, MAX_NODE_SIZE, MIN_NODE_SIZE } from "../../../src/views/visual-graph.js";
import { oddDataset } from "../helpers.js";

function build(hiddenWorlds: string[] = [], linkBudget?: number) {
  const dataset = oddDataset();
  const worlds = datasetWorlds(dataset);
  const rows = filterDataset(dataset, { ...DEFAULT_FILTERS, hiddenWorlds });
  return buildVisualGraph({
    dataset,
    rows,
    positions: initialPositions(dataset, worlds),
    encoding: { colourBy: "world", sizeBy: "degree" },
    figures: null,
    worlds,
    ...(linkBudget === undefined ? {} : { linkBudget }),
  });
}

describe("buildVisualGraph", () => {
  it("keys nodes by dataset position, so ids __proto__ and constructor are ordinary actors", () => {
    const { graph } = build();
    expect(graph.order).toBe(5);
    expect(graph.getNodeAttribute("0", "actorId")).toBe("__proto__");
    expect(graph.getNodeAttribute("1", "actorId")).toBe("constructor");
    expect(graph.areNeighbors("0", "1")).toBe(true);
    expect(graph.size).toBe(4);
  });

  it("draws only the heaviest links within a link budget, and counts them all", () => {
    const all = build();
    expect(all.links).toEqual({ total: 4, drawn: 4 });
    const { graph, links } = build([], 2);
    expect(links).toEqual({ total: 4, drawn: 2 });
    expect(graph.size).toBe(2);
    // Weights 3 (toString–01) and 2 (__proto__–constructor) are kept; the two of weight 1 are not.
    expect(graph.areNeighbors("2", "3")).toBe(true);
    expect(graph.areNeighbors("0", "1")).toBe(true);
    expect(graph.order).toBe(5);
  });

  it("colours every actor by its world, with the legend giving the same colours", () => {
    const { graph, colourLegend } = build();
    const colours = worldColours(datasetWorlds(oddDataset()));
    graph.forEachNode((_key, attrs) => expect(attrs.color).toBe(colours.get(attrs.world)));
    for (const entry of colourLegend) expect(entry.colour).toBe(colours.get(entry.label));
    expect(colourLegend.map((e) => e.count).reduce((a, b) => a + b, 0)).toBe(5);
  });

  it("sizes by degree before the analysis answers, within the legend's range", () => {
    const { graph, sizeLegend } = build();
    const sizes = graph.mapNodes((_k, attrs) => attrs.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_NODE_SIZE);
    expect(sizeLegend.pending).toBe(false);
    expect(sizeLegend.ticks.at(-1)!.value).toBe(2);
    // The isolate "x" is the smallest.
    expect(graph.getNodeAttribute("4", "size")).toBe(MIN_NODE_SIZE);
  });

  it("without links when asked (node patches), with the same node sizes and colours", () => {
    const dataset = oddDataset();
    const worlds = datasetWorlds(dataset);
    const input = {
      dataset,
      rows: filterDataset(dataset, DEFAULT_FILTERS),
      positions: initialPositions(dataset, worlds),
      encoding: { colourBy: "world", sizeBy: "degree" } as const,
      figures: null,
      worlds,
    };
    const full = buildVisualGraph(input).graph;
    const nodesOnly = buildVisualGraph({ ...input, edges: false }).graph;
    expect(full.size).toBeGreaterThan(0);
    expect(nodesOnly.size).toBe(0);
    nodesOnly.forEachNode((key, attrs) => {
      expect(attrs.size).toBe(full.getNodeAttribute(key, "size"));
      expect(attrs.color).toBe(full.getNodeAttribute(key, "color"));
    });
  });

  it("keeps node keys stable when a filter hides actors", () => {
    const { graph } = build(["collectivité"]);
    expect(graph.hasNode("1")).toBe(false);
    expect(graph.getNodeAttribute("2", "actorId")).toBe("toString");
  });

  it("keeps labels as given (escaping is the DOM's job, never string concatenation)", () => {
    const { graph } = build();
    expect(graph.getNodeAttribute("0", "label")).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("worldColours", () => {
  it("gives each default world a fixed colour-blind-safe colour, whatever the order", () => {
    const a = worldColours(["association", "État"]);
    const b = worldColours(["État", "association", "autre"]);
    expect(a.get("association")).toBe(b.get("association"));
    expect(a.get("État")).toBe(b.get("État"));
    expect(new Set(b.values()).size).toBe(3);
  });
});

describe("geoPositions", () => {
  it("projects lat/lon northwards-up and spreads actors sharing a place", async () => {
    const { geoPositions } = await import("../../../src/layout/positions.js");
    const dataset = oddDataset();
    dataset.actors[4] = { ...dataset.actors[4]!, lat: 45.1, lon: 5.7 }; // same place as __proto__
    const p = geoPositions(dataset)!;
    // constructor (45.2) is north of fondation (45.0): larger y.
    expect(p[2 * 1 + 1]!).toBeGreaterThan(p[2 * 3 + 1]!);
    expect([p[0], p[1]]).not.toEqual([p[8], p[9]]);
    expect(
      geoPositions({ ...dataset, actors: dataset.actors.map((a) => ({ ...a, lat: null, lon: null })) }),
    ).toBeNull();
  });
});
