/**
 * The research methods in the explorer (issue 18): coreness as an encoding
 * and the core highlighted, the kinds of alliance with their one-kind filter,
 * QAP in its worker against core's `qapTerritory` on the same territory, axe
 * on the new cards, and no English left once switched to French.
 */
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  analyze,
  createTerritory,
  DEFAULT_SEED,
  type LayerFigures,
  qapTerritory,
  TRIAD_TYPES,
} from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { qapReadings } from "@catalyse/readings";
import type { Page } from "playwright-core";
import { explorerEn } from "../../../../packages/readings/src/catalogues/explorer.en.js";
import { explorerFr } from "../../../../packages/readings/src/catalogues/explorer.fr.js";
import { figureEn } from "../../../../packages/readings/src/catalogues/figure.en.js";
import { methodsEn } from "../../../../packages/readings/src/catalogues/methods.en.js";
import { methodsFr } from "../../../../packages/readings/src/catalogues/methods.fr.js";
import { axeViolations } from "./axe.js";
import { analysisDone, open, shot } from "./session.js";

const PILOT = "pilots/01-val-d-exemple";
const FOLDER = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "datasets", PILOT);
const HASH = `#d=${encodeURIComponent(`bundled:${PILOT}`)}`;

async function middleView(page: Page): Promise<void> {
  await page.locator("#tab-middle").click();
  await page.locator(".core-card").waitFor();
}

async function runQap(page: Page): Promise<void> {
  await page.locator("#qap-run").click();
  await page.waitForFunction(() => window.__explorer!.state().qap.status === "done", null, {
    timeout: 120_000,
  });
  await page.locator(".qap-table").waitFor();
}

describe("research methods", () => {
  test("the kinds of alliance: a card per kind equal to core's, and the one-kind filter changes the links shown", async () => {
    const { page, errors } = await open(HASH);
    await analysisDone(page);
    const { graph } = await readTerritoryPath(FOLDER);
    const expected = analyze(graph, { byType: true }).layers!;
    const shown = (await page.evaluate(
      () => window.__explorer!.state().analysis.result!.document.layers?.layers ?? [],
    )) as LayerFigures[];
    assert.ok(expected.layers.length >= 2, "the pilot has several kinds of alliance");
    assert.deepEqual(shown, expected.layers, "the explorer's layers are core's");
    await middleView(page);
    const rows = page.locator(".layers-table tbody tr");
    assert.equal(await rows.count(), expected.layers.length);
    const kind = expected.layers.toSorted((a, b) => a.links - b.links)[0]!;
    const row = page.locator(".layers-table tbody tr", { has: page.locator(`[data-kind="${kind.type}"]`) });
    assert.equal((await row.locator("td").first().textContent())?.replace(/\s/g, ""), String(kind.links));

    // "Show on the map" in the card: the map, with that kind only.
    const before = await page.evaluate(() => window.__explorer!.visibleLinks());
    await row.locator("button").click();
    await page.waitForFunction((n) => window.__explorer!.visibleLinks() !== n, before);
    assert.equal(await page.evaluate(() => window.__explorer!.state().view), "graph");
    assert.equal(await page.locator("#layer-filter").inputValue(), kind.type, "the filter says which kind");
    const after = await page.evaluate(() => window.__explorer!.visibleLinks());
    const rowsOfKind = await page.evaluate(
      (type) =>
        window
          .__explorer!.state()
          .dataset!.links.filter((link) => (link.type ?? "").split("|").some((t) => t.trim() === type))
          .length,
      kind.type,
    );
    assert.ok(after < before, `fewer links drawn (${after} < ${before})`);
    assert.match(
      (await page.locator("#filter-summary").textContent()) ?? "",
      new RegExp(`\\b${rowsOfKind} of \\d+ links`),
      "the summary counts the links of that kind",
    );
    assert.match(page.url(), /ht=/, "the filter is in the URL");
    // The card says one kind is shown, and brings every kind back.
    await page.locator("#tab-middle").click();
    await page.locator("#show-every-kind").click();
    await page.waitForFunction((n) => window.__explorer!.visibleLinks() === n, before);
    assert.equal(await page.locator("#layer-filter").inputValue(), "");
    // The filter's own control does the same from the sidebar.
    await page.locator("#layer-filter").selectOption(kind.type);
    await page.waitForFunction((n) => window.__explorer!.visibleLinks() === n, after);
    await page.locator("#layer-filter").selectOption("");
    await page.waitForFunction((n) => window.__explorer!.visibleLinks() === n, before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("QAP runs in its worker and its coefficients equal core's qapTerritory (1e-9)", async () => {
    const { page, errors } = await open(HASH);
    await analysisDone(page);
    await middleView(page);
    const supported = await page
      .locator(".qap-predictors input")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.predictor!));
    assert.equal(supported[0], "same-world");
    assert.ok(supported.includes("co-membership"), `co-membership offered: ${supported.join(", ")}`);
    assert.ok(supported.includes("distance"), "the pilot's actors are located");
    await page.locator('.qap-predictors input[data-predictor="co-membership"]').check();
    await page.locator("#qap-run").focus();
    await page.keyboard.press("Enter");
    await page.locator(".qap-status progress").waitFor();
    await page.waitForFunction(() => window.__explorer!.state().qap.status === "done", null, {
      timeout: 120_000,
    });
    const shown = await page.evaluate(() => {
      const result = window.__explorer!.state().qap.result!.result;
      return {
        coefficients: Object.fromEntries(result.coefficients),
        pValues: Object.fromEntries(result.pValues),
        seed: result.seed,
        permutations: result.permutations,
      };
    });
    const { graph } = await readTerritoryPath(FOLDER);
    const expected = qapTerritory(graph, {
      predictors: ["same-world", "co-membership"],
      permutations: 1000,
      seed: DEFAULT_SEED,
    });
    assert.equal(shown.seed, DEFAULT_SEED);
    assert.equal(shown.permutations, 1000);
    assert.deepEqual(Object.keys(shown.coefficients), [...expected.coefficients.keys()]);
    for (const [name, value] of expected.coefficients)
      assert.ok(
        Math.abs(shown.coefficients[name]! - value) <= 1e-9,
        `${name}: ${shown.coefficients[name]} against core's ${value}`,
      );
    // Same seed, same permutations: the p-values are core's exactly.
    assert.deepEqual(shown.pValues, Object.fromEntries(expected.pValues));
    const cell = await page.locator('[data-coefficient="same-world"]').textContent();
    assert.equal(
      Number(cell?.replace("−", "-")),
      Number(expected.coefficients.get("same-world")!.toFixed(4)),
      "the table prints the coefficient",
    );
    // The QAP readings, verbatim: numbers are figures, p = 0 reads as below one in N.
    const name = (await page.locator("#dataset-picker option:checked").textContent()) ?? "";
    assert.deepEqual(
      await page.locator(".qap-card [data-reading]").allTextContents(),
      qapReadings(expected, { name, directed: false, lang: "en" }).map((reading) => reading.text),
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      "qap-run",
      "the run button keeps the focus",
    );
    await shot(page, "30-qap");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("coreness sizes the nodes, and the core is highlighted on demand", async () => {
    const { page, errors } = await open(HASH);
    await analysisDone(page);
    await page.locator("#size-by").selectOption("coreness");
    const sized = await page.evaluate(() => {
      const explorer = window.__explorer!;
      return explorer.state().analysis.result!.document.actors.map((actor) => ({
        id: actor.id,
        coreness: actor.coreness ?? null,
        size: explorer.nodeSize(actor.id),
      }));
    });
    assert.ok(
      sized.every((actor) => actor.coreness !== null && actor.size !== null),
      "every actor has a coreness and a node",
    );
    const wrong = sized.filter((a) => sized.some((b) => a.coreness! > b.coreness! && a.size! < b.size!));
    assert.deepEqual(
      wrong.map((a) => a.id),
      [],
      "a higher coreness never draws a smaller node",
    );
    const sizes = new Set(sized.map((actor) => actor.size));
    assert.ok(sizes.size > 3, "sizes vary with coreness");
    assert.match(page.url(), /s=coreness/);
    // The actors table has the coreness column, and sorts by it.
    await page.locator("#actors-table th button", { hasText: figureEn["figure.actor.coreness"] }).click();
    const first = await page
      .locator("#actors-table tbody tr")
      .first()
      .locator("button")
      .getAttribute("data-actor");
    const top = sized.toSorted((a, b) => b.coreness! - a.coreness!)[0]!;
    assert.equal(first, top.id, "the most central to the core first");

    await middleView(page);
    const { core, fit } = await page.evaluate(
      () => window.__explorer!.state().analysis.result!.document.graph.corePeriphery!,
    );
    assert.ok(core.length > 0 && fit !== null);
    assert.equal(await page.locator("#highlight-core").getAttribute("aria-pressed"), "false");
    await page.locator("#highlight-core").click();
    assert.equal(await page.locator("#highlight-core").getAttribute("aria-pressed"), "true");
    await page.locator("#tab-graph").click();
    const outside = sized.find((actor) => !core.includes(actor.id))!;
    await page.waitForFunction(
      ([inCore, out]) => {
        const explorer = window.__explorer!;
        return (
          explorer.nodeDrawn(out!)?.color !== explorer.nodeColour(out!) &&
          explorer.nodeDrawn(inCore!) !== null
        );
      },
      [core[0]!, outside.id],
    );
    const drawn = await page.evaluate(
      ([inCore, out]) => {
        const explorer = window.__explorer!;
        return {
          core: explorer.nodeDrawn(inCore!)!.color === explorer.nodeColour(inCore!),
          outside: explorer.nodeDrawn(out!)!.color === explorer.nodeColour(out!),
        };
      },
      [core[0]!, outside.id],
    );
    assert.deepEqual(drawn, { core: true, outside: false }, "the core keeps its colours, the rest is dimmed");
    await shot(page, "31-core");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("axe finds nothing serious on the new cards, and French leaves no English", async () => {
    const { page, errors } = await open(HASH);
    await analysisDone(page);
    await middleView(page);
    await runQap(page);
    assert.deepEqual(await axeViolations(page), [], "the cards in English");
    await page.locator("#lang-picker").selectOption("fr");
    await page.waitForFunction(() => document.documentElement.lang === "fr");
    await page.locator(".qap-table").waitFor();
    const english = new Set<string>(
      [...Object.entries(explorerEn), ...Object.entries(methodsEn)]
        .filter(([id, text]) => {
          const french = { ...explorerFr, ...methodsFr } as Record<string, string>;
          return !text.includes("{") && french[id] !== text;
        })
        .map(([, text]) => text),
    );
    const texts = await page.locator("#middle-view, #controls").evaluateAll((roots) =>
      roots.flatMap((root) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          if (text && !node.parentElement?.closest("[hidden]")) found.push(text);
        }
        for (const element of root.querySelectorAll("[aria-label]"))
          found.push(element.getAttribute("aria-label")!.trim());
        return found;
      }),
    );
    assert.deepEqual(
      texts.filter((text) => english.has(text)),
      [],
      "no English interface text in French",
    );
    assert.ok(texts.includes(explorerFr["explorer.middle.qap"]), "the QAP card is in French");
    assert.ok(texts.includes(methodsFr["methods.layers.title"]), "the kinds of alliance are in French");
    assert.deepEqual(await axeViolations(page), [], "the cards in French");
    await shot(page, "32-methods-fr");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a directed territory shows its reciprocity and triad census, equal to core's; odd ids and labels stay text", async () => {
    const { page, errors } = await open();
    const actors = [
      ["__proto__", "<img src=x onerror=alert(1)>", "association"],
      ["constructor", "Mairie", "collectivité"],
      ["toString", "Université", "académique"],
      ["d", "Fondation", "fondation"],
      ["e", "Entreprise", "entreprise"],
    ];
    const links = [
      ["__proto__", "constructor"],
      ["constructor", "__proto__"],
      ["constructor", "toString"],
      ["toString", "d"],
      ["d", "toString"],
      ["d", "e"],
      ["e", "__proto__"],
    ];
    await page.locator("#file-input").setInputFiles([
      {
        name: "actors.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(`id,label,world\n${actors.map((row) => row.join(",")).join("\n")}\n`),
      },
      {
        name: "links.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(`source,target\n${links.map((row) => row.join(",")).join("\n")}\n`),
      },
      {
        name: "territory.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ name: "Flux", directed: true })),
      },
    ]);
    await page.waitForFunction(() => window.__explorer!.state().dataset?.origin === "imported");
    await analysisDone(page);
    await middleView(page);
    const { graph } = createTerritory({
      meta: { name: "Flux", directed: true },
      actors: actors.map(([id, label, world]) => ({ id: id!, label, world })),
      links: links.map(([source, target]) => ({ source: source!, target: target! })),
    });
    const expected = analyze(graph).graph;
    assert.ok(expected.reciprocity !== null && expected.reciprocity !== undefined);
    assert.equal(
      await page.locator('.directed-card [data-figure="reciprocity"]').textContent(),
      String(Number(expected.reciprocity.toFixed(3))),
    );
    const census = await page
      .locator(".triad-table tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector("th")!.textContent,
          Number(row.querySelector("td")!.textContent),
        ]),
      );
    assert.deepEqual(
      census,
      TRIAD_TYPES.map((code) => [code, expected.triadCensus![code]]),
    );
    assert.deepEqual(await axeViolations(page), [], "the directed card");
    assert.deepEqual(errors, [], "no script ran from a label");
    await page.close();
  });
});
