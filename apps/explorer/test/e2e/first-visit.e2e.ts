/**
 * What a first visit tripped on (issue 17), each checked: accessibility
 * (axe-core on every view, no serious or critical violation), keyboard use,
 * the camera fitted to the graph, panels that never cover each other, a
 * filter that hides the selected actor, Compare's reference pilots, and the
 * exports (map SVG and PNG, chart SVG).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { axeViolations } from "./axe.js";
import { analysisDone, layoutDone, open, shot } from "./session.js";

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

async function topActor(page: Page): Promise<string> {
  return page.evaluate(() => {
    const actors = window.__explorer!.state().analysis.result!.document.actors;
    return [...actors].sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0))[0]!.id;
  });
}

/** Selects the top broker from the actors table with the keyboard (Tab to its button, Enter). */
async function selectFromTable(page: Page, id: string): Promise<void> {
  const button = page.locator(`#actors-table button[data-actor="${id}"]`);
  await button.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((actor) => window.__explorer!.state().selected === actor, id);
  await page.locator("#actor-panel").waitFor({ state: "visible" });
}

describe("first visit", () => {
  test("axe-core finds no serious or critical violation on any view", async () => {
    const { page, errors } = await open();
    await analysisDone(page);
    await layoutDone(page);
    const report: Record<string, string[]> = {};
    report.graph = await axeViolations(page);
    await selectFromTable(page, await topActor(page));
    report["actor panel"] = await axeViolations(page);
    await page.locator("#tab-middle").click();
    await page.locator("svg.heatmap").waitFor();
    report["no one in the middle"] = await axeViolations(page);
    await page.locator("#tab-compare").click();
    await page.locator(".compare svg").first().waitFor();
    report.compare = await axeViolations(page);
    await page.locator(".export-menu summary").click();
    report["export menu"] = await axeViolations(page);
    for (const [view, violations] of Object.entries(report)) assert.deepEqual(violations, [], view);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the keyboard reaches the tabs and the actors table; Enter selects an actor", async () => {
    const { page } = await open();
    await analysisDone(page);
    await page.locator("#tab-graph").focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.evaluate(() => window.__explorer!.state().view), "middle");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "tab-middle");
    await page.keyboard.press("ArrowLeft");
    const id = await topActor(page);
    await selectFromTable(page, id);
    // Sorting by a column header: aria-sort says the order.
    await page.locator("#actors-table th button", { hasText: "Actor" }).click();
    assert.equal(await page.locator("#actors-table th[aria-sort='ascending']").count(), 1);
    await page.close();
  });

  test("after a load and a layout the whole graph is in view, labels included", async () => {
    const { page } = await open();
    await analysisDone(page);
    await layoutDone(page);
    // The camera eases to its fitted state; wait until it rests.
    await page.waitForFunction(() => {
      const box = document.getElementById("sigma")!.getBoundingClientRect();
      const explorer = window.__explorer!;
      return explorer.state().dataset!.actors.every((actor) => {
        const at = explorer.nodeScreen(actor.id);
        // Room on the right for the label (sigma draws it right of the node).
        return at !== null && at.x >= 0 && at.y >= 0 && at.x <= box.width - 60 && at.y <= box.height;
      });
    });
    await page.close();
  });

  test("a filter that hides the selected actor closes its panel", async () => {
    const { page } = await open();
    await analysisDone(page);
    const id = await topActor(page);
    await selectFromTable(page, id);
    const world = await page.evaluate(
      (actor) => window.__explorer!.state().dataset!.actors.find((a) => a.id === actor)!.world!,
      id,
    );
    await page.locator(`input[data-world="${world}"]`).uncheck();
    await page.locator("#actor-panel").waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => window.__explorer!.state().selected), null);
    await page.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
    [768, 900],
  ] as const)
    test(`at ${width}×${height} no panel covers another`, async () => {
      const { page } = await open();
      await page.setViewportSize({ width, height });
      await analysisDone(page);
      await selectFromTable(page, await topActor(page));
      const controls = (await page.locator("#controls").boundingBox())!;
      const panel = (await page.locator("#actor-panel").boundingBox())!;
      assert.ok(!overlap(controls, panel), "the actor panel leaves the controls free");
      const stage = (await page.locator("#sigma").boundingBox())!;
      assert.ok(stage.width >= 240, `the graph keeps room (${stage.width} px)`);
      await shot(page, `10-panels-${width}`);
      await page.locator("#tab-middle").click();
      await page.locator("svg.heatmap").waitFor();
      assert.equal(await page.locator("#actor-panel").isVisible(), false, "no actor panel over the cards");
      // Every chart fits its card: nothing cut at the right or left.
      const cut = await page.evaluate(
        () =>
          [...document.querySelectorAll<SVGSVGElement>(".middle svg.chart")].filter((svg) => {
            const card = svg.closest(".card")!.getBoundingClientRect();
            const box = svg.getBoundingClientRect();
            return box.left < card.left - 1 || box.right > card.right + 1;
          }).length,
      );
      assert.equal(cut, 0, "no chart overflows its card");
      await shot(page, `11-middle-${width}`);
      await page.close();
    });

  test("Compare ticks the open territory and shows the synthetic pilots in grey, names with accents", async () => {
    const { page } = await open();
    await page.locator("#tab-compare").click();
    // Ten pilots plus the seed ecosystem, in the first multiple.
    await page.waitForFunction(
      () =>
        (document.querySelector(".compare .multiple svg")?.querySelectorAll("rect.bar").length ?? 0) >= 11,
      null,
      { timeout: 120_000 },
    );
    const first = page.locator(".compare .multiple svg").first();
    assert.equal(
      await first.locator("rect.bar.selected").count(),
      1,
      "the open territory is ticked, in colour",
    );
    assert.ok((await first.locator("rect.bar:not(.selected)").count()) >= 10, "the pilots in grey");
    const labels = await first.locator("text.tick").allTextContents();
    assert.ok(
      labels.some((label) => label.includes("Presqu'île")),
      `accents kept: ${labels.join(" | ")}`,
    );
    const clipped = await first.evaluate(
      (svg) => [...svg.querySelectorAll("text")].filter((text) => text.getBBox().x < 0).length,
    );
    assert.equal(clipped, 0, "no bar label cut on the left");
    await shot(page, "12-compare");
    await page.close();
  });

  test("the map exports as SVG with nodes, links, labels, legend and title, and as PNG at print size", async () => {
    const { page } = await open();
    await analysisDone(page);
    await layoutDone(page);
    await page.locator(".export-menu summary").click();
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#export-svg").click(),
    ]);
    const svg = readFileSync((await svgDownload.path())!, "utf8");
    const actors = await page.evaluate(() => window.__explorer!.visibleActors());
    const nodes = /<g class="nodes"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    assert.equal((nodes.match(/<path /g) ?? []).length, actors, "one mark per actor");
    assert.ok((svg.match(/<line /g) ?? []).length > 0, "links");
    assert.match(svg, /<text[^>]*>GAIA<\/text>/, "labels");
    assert.match(svg, /<title>[^<]+<\/title>/, "a title");
    assert.match(svg, /class="legend"/, "a legend");
    await page.locator("#png-scale").selectOption("2");
    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#export-png").click(),
    ]);
    const png = readFileSync((await pngDownload.path())!);
    assert.equal(png.readUInt32BE(16), 3200, "3200 px wide");
    await page.locator("#tab-middle").click();
    const [chart] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("button[data-chart-svg='lorenz']").first().click(),
    ]);
    assert.match(
      readFileSync((await chart.path())!, "utf8"),
      /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    await page.close();
  });
});
