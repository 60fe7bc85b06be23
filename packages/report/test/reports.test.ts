import { analyze, buildTimeline, COMPARISON_COLUMNS, compareTerritories } from "@catalyse/core";
import { analysisReadings, createTranslator } from "@catalyse/readings";
import { describe, expect, it } from "vitest";
import {
  buildComparisonReport,
  buildTerritoryReport,
  columnLabel,
  escapeHtml,
  renderHtml,
  renderMarkdown,
} from "../src/index.js";
import { sampleTerritory, XSS_LABEL } from "./helpers/sample-territory.js";

const graph = sampleTerritory("Sample", { actors: 40, hub: true });
const document = analyze(graph);
const report = buildTerritoryReport({ name: "Sample", graph, document, timeline: buildTimeline(graph) });

describe("territory report", () => {
  it("has the sections a reader expects, in order", () => {
    expect(report.sections.map((s) => s.id)).toEqual([
      "figures",
      "map",
      "lorenz",
      "mixing",
      "brokers",
      "core-periphery",
      "communities",
      "timeline",
      "standing",
      "glossary",
    ]);
  });
  it("labels its key figures from the figure table and prints every reading verbatim", () => {
    const figures = report.sections[0]!.blocks[0]!;
    expect(figures.kind).toBe("figures");
    if (figures.kind !== "figures") return;
    expect(figures.items.find((f) => f.label === "Actors")?.value).toBe("40");
    const html = renderHtml(report);
    const readings = analysisReadings(document, { lang: "en" });
    expect(readings.length).toBeGreaterThan(5);
    for (const reading of readings) expect(html).toContain(escapeHtml(reading.text));
  });
  it("renders the same sections as Markdown, with charts as tables and labels escaped", () => {
    const markdown = renderMarkdown(report);
    const html = renderHtml(report);
    for (const section of report.sections) {
      expect(markdown).toContain(`## ${section.title}`);
      expect(html).toContain(`>${section.title}</h2>`);
    }
    expect(markdown).toContain("| association |");
    expect(markdown).not.toContain(XSS_LABEL);
    // `<` is backslash-escaped: no raw HTML tag survives in the Markdown source.
    expect(markdown).not.toMatch(/(?<!\\)<(svg|script)/);
    expect(html).not.toContain(XSS_LABEL);
  });
  it("says when a figure is not available rather than printing NaN or null", () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/NaN|>null<|undefined/);
  });
  it("shows each figure against chance when the analysis carries null models", () => {
    const withNulls = buildTerritoryReport({
      name: "Sample",
      graph,
      document: analyze(graph, { middle: { nullModels: 4, seed: 3 } }),
    });
    const table = withNulls.sections[0]!.blocks.find(
      (b) => b.kind === "table" && b.caption?.startsWith("More than chance"),
    );
    expect(table?.kind === "table" && table.rows.map((row) => row[0])).toContain(
      "Betweenness centralization",
    );
    expect(
      report.sections[0]!.blocks.some((b) => b.kind === "table" && b.caption?.startsWith("More than chance")),
    ).toBe(false);
  });
  it("places the territory among pilots when given a comparison", () => {
    const pilots = [2, 3].map((seed) => {
      const g = sampleTerritory(`pilot ${seed}`, { seed, actors: 30 });
      return { name: `pilot ${seed}`, document: analyze(g) };
    });
    const standing = compareTerritories([{ name: "Sample", document }, ...pilots]);
    const withPilots = buildTerritoryReport({ name: "Sample", graph, document, standing });
    const section = withPilots.sections.find((s) => s.id === "standing")!;
    const table = section.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.find((row) => row[0] === "Actors")).toEqual([
      "Actors",
      "40",
      "1 of 3",
      "30",
      "40",
    ]);
  });
});

describe("comparison report", () => {
  const territories = [1, 2, 3].map((seed) => {
    const g = sampleTerritory(`t${seed}`, { seed, actors: 20 + 5 * seed });
    return { name: `t${seed}`, graph: g, document: analyze(g) };
  });
  const comparison = compareTerritories(territories);
  const built = buildComparisonReport({ territories, comparison });
  it("shows every compare figure in its tables", () => {
    const headers = built.sections[0]!.blocks.flatMap((b) => (b.kind === "table" ? b.header : []));
    const shown = COMPARISON_COLUMNS.filter((column) =>
      comparison.rows.some((row) => (row.figures[column.key] ?? null) !== null),
    );
    expect(shown.length).toBeGreaterThanOrEqual(15);
    for (const column of shown) expect(headers).toContain(columnLabel(column.key, createTranslator("en")));
    for (const column of COMPARISON_COLUMNS) expect(headers).not.toContain(column.label);
  });
  it("draws a small map per territory", () => {
    const maps = built.sections.find((s) => s.id === "maps")!;
    expect(maps.blocks.filter((b) => b.kind === "chart")).toHaveLength(3);
  });
});
