/**
 * The reports as a reader opens them: the seed-ecosystem report and the
 * comparison report of the ten pilots (read from datasets/), plus a
 * synthetic territory with an actor labelled `<script>alert(1)</script>`,
 * opened in Debian's Chromium with no console error, no request but the
 * page itself, and valid HTML. Screenshots (and A4 PDFs) go to test-results/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyze, buildTimeline, compareTerritories, type TerritoryGraph } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { buildComparisonReport, buildTerritoryReport, renderHtml } from "../src/index.js";
import { openInChromium } from "./helpers/open-in-chromium.js";
import { sampleTerritory, XSS_LABEL } from "./helpers/sample-territory.js";

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));
const DATASETS = fileURLToPath(new URL("../../../datasets/", import.meta.url));
const PILOTS = [
  "01-val-d-exemple",
  "02-presqu-ile-fictive",
  "03-plateau-imaginaire",
  "04-vallee-simulee",
  "05-pays-de-nulle-part",
  "06-estuaire-modele",
  "07-montagne-synthetique",
  "08-bassin-fictif",
  "09-garrigue-factice",
  "10-plaine-d-essai",
];

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

async function named(path: string) {
  const { graph } = await readTerritoryPath(path);
  return { name: graph.getAttribute("name"), graph, document: analyze(graph) };
}

function territoryHtml(
  territory: { name: string; graph: TerritoryGraph; document: ReturnType<typeof analyze> },
  pilots: Awaited<ReturnType<typeof named>>[],
) {
  return renderHtml(
    buildTerritoryReport({
      ...territory,
      timeline: buildTimeline(territory.graph),
      standing: compareTerritories([territory, ...pilots]),
    }),
  );
}

const pages = new Map<string, string>();

beforeAll(async () => {
  await mkdir(RESULTS, { recursive: true });
  const pilots = await Promise.all(PILOTS.map((folder) => named(join(DATASETS, "pilots", folder))));
  const seed = await named(join(DATASETS, "seed-ecosystem"));
  pages.set("seed-ecosystem-report", territoryHtml(seed, pilots));
  pages.set(
    "pilots-comparison-report",
    renderHtml(buildComparisonReport({ territories: pilots, comparison: compareTerritories(pilots) })),
  );
  const graph = sampleTerritory("Sample <b>territory</b>", { hub: true });
  pages.set(
    "injection-report",
    territoryHtml({ name: "Sample <b>territory</b>", graph, document: analyze(graph) }, pilots.slice(0, 3)),
  );
  for (const [name, html] of pages) await writeFile(join(RESULTS, `${name}.html`), html);
});

describe("reports open in headless Chromium", () => {
  for (const name of ["seed-ecosystem-report", "pilots-comparison-report", "injection-report"]) {
    it(`shows ${name} with no console error and no request but the page itself`, async () => {
      const file = join(RESULTS, `${name}.html`);
      const visit = await openInChromium(file, join(RESULTS, `${name}.png`));
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.requests).toEqual([pathToFileURL(file).href]);
      expect(visit.dialogs).toEqual([]);
      expect(visit.scripts).toBe(0);
      expect(visit.svgs).toBeGreaterThanOrEqual(name === "pilots-comparison-report" ? 11 : 5);
      if (name === "injection-report") {
        expect(visit.text).toContain(XSS_LABEL);
        expect(visit.text).toContain("Sample <b>territory</b>");
      }
    });

    it(`writes ${name} as HTML that passes html-validate`, async () => {
      const report = await validator.validateString(pages.get(name)!);
      const messages = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
      );
      expect(messages).toEqual([]);
      expect(report.valid).toBe(true);
    });
  }

  it("catches invalid HTML (the validator is really on)", async () => {
    const report = await validator.validateString(
      "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></div></p></body></html>",
    );
    expect(report.valid).toBe(false);
  });

  it("never writes an injected label as markup", () => {
    const html = pages.get("injection-report")!;
    expect(html).not.toContain(XSS_LABEL);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
