import { analyze, compareTerritories, sameWorldQap, sameWorldRegression } from "@catalyse/core";
import { analysisReadings, createTranslator, LANGS, qapReadings } from "@catalyse/readings";
import { describe, expect, it } from "vitest";
import {
  buildComparisonReport,
  buildTerritoryReport,
  escapeHtml,
  escapeMarkdown,
  layersSection,
  renderHtml,
  renderMarkdown,
} from "../../src/index.js";
import { LINK_TYPES, sampleTerritory, XSS_LABEL } from "../helpers/sample-territory.js";

const graph = sampleTerritory("Typed", { actors: 36, hub: true, types: true });
const document = analyze(graph, { byType: true });
const regression = sameWorldRegression(graph, { permutations: 40, seed: 5 });

describe("the report's core–periphery, kinds-of-alliance and QAP sections", () => {
  for (const lang of LANGS)
    it(`print their readings verbatim with their figures, escaped in HTML and Markdown (${lang})`, () => {
      const report = buildTerritoryReport({ name: "Typed", graph, document, qap: regression, lang });
      const ids = report.sections.map((section) => section.id);
      expect(ids.indexOf("qap")).toBe(ids.indexOf("mixing") + 1);
      expect(ids.indexOf("core-periphery")).toBe(ids.indexOf("brokers") + 1);
      expect(ids).toContain("layers");
      const html = renderHtml(report);
      const markdown = renderMarkdown(report);
      const methods = analysisReadings(document, { lang }).filter((r) => r.id.startsWith("methods."));
      expect(methods.map((r) => r.id.split(".")[1])).toEqual(["core-periphery", "layers"]);
      const qap = qapReadings(regression as Exclude<typeof regression, { status: "skipped" }>, {
        name: "Typed",
        directed: false,
        lang,
      });
      for (const reading of [...methods, ...qap]) {
        expect(html).toContain(escapeHtml(reading.text));
        expect(markdown).toContain(escapeMarkdown(reading.text));
      }
      // The methods' readings are in their own sections, not repeated among the figures'.
      const figures = report.sections.find((s) => s.id === "figures")!;
      const listed = figures.blocks.flatMap((b) => (b.kind === "list" ? b.items : []));
      for (const reading of methods) expect(listed).not.toContain(reading.text);
      // Link types and labels are data: shown as text, never as markup.
      expect(html).not.toContain(LINK_TYPES[2]);
      expect(html).toContain(escapeHtml(LINK_TYPES[2]!));
      expect(html).not.toContain(XSS_LABEL);
      expect(markdown).not.toMatch(/(?<!\\)<(b|script)>/);
    });

  it("list the actors closest to the core, highest coreness first, and whether each is in the core", () => {
    const report = buildTerritoryReport({ name: "Typed", graph, document });
    const section = report.sections.find((s) => s.id === "core-periphery")!;
    const table = section.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no coreness table");
    const best = [...document.actors].sort((a, b) => (b.coreness ?? 0) - (a.coreness ?? 0))[0]!;
    expect(table.rows[0]![0]).toBe(best.label);
    expect(table.rows).toHaveLength(10);
    const inCore = new Set(document.graph.corePeriphery!.core);
    const labels = new Map(document.actors.map((a) => [a.label, a.id]));
    for (const row of table.rows) expect(row[3]).toBe(inCore.has(labels.get(row[0]!)!) ? "yes" : "no");
    // Without a QAP result there is no QAP section: the report does not run it.
    expect(report.sections.map((s) => s.id)).not.toContain("qap");
  });

  it("say why the QAP was not run above the dyad cap, and leave out layers without --by-type", () => {
    const skipped = sameWorldRegression(graph, { maxDyads: 100 });
    const report = buildTerritoryReport({
      name: "Typed",
      graph,
      document: analyze(graph),
      qap: skipped,
      lang: "fr",
    });
    const section = report.sections.find((s) => s.id === "qap")!;
    expect(section.blocks).toEqual([
      { kind: "paragraph", text: "non calculé : 630 paires d’acteurs, plus de 100" },
    ]);
    expect(report.sections.map((s) => s.id)).not.toContain("layers");
    expect(layersSection(analyze(graph), [], createTranslator("fr"))).toBeNull();
  });

  it("the comparison report shows the QAP same-world coefficient beside the world figures, with its p-value", () => {
    const other = sampleTerritory("Other", { actors: 30, seed: 4 });
    const territories = [
      { name: "Typed", graph, document },
      { name: "Other", graph: other, document: analyze(other) },
    ];
    const comparison = compareTerritories(
      territories.map((t) => ({ ...t, qap: sameWorldQap(t.graph, { permutations: 40, seed: 5 }) })),
    );
    const report = buildComparisonReport({ territories, comparison, lang: "en" });
    const figures = report.sections.find((s) => s.id === "figures")!;
    const worlds = figures.blocks.find(
      (b) => b.kind === "table" && b.caption === "Do the worlds talk to each other?",
    );
    expect(worlds?.kind === "table" && worlds.header).toContain("QAP same-world coefficient");
    const qap = report.sections.find((s) => s.id === "qap")!;
    expect(qap.blocks[0]).toMatchObject({
      kind: "paragraph",
      text: expect.stringMatching(/from 40 shuffles of the actors, seed 5/),
    });
    const table = qap.blocks[1];
    if (table?.kind !== "table") throw new Error("no QAP table");
    const row = comparison.rows[0]!;
    expect(table.rows[0]![0]).toBe("Typed");
    expect(row.qap?.status).toBe("computed");
    if (row.qap?.status === "computed")
      expect(table.rows[0]![1]).toBe(String(Number(row.qap.coefficient.toFixed(4))));
  });
});
