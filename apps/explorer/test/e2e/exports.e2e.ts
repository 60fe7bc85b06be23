/**
 * The explorer's exports beyond the map (issues 13 and 17): the CSV pair in
 * the two dialects (RFC 4180, and French Excel's `;`, decimal comma and BOM),
 * the dialect offered first in each language, and the gauges card exported
 * whole (it exported its first gauge only).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { analysisDone, open, shot } from "./session.js";

/** A small territory with a decimal weight, decimal coordinates and a label a spreadsheet would run as a formula. */
async function importFormulaTerritory(page: Page): Promise<void> {
  const actors = [
    "id;label;world;lat;lon",
    "a;=1+2;association;45,19;5,72",
    "b;Mairie de Voiron;collectivité;45,36;5,59",
    "c;Université Grenoble Alpes;académique;45,19;5,76",
  ].join("\r\n");
  const links = ["source;target;weight", "a;b;2,5", "b;c;1"].join("\r\n");
  await page.locator("#file-input").setInputFiles([
    { name: "formula-actors.csv", mimeType: "text/csv", buffer: Buffer.from(actors) },
    { name: "formula-links.csv", mimeType: "text/csv", buffer: Buffer.from(links) },
  ]);
  await page.waitForFunction(() => window.__explorer!.state().dataset?.origin === "imported");
}

/** Clicks the CSV export and returns the two downloaded files' bytes, by name. */
async function exportCsv(page: Page): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const both = new Promise<void>((resolve) => {
    page.on("download", async (download) => {
      files.set(download.suggestedFilename(), readFileSync((await download.path())!));
      if (files.size === 2) resolve();
    });
  });
  await page.locator("#export-csv").click();
  await both;
  page.removeAllListeners("download");
  return files;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const file = (files: Map<string, Buffer>, suffix: string) => {
  const found = [...files].find(([name]) => name.endsWith(suffix));
  assert.ok(found, `${suffix} among ${[...files.keys()].join(", ")}`);
  return found[1];
};

describe("exports", () => {
  test("the CSV pair downloads in RFC 4180 (English default) and for French Excel, formulas neutralised", async () => {
    const { page, errors } = await open();
    await importFormulaTerritory(page);
    await page.locator(".export-menu summary").click();
    const dialect = page.locator("#csv-dialect");
    assert.ok(await dialect.isVisible(), "the dialect is a visible choice");
    assert.equal(await dialect.inputValue(), "rfc4180", "RFC 4180 first in English");
    assert.equal(await page.locator("label[for=csv-dialect]").textContent(), "CSV format");

    const standard = await exportCsv(page);
    const actors = file(standard, "-actors.csv");
    assert.ok(!actors.subarray(0, 3).equals(BOM), "no BOM in RFC 4180");
    const text = actors.toString("utf8");
    assert.match(text.split("\n")[0]!, /^id,label,/);
    assert.match(text, /\na,'=1\+2,/, "formula neutralised");
    assert.match(text, /,45\.19,/, "decimal point");
    assert.match(file(standard, "-links.csv").toString("utf8"), /^a,b,2\.5/m);

    await dialect.selectOption("excel-fr");
    const excel = await exportCsv(page);
    const frActors = file(excel, "-actors.csv");
    assert.deepEqual([...frActors.subarray(0, 3)], [...BOM], "UTF-8 byte-order mark");
    const frText = frActors.subarray(3).toString("utf8");
    const [header, ...rows] = frText.split("\r\n");
    assert.match(header!, /^id;label;world;/, "`;` between cells");
    const formula = rows.find((row) => row.startsWith("a;"));
    assert.ok(formula, frText);
    assert.match(formula, /^a;'=1\+2;/, "formula neutralised");
    assert.match(formula, /;45,19;/, "decimal comma");
    assert.match(formula, /;5,72(;|$)/, "decimal comma");
    assert.match(frText, /collectivité/, "accents kept in UTF-8");
    const frLinks = file(excel, "-links.csv");
    assert.deepEqual([...frLinks.subarray(0, 3)], [...BOM]);
    assert.match(frLinks.subarray(3).toString("utf8"), /^a;b;2,5/m, "decimal comma in the weights");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("in French, French Excel's dialect is offered first, with French labels", async () => {
    const { page } = await open("#lang=fr");
    await page.locator(".export-menu summary").click();
    assert.equal(await page.locator("#csv-dialect").inputValue(), "excel-fr");
    assert.deepEqual(await page.locator("#csv-dialect option").allTextContents(), [
      "Standard (,)",
      "Excel en français (;)",
    ]);
    await shot(page, "31-export-menu-fr");
    await page.locator("#lang-picker").selectOption("en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.equal(await page.locator("#csv-dialect").inputValue(), "rfc4180");
    await page.close();
  });

  test("the gauges card downloads as one SVG holding its three gauges side by side", async () => {
    const { page, errors } = await open();
    await analysisDone(page);
    await page.locator("#tab-middle").click();
    const labels = await page.locator(".gauges-card svg.gauge text.gauge-label").allTextContents();
    assert.equal(labels.length, 3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("button[data-chart-svg='gauges']").click(),
    ]);
    const svg = readFileSync((await download.path())!, "utf8");
    assert.match(svg, /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const nested = [...svg.matchAll(/<svg [^>]*\bx="(\d+)"[^>]*>/g)].map((match) => Number(match[1]));
    assert.equal(nested.length, 3, "three gauges");
    assert.equal(new Set(nested).size, 3, `each at its own place: ${nested.join(", ")}`);
    for (const label of labels) assert.ok(svg.includes(`>${label}</text>`), `${label} in the file`);
    assert.doesNotMatch(svg, /class="/, "styles written onto the elements, not left to the page's classes");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
