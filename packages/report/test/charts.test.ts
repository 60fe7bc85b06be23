import { createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { layoutTerritory, lorenzPoints, mixingMatrix, networkMap, worldColors } from "../src/index.js";
import { sampleTerritory, XSS_LABEL } from "./helpers/sample-territory.js";

describe("lorenzPoints", () => {
  it("runs from (0,0) to (1,1) over values sorted ascending", () => {
    expect(lorenzPoints([3, 1, 0, 0])).toEqual([
      [0, 0],
      [0.25, 0],
      [0.5, 0],
      [0.75, 0.25],
      [1, 1],
    ]);
  });
  it("is the diagonal when all are equal, and null when all are zero or empty", () => {
    expect(lorenzPoints([2, 2])).toEqual([
      [0, 0],
      [0.5, 0.5],
      [1, 1],
    ]);
    expect(lorenzPoints([0, 0])).toBeNull();
    expect(lorenzPoints([])).toBeNull();
  });
});

describe("mixingMatrix", () => {
  it("counts links within and across worlds, symmetric when undirected", () => {
    const { graph } = createTerritory({
      actors: [
        { id: "a", world: "association" },
        { id: "b", world: "association" },
        { id: "e", world: "entreprise" },
      ],
      links: [
        { source: "a", target: "b" },
        { source: "a", target: "e" },
        { source: "e", target: "b", weight: 5 },
      ],
    });
    expect(mixingMatrix(graph)).toEqual({
      worlds: ["association", "entreprise"],
      counts: [
        [1, 2],
        [2, 0],
      ],
    });
  });
});

describe("network map", () => {
  it("lays out the same territory the same way for the same seed", () => {
    const graph = sampleTerritory("t", { actors: 30 });
    const first = layoutTerritory(graph, { seed: 4 });
    expect(layoutTerritory(graph, { seed: 4 })).toEqual(first);
    expect(layoutTerritory(graph, { seed: 5 })).not.toEqual(first);
    expect([...first.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
  it("places actors by longitude and latitude when all have them", () => {
    const { graph } = createTerritory({
      actors: [
        { id: "west", lat: 45, lon: 1 },
        { id: "east", lat: 45, lon: 3 },
        { id: "north", lat: 46, lon: 2 },
      ],
      links: [{ source: "west", target: "east" }],
    });
    const positions = layoutTerritory(graph);
    expect(positions.get("0")!.x).toBeLessThan(positions.get("1")!.x);
    // North is up: smaller y on screen.
    expect(positions.get("2")!.y).toBeLessThan(positions.get("0")!.y);
  });
  it("draws one dot per actor and escapes labels", () => {
    const graph = sampleTerritory("t", { actors: 20 });
    const svg = networkMap(graph, { colors: worldColors([]), labels: 20 });
    expect(svg.match(/<circle cx/g)?.length).toBeGreaterThanOrEqual(20);
    expect(svg).not.toContain(XSS_LABEL);
    expect(svg).toContain("&lt;script&gt;");
  });
  it("draws an empty territory without failing", () => {
    const { graph } = createTerritory({ actors: [], links: [] });
    expect(networkMap(graph, { colors: worldColors([]) })).toMatch(/^<svg/);
  });
});
