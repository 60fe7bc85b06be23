import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, createTerritory } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { describe, expect, it } from "vitest";
import { buildTerritoryReport, collectivesSection, renderHtml, renderMarkdown } from "../../src/index.js";

const SEED = join(fileURLToPath(new URL("../../../../", import.meta.url)), "datasets/seed-ecosystem");

describe("the report's collectives section", () => {
  it("lists each collective and cites the collectives readings, in English and in French", async () => {
    const { graph } = await readTerritoryPath(SEED);
    const document = analyze(graph);
    const en = collectivesSection(document, "en")!;
    expect(en.title).toBe("Collectives");
    const table = en.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => [row[0], row[2]])).toEqual([
      ["Comité de pilotage des partenaires de GAIA (2021)", "14"],
      ["Groupe de travail Alsace Active – ARF (2012)", "2"],
      ["Alliance Dynamique (Groupe La Poste et 53 réseaux de l'ESS)", "1"],
      ["Démarche de coopérations ESS – entreprises de la CRESS Bretagne", "7"],
      ["Formation des responsables des pôles ESS locaux (3 sessions)", "5"],
      ["Expérimentation « L'ODD 17 en pratique » dans le Massif Central", "7"],
    ]);
    const list = en.blocks.find((block) => block.kind === "list");
    expect(list?.kind === "list" && list.items[2]).toMatch(/^Brokerage rests on the collectives/);
    const fr = collectivesSection(document, "fr")!;
    expect(fr.title).toBe("Collectifs");
    const frList = fr.blocks.find((block) => block.kind === "list");
    expect(frList?.kind === "list" && frList.items[3]).toMatch(/^GAIA réunit /);

    const report = buildTerritoryReport({ name: "seed", graph, document });
    expect(report.sections.map((section) => section.id)).toContain("collectives");
    expect(renderHtml(report)).toContain('id="collectives"');
    expect(renderMarkdown(report)).toContain("Comité de pilotage des partenaires de GAIA (2021)");
  });

  it("is left out for a territory without collectives", () => {
    const { graph } = createTerritory({
      actors: [{ id: "a" }, { id: "b" }, { id: "c" }],
      links: [{ source: "a", target: "b" }],
    });
    const document = analyze(graph);
    expect(collectivesSection(document)).toBeNull();
    expect(buildTerritoryReport({ name: "x", graph, document }).sections.map((s) => s.id)).not.toContain(
      "collectives",
    );
  });
});
