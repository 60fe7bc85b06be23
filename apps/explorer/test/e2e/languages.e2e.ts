/**
 * Languages (issue 13, the explorer's share): a visible switch, the language
 * in the URL state, `<html lang>`, every interface text in French once
 * switched, and the "No one in the middle" panel printing the readings
 * verbatim.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { AnalysisDocument } from "@catalyse/core";
import type { Page } from "playwright-core";
import { analysisReadings } from "../../../../packages/readings/src/analysis/analysis-readings.js";
import { explorerEn } from "../../../../packages/readings/src/catalogues/explorer.en.js";
import { explorerFr } from "../../../../packages/readings/src/catalogues/explorer.fr.js";
import { analysisDone, open, shot } from "./session.js";

/** Every text a person can read or hear on the page: text nodes, and labels, placeholders and tooltips. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest("script, style, [hidden], datalist")) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll("[aria-label], [placeholder], [title]"))
      for (const name of ["aria-label", "placeholder", "title"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    return texts;
  });
}

/** The English interface messages without parameters that French words differently. */
const ENGLISH = new Set<string>(
  Object.entries(explorerEn)
    .filter(([id, text]) => !text.includes("{") && explorerFr[id as keyof typeof explorerFr] !== text)
    .map(([, text]) => text),
);

describe("languages", () => {
  test("switching to French leaves no English interface text, and the link keeps the language", async () => {
    const { page, errors } = await open();
    await analysisDone(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.ok((await pageTexts(page)).includes(explorerEn["explorer.tab.middle"]), "English first");
    await page.locator("#lang-picker").selectOption("fr");
    await page.waitForFunction(() => document.documentElement.lang === "fr");
    assert.match(page.url(), /lang=fr/, "the language is in the URL state");
    const left: string[] = [];
    const check = async (view: string) => {
      for (const text of await pageTexts(page)) if (ENGLISH.has(text)) left.push(`${view}: ${text}`);
    };
    await check("graph");
    const id = await page.evaluate(() => window.__explorer!.state().dataset!.actors[0]!.id);
    await page.locator(`#actors-table button[data-actor="${id}"]`).press("Enter");
    await page.locator("#actor-panel").waitFor({ state: "visible" });
    await check("actor panel");
    await page.locator("#tab-middle").click();
    await page.locator("svg.heatmap").waitFor();
    await check("no one in the middle");
    await page.locator("#tab-compare").click();
    await page.locator(".compare svg").first().waitFor({ timeout: 120_000 });
    await check("compare");
    // The comparison's readings, in French, call the pilots synthetic.
    await page.waitForFunction(
      () => document.querySelectorAll("#compare-view [data-reading]").length > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const comparison = await page.locator("#compare-view [data-reading]").allTextContents();
    assert.ok(
      comparison.some((text) => /synthétiques/.test(text)),
      `synthetic references named: ${comparison[0]}`,
    );
    await page.locator(".export-menu summary").click();
    await check("export menu");
    assert.deepEqual(left, [], "no English interface text in French");
    const texts = await pageTexts(page);
    assert.ok(texts.includes(explorerFr["explorer.tab.middle"]), "the tabs are in French");
    assert.ok(texts.includes(explorerFr["explorer.compare.note"]));
    await shot(page, "20-french-compare");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a link with lang=fr opens in French, and the panel prints the readings verbatim", async () => {
    const { page, errors } = await open("#lang=fr&v=middle");
    await analysisDone(page);
    await page.locator("svg.heatmap").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
    assert.equal(await page.locator("#lang-picker").inputValue(), "fr");
    const analysis = (await page.evaluate(
      () => window.__explorer!.state().analysis.result!.document,
    )) as AnalysisDocument;
    const expected = analysisReadings(analysis, { lang: "fr" }).map((r) => r.text);
    const shown = await page.locator("#middle-view [data-reading]").allTextContents();
    assert.ok(expected.length >= 5, `the document has readings (${expected.length})`);
    assert.deepEqual(shown.toSorted(), expected.toSorted(), "every reading, verbatim, and nothing else");
    // Numbers follow the language: a decimal comma in the gauges.
    assert.match((await page.locator("svg.gauge").first().textContent()) ?? "", /\d,\d\d/);
    await shot(page, "21-french-middle");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("?lang=fr in the query opens in French too", async () => {
    const { page } = await open("?lang=fr");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
    assert.equal(await page.locator("#tab-graph").textContent(), explorerFr["explorer.tab.graph"]);
    await page.close();
  });

  test("generated territories are named in the page's language, in the picker and the exported map", async () => {
    const { page, errors } = await open("#lang=fr&d=example");
    await page.waitForFunction(() => window.__explorer!.state().dataset?.key === "example");
    const options = async () => page.locator("#dataset-picker option").allTextContents();
    const french = await options();
    assert.ok(french.includes("Territoire d’exemple (synthétique, Isère)"), french.join(" | "));
    assert.ok(
      french.some((name) => /^Territoire synthétique, 5\s000 acteurs \(test de charge\)$/.test(name)),
      french.join(" | "),
    );
    await page.locator(".export-menu summary").click();
    const [map] = await Promise.all([page.waitForEvent("download"), page.locator("#export-svg").click()]);
    assert.equal(map.suggestedFilename(), "territoire-d-exemple-synthétique-isère.svg");
    assert.match(
      readFileSync((await map.path())!, "utf8"),
      /<title>Territoire d’exemple \(synthétique, Isère\)<\/title>/,
    );
    await page.locator("#lang-picker").selectOption("en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    const english = await options();
    assert.ok(english.includes("Example territory (synthetic, Isère)"), english.join(" | "));
    assert.ok(english.includes("Synthetic 5,000 actors (stress test)"), english.join(" | "));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
