/**
 * End-to-end tests of the built explorer (apps/explorer/dist) in Debian's
 * Chromium, driven by playwright-core and served by a tiny static server.
 * Run with `pnpm --dir apps/explorer test:e2e` (builds first). Screenshots go
 * to apps/explorer/test-results/.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { installProbes, measureResponsiveness } from "./responsiveness.js";
import { analysisDone, browser, clickActor, layoutDone, open, results, server, shot } from "./session.js";

describe("explorer", () => {
  test("loads the default territory with no console error", async () => {
    const { page, errors } = await open();
    await analysisDone(page);
    await layoutDone(page);
    await shot(page, "01-graph");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("colours follow worlds, as the legend says", async () => {
    const { page } = await open();
    const check = await page.evaluate(() => {
      const explorer = window.__explorer!;
      const legend = new Map(
        [...document.querySelectorAll<HTMLElement>(".colour-legend li[data-legend]")].map((li) => [
          li.dataset.legend!,
          li.dataset.colour!,
        ]),
      );
      const actors = explorer.state().dataset!.actors;
      const wrong = actors.filter((actor) => explorer.nodeColour(actor.id) !== legend.get(actor.world ?? ""));
      return { worlds: legend.size, actors: actors.length, wrong: wrong.length };
    });
    assert.ok(check.worlds >= 2, "the legend lists the worlds");
    assert.equal(check.wrong, 0, "every actor has its world's colour");
    await page.close();
  });

  test("clicking an actor opens its panel with metrics and ranks", async () => {
    const { page, errors } = await open();
    await analysisDone(page);
    // Let the layout finish so the actor stays where it is clicked.
    await layoutDone(page);
    const id = await page.evaluate(() => {
      const actors = window.__explorer!.state().analysis.result!.document.actors;
      return [...actors].sort((a, b) => b.degree - a.degree)[0]!.id;
    });
    await clickActor(page, id);
    const panel = page.locator("#actor-panel");
    await panel.waitFor({ state: "visible" });
    const text = (await panel.textContent()) ?? "";
    assert.match(text, /Betweenness/);
    assert.match(text, /1 \/ \d+/, "the most connected actor ranks first on degree");
    assert.match(text, /Brokerage roles/);
    assert.match(text, /Partners \(\d+\)/);
    await shot(page, "02-actor-panel");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a world filter hides its actors", async () => {
    const { page } = await open();
    const before = await page.evaluate(() => window.__explorer!.visibleActors());
    const associations = await page.evaluate(
      () =>
        window.__explorer!.state().dataset!.actors.filter((actor) => actor.world === "association").length,
    );
    assert.ok(associations > 0);
    await page.locator('input[data-world="association"]').uncheck();
    await page.waitForFunction((n) => window.__explorer!.visibleActors() === n, before - associations);
    assert.match(page.url(), /hw=association/, "the filter is in the URL");
    await shot(page, "03-filtered");
    await page.close();
  });

  test("a CSV pair imported through the file input shows up, odd ids and labels included", async () => {
    const { page, errors } = await open();
    const actors = [
      "id;label;world;lat;lon",
      "__proto__;<img src=x onerror=alert(1)>;association;45,19;5,72",
      "constructor;Mairie de Voiron;collectivité;45,36;5,59",
      "toString;Université Grenoble Alpes;académique;45,19;5,76",
      "01;Fondation ODD 17;fondation;;",
    ].join("\r\n");
    const links = [
      "source;target;poids;type;début",
      "__proto__;constructor;2,5;convention;2012",
      "constructor;toString;1;formation;2015",
      "toString;01;;financement;2018",
      "__proto__;01;1;convention;2020",
    ].join("\r\n");
    await page.locator("#file-input").setInputFiles([
      { name: "actors.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${actors}`) },
      { name: "links.csv", mimeType: "text/csv", buffer: Buffer.from(links) },
    ]);
    await page.waitForFunction(() => window.__explorer!.state().dataset?.origin === "imported");
    assert.equal(await page.evaluate(() => window.__explorer!.visibleActors()), 4);
    // A success is not an error: it shows in the calm status box, the alert box stays hidden.
    assert.ok(await page.locator("#import-success").isVisible(), "the success box shows");
    assert.match(
      (await page.locator("#import-success").textContent()) ?? "",
      /4 actors and 4 links imported/,
    );
    assert.equal(await page.locator("#import-problems").isVisible(), false, "no alert box for a success");
    await analysisDone(page);
    await page.locator("#search").fill("onerror");
    await page.locator("#search").press("Enter");
    const title = page.locator("#actor-title");
    await title.waitFor();
    assert.equal(await title.textContent(), "<img src=x onerror=alert(1)>", "the label shows as text");
    assert.equal(await page.locator("#actor-panel img").count(), 0, "no element was made from the label");
    await shot(page, "04-imported");
    // Kept in the browser: a reload offers it again.
    await page.reload();
    await page.waitForFunction(() => (window.__explorer?.visibleActors() ?? 0) > 0);
    const options = await page.locator("#dataset-picker option").allTextContents();
    assert.ok(
      options.some((option) => option.includes("(imported)")),
      "the import survives a reload",
    );
    assert.equal(await page.evaluate(() => window.__explorer!.state().dataset?.origin), "imported");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a malformed file shows its error with file, line and what was expected", async () => {
    const { page } = await open();
    await page.locator("#file-input").setInputFiles([
      {
        name: "actors.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("id,label,world\na,A,association\nb,B,entreprise\n"),
      },
      {
        name: "links.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("source,target,weight\na,b,1\na,zz,-2\n"),
      },
    ]);
    const box = page.locator("#import-problems");
    await box.waitFor({ state: "visible" });
    assert.equal(await page.locator("#import-success").isVisible(), false);
    const text = (await box.textContent()) ?? "";
    assert.match(text, /links\.csv:3/);
    assert.match(text, /"zz" is not an actor id/);
    assert.match(text, /expected/);
    await shot(page, "05-import-error");
    await page.close();
  });

  test("the 'No one in the middle' panel draws the heatmap and the Lorenz curve", async () => {
    const { page, errors } = await open();
    await analysisDone(page);
    await page.locator("#tab-middle").click();
    await page.locator("svg.heatmap").waitFor();
    const worlds = await page.evaluate(
      () => window.__explorer!.state().analysis.result!.mixing.worlds.length,
    );
    assert.equal(await page.locator("svg.heatmap rect[data-count]").count(), worlds * worlds);
    const d = await page.locator("svg.lorenz path.lorenz-line").getAttribute("d");
    assert.ok(d && d.length > 10, "the Lorenz curve has a path");
    assert.equal(await page.locator("svg.gauge").count(), 3);
    await shot(page, "06-middle");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("betweenness and closeness on a pool of Web Workers equal the single-threaded ones", async () => {
    const figures = async (threads: number) => {
      const page = await browser.context.newPage();
      const workers: string[] = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      await page.goto(`${server.url}#d=synthetic-5000&threads=${threads}`);
      await page.waitForFunction(() => window.__explorer?.state().analysis.status === "done", null, {
        timeout: 300_000,
        polling: 100,
      });
      const actors = await page.evaluate(() =>
        window
          .__explorer!.state()
          .analysis.result!.document.actors.map(
            (actor) => [actor.id, actor.betweenness, actor.closeness] as const,
          ),
      );
      await page.close();
      return { actors, poolWorkers: workers.filter((url) => url.includes("browser-worker")).length };
    };
    const single = await figures(1);
    const pooled = await figures(2);
    assert.equal(single.poolWorkers, 0, "threads=1 computes in the analysis worker");
    assert.equal(pooled.poolWorkers, 2, "threads=2 starts two pool workers");
    assert.equal(pooled.actors.length, 5000);
    let compared = 0;
    for (const [i, [id, betweenness, closeness]] of pooled.actors.entries()) {
      const [singleId, singleBetweenness, singleCloseness] = single.actors[i]!;
      assert.equal(id, singleId);
      for (const [a, b] of [
        [betweenness, singleBetweenness],
        [closeness, singleCloseness],
      ] as const) {
        assert.ok(a !== null && b !== null, `${id} has its figures`);
        // Sums taken in another order may differ in the last bits, no more.
        assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${id}: ${a} vs ${b}`);
        compared++;
      }
    }
    assert.equal(compared, 10_000);
  });

  test("a 10,000-actor / 50,000-link territory stays responsive while metrics compute", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await installProbes(page);
    // E2E_PROFILE=1 saves a CPU profile of the page (open it in DevTools).
    const cdp = process.env.E2E_PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.start");
    }
    const report = await measureResponsiveness(
      page,
      `${server.url}#d=synthetic-10000`,
      "synthetic-10000",
      10_000,
    );
    if (cdp) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(join(results, "large.cpuprofile"), JSON.stringify(profile));
    }
    writeFileSync(join(results, "responsiveness.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log("responsiveness", report);
    assert.ok(report.links > 45_000, `about 50,000 links (${report.links})`);
    assert.equal(report.statusWhileComputing, "running", "the graph was shown before the metrics were ready");
    const gaps = report.heartbeatGaps;
    // Had the analysis run on the main thread, one gap would last the whole analysis.
    assert.ok(gaps.count > 20, `the main thread kept ticking (${gaps.count} beats)`);
    assert.ok(
      gaps.worstMs < report.analysisMs,
      `no freeze comparable to the analysis (worst gap ${gaps.worstMs} ms, analysis ${report.analysisMs} ms)`,
    );
    // Budgets (median and p90 gaps) belong to benchmarks/explorer, measured on an idle machine.
    // The link budget applies only under software WebGL (SwiftShader here, unless a GPU answers).
    if (await page.evaluate(() => window.__explorer!.softwareWebGL)) {
      assert.equal(await page.locator(".link-notice").getAttribute("data-drawn"), "10000");
      assert.match((await page.locator(".link-notice").textContent()) ?? "", /strongest of 49,960 links/);
    } else assert.equal(await page.locator(".link-notice").count(), 0, "a GPU draws every link");
    await shot(page, "07-large");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
