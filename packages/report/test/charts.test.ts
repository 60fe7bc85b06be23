import { analyze, createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import {
  buildTerritoryReport,
  layoutTerritory,
  lorenzChartPoints,
  networkMap,
  worldColors,
} from "../src/index.js";
import { sampleTerritory, XSS_LABEL } from "./helpers/sample-territory.js";

describe("the report reads the analysis document's figures", () => {
  const { graph } = createTerritory({
    actors: [
      { id: "a", world: "association" },
      { id: "b", world: "association" },
      { id: "e", world: "entreprise" },
      { id: "f", world: "entreprise" },
    ],
    links: [
      { source: "a", target: "b" },
      { source: "a", target: "e" },
      { source: "e", target: "b", weight: 5 },
      { source: "e", target: "f" },
    ],
  });
  const document = analyze(graph);
  const report = buildTerritoryReport({ name: "t", graph, document });
  const section = (id: string) => report.sections.find((s) => s.id === id)!;

  it("draws the document's Lorenz points, and no curve from fewer than two", () => {
    expect(lorenzChartPoints(document.graph.lorenz.degree)).toEqual(
      document.graph.lorenz.degree.map((p) => [p.population, p.share]),
    );
    expect(lorenzChartPoints([])).toBeNull();
    expect(lorenzChartPoints([{ population: 0, share: 0 }])).toBeNull();
  });

  it("shows no share of the top 1%, 5% or 10% when that is a single actor (4 actors here)", () => {
    // The top ⌈f·n⌉ actors are one actor for every f: the readings name that actor instead.
    expect(document.graph.betweennessShares.top10).not.toBeNull();
    expect(section("lorenz").blocks.find((b) => b.kind === "table")).toBeUndefined();
  });

  it("counts alliances within and across worlds as the document's mixing matrix", () => {
    const chart = section("mixing").blocks[0] as { fallback: { rows: string[][] } };
    expect(document.graph.worlds.mixing?.counts).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(chart.fallback.rows).toEqual([
      ["association", "1", "2"],
      ["entreprise", "2", "1"],
    ]);
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
