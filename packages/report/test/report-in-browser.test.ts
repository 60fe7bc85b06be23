import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyze, buildTimeline, compareTerritories } from "@catalyse/core";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { buildComparisonReport, buildTerritoryReport, renderHtml } from "../src/index.js";
import { openInChromium } from "./helpers/open-in-chromium.js";
import { sampleTerritory, XSS_LABEL } from "./helpers/sample-territory.js";

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

function territories() {
  return [1, 2, 3, 4, 5].map((seed) => {
    const name = seed === 1 ? "Sample <b>territory</b>" : `pilot ${seed}`;
    const graph = sampleTerritory(name, { seed, actors: 30 + 8 * seed, hub: seed % 2 === 1 });
    return { name, graph, document: analyze(graph) };
  });
}

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

describe("reports open in headless Chromium", () => {
  let territoryHtml = "";
  let comparisonHtml = "";
  beforeAll(async () => {
    await mkdir(RESULTS, { recursive: true });
    const all = territories();
    const own = all[0]!;
    territoryHtml = renderHtml(
      buildTerritoryReport({ ...own, timeline: buildTimeline(own.graph), standing: compareTerritories(all) }),
    );
    comparisonHtml = renderHtml(
      buildComparisonReport({ territories: all, comparison: compareTerritories(all) }),
    );
    await writeFile(join(RESULTS, "territory-report.html"), territoryHtml);
    await writeFile(join(RESULTS, "comparison-report.html"), comparisonHtml);
  });

  for (const kind of ["territory", "comparison"] as const) {
    it(`shows the ${kind} report with no console error and no request but the page itself`, async () => {
      const file = join(RESULTS, `${kind}-report.html`);
      const visit = await openInChromium(file, join(RESULTS, `${kind}-report.png`));
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.requests).toEqual([pathToFileURL(file).href]);
      expect(visit.dialogs).toEqual([]);
      expect(visit.scripts).toBe(0);
      expect(visit.svgs).toBeGreaterThanOrEqual(kind === "territory" ? 5 : 6);
      expect(visit.text).toContain("Sample <b>territory</b>");
    });

    it(`writes ${kind} HTML that passes html-validate`, async () => {
      const report = await validator.validateString(kind === "territory" ? territoryHtml : comparisonHtml);
      const messages = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
      );
      expect(messages).toEqual([]);
      expect(report.valid).toBe(true);
    });
  }

  it("shows an actor labelled <script>alert(1)</script> as text", async () => {
    const visit = await openInChromium(
      join(RESULTS, "territory-report.html"),
      join(RESULTS, "territory-xss.png"),
    );
    expect(visit.text).toContain(XSS_LABEL);
    expect(visit.dialogs).toEqual([]);
    expect(territoryHtml).not.toContain(XSS_LABEL);
    expect(territoryHtml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
