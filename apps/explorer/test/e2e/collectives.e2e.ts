/**
 * Collectives on the map (issue 16's explorer share): the switch between the
 * projected view (members linked to each other) and the two-mode view
 * (collectives drawn as nodes), a collective selected with the mouse and with
 * the keyboard, its panel (members by label with their worlds, size, dates,
 * two-mode figures), axe-core on the two-mode view, and the same in French.
 * Expected members are read from the seed ecosystem's files with @catalyse/io,
 * not from the page.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { AnalysisDocument } from "@catalyse/core";
import type { Page } from "playwright-core";
import { readTerritoryCsv } from "../../../../packages/io/src/index.js";
import { explorerEn } from "../../../../packages/readings/src/catalogues/explorer.en.js";
import { explorerFr } from "../../../../packages/readings/src/catalogues/explorer.fr.js";
import { axeViolations } from "./axe.js";
import { analysisDone, open, shot } from "./session.js";

const SEED = join(dirname(fileURLToPath(import.meta.url)), "../../../../datasets/seed-ecosystem");
const COPIL = "copil-gaia-2021";

/** The seed ecosystem as @catalyse/io reads it: actor labels and worlds, members by collective. */
function seed() {
  const file = (name: string) => ({ name, data: readFileSync(join(SEED, name)) });
  const { graph } = readTerritoryCsv({
    actors: file("actors.csv"),
    links: file("links.csv"),
    collectives: file("collectives.csv"),
    memberships: file("memberships.csv"),
  });
  const actors = new Map<string, { label: string; world: string }>();
  graph.forEachNode((_key, attrs) => actors.set(attrs.id, { label: attrs.label, world: attrs.world }));
  const members = new Map<string, Set<string>>();
  for (const m of graph.getAttribute("memberships") ?? [])
    members.set(m.collective, (members.get(m.collective) ?? new Set()).add(m.actor));
  return { actors, members, collectives: graph.getAttribute("collectives") ?? [] };
}

async function switchView(page: Page, view: "two-mode" | "projected"): Promise<void> {
  await page.locator("#collectives-view").selectOption(view);
  await page.waitForFunction(([id, drawn]) => (window.__explorer!.collectiveScreen(id) !== null) === drawn, [
    COPIL,
    view === "two-mode",
  ] as const);
}

/** The members the collective panel lists: [actor id, label, the text after it]. */
async function panelMembers(page: Page): Promise<[string, string, string][]> {
  return page
    .locator("#actor-panel .collective-members li")
    .evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute("data-actor") ?? "",
        li.querySelector("button")?.textContent ?? "",
        li.querySelector(".muted")?.textContent ?? "",
      ]),
    );
}

/** The document's two-mode figures of a collective, and the table the panel prints. */
async function twoModeShown(page: Page, id: string) {
  const document = (await page.evaluate(
    () => window.__explorer!.state().analysis.result!.document,
  )) as AnalysisDocument;
  const row = document.collectives?.find((c) => c.id === id);
  assert.ok(row, `the analysis document has a row for ${id}`);
  const cells = await page
    .locator("#actor-panel .two-mode-figures tbody td")
    .evaluateAll((tds) => tds.map((td) => td.textContent ?? ""));
  return { row, cells };
}

describe("collectives in the explorer", () => {
  test("two-mode: a click on a collective opens its panel (members, size, dates, figures); projected again", async () => {
    const expected = seed();
    assert.equal(expected.collectives.length, 6, "the seed ecosystem has 6 collectives");
    const { page, errors } = await open();
    await analysisDone(page);
    const actorsDrawn = await page.evaluate(() => window.__explorer!.visibleActors());
    await switchView(page, "two-mode");
    assert.equal(
      await page.evaluate(() => window.__explorer!.visibleActors()),
      actorsDrawn + 6,
      "every collective is a node of its own",
    );

    const box = await page.locator("#sigma").boundingBox();
    const at = await page.evaluate((id) => window.__explorer!.collectiveScreen(id), COPIL);
    assert.ok(box && at, "the steering committee is drawn");
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator(`#actor-panel [data-collective="${COPIL}"]`).waitFor();
    assert.deepEqual(
      await page.evaluate(() => [
        window.__explorer!.state().selected,
        window.__explorer!.state().selectedCollective,
      ]),
      [null, COPIL],
      "the collective is selected, no actor",
    );

    const ids = [...expected.members.get(COPIL)!];
    const members = await panelMembers(page);
    assert.deepEqual(
      members.map(([id]) => id).toSorted(),
      ids.toSorted(),
      "every member of the committee, and no one else",
    );
    for (const [id, label, after] of members) {
      assert.equal(label, expected.actors.get(id)!.label, `${id} by its label`);
      assert.ok(after.includes(expected.actors.get(id)!.world), `${id} with its world (${after})`);
    }
    assert.equal(await page.locator("#actor-panel h3").nth(1).textContent(), `Members (${ids.length})`);
    assert.equal(
      await page.locator("#actor-panel .collective-size").textContent(),
      `${ids.length} members · Since 2021`,
    );

    // Two-mode degree of a collective: its members over the actors in any collective
    // (nx.bipartite.degree_centrality on the membership graph).
    const { row, cells } = await twoModeShown(page, COPIL);
    const inAny = new Set([...expected.members.values()].flatMap((set) => [...set]));
    assert.equal(row.size, ids.length);
    assert.ok(
      Math.abs(row.twoMode.degree! - ids.length / inAny.size) < 1e-9,
      `degree ${row.twoMode.degree} = ${ids.length}/${inAny.size}`,
    );
    const format = (x: number | null) =>
      x === null ? "–" : new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 }).format(x);
    assert.deepEqual(cells, [row.twoMode.degree, row.twoMode.betweenness, row.twoMode.closeness].map(format));
    await shot(page, "30-two-mode-collective");

    assert.deepEqual(
      await axeViolations(page),
      [],
      "no serious or critical accessibility violation in two-mode",
    );

    // A member's button opens the actor, whose collectives list leads back to the collective.
    const first = members[0]![0];
    await page.locator(`#actor-panel .collective-members li[data-actor="${first}"] button`).click();
    await page.waitForFunction((id) => window.__explorer!.state().selected === id, first);
    await page
      .locator("#actor-panel .actor-collectives button", {
        hasText: expected.collectives.find((c) => c.id === COPIL)!.label,
      })
      .click();
    await page.locator(`#actor-panel [data-collective="${COPIL}"]`).waitFor();

    await switchView(page, "projected");
    assert.equal(
      await page.evaluate(() => window.__explorer!.visibleActors()),
      actorsDrawn,
      "collective nodes gone",
    );
    assert.equal(await page.locator("#collectives-view").inputValue(), "projected");
    // The panel stays: the collective is data, whichever way the map draws it.
    assert.equal(await page.locator(`#actor-panel [data-collective="${COPIL}"]`).count(), 1);
    await page.locator("#actor-panel button.close").click();
    await page.waitForFunction(() => window.__explorer!.state().selectedCollective === null);
    assert.ok(await page.locator("#actor-panel").isHidden());
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("keyboard and French: a collective reached from an actor's panel, then by search in two-mode", async () => {
    const expected = seed();
    const { page, errors } = await open("#lang=fr");
    await analysisDone(page);
    await switchView(page, "two-mode");
    // Keyboard only: the actors table, then the actor's collectives.
    await page.locator('#actors-table button[data-actor="gaia"]').press("Enter");
    await page.locator("#actor-panel .actor-collectives").waitFor();
    const button = page.locator("#actor-panel .actor-collectives button").first();
    await button.focus();
    await page.keyboard.press("Enter");
    await page.locator(`#actor-panel [data-collective="${COPIL}"]`).waitFor();
    const ids = expected.members.get(COPIL)!;
    assert.equal(
      await page.locator("#actor-panel .collective-members h3").textContent(),
      explorerFr["explorer.collective.members"].replace("{count, number}", String(ids.size)),
    );
    assert.equal(
      await page.locator("#actor-panel .collective-size").textContent(),
      `${ids.size} membres · Depuis 2021`,
    );
    const headings = await page.locator("#actor-panel h3").allTextContents();
    assert.ok(headings.includes(explorerFr["explorer.collective.two-mode"]), headings.join(" | "));
    for (const text of [explorerEn["explorer.collective.two-mode"], "Members", "Since"])
      assert.ok(
        !((await page.locator("#actor-panel").textContent()) ?? "").includes(text),
        `no English "${text}"`,
      );
    // Decimal commas in the two-mode figures.
    const { cells } = await twoModeShown(page, COPIL);
    assert.ok(
      cells.some((cell) => /^0,\d+$/.test(cell)),
      cells.join(" "),
    );

    // A collective with both dates, reached by the search box (Enter selects the first match).
    const training = expected.collectives.find((c) => c.id === "formation-poles-ess-bretagne")!;
    await page.locator("#search").fill(training.label!);
    await page.locator("#search").press("Enter");
    await page.locator('#actor-panel [data-collective="formation-poles-ess-bretagne"]').waitFor();
    assert.match(
      (await page.locator("#actor-panel .collective-size").textContent()) ?? "",
      /^\d+ membres? · Période : 24 novembre 2020 – 14 janvier 2021$/,
    );
    assert.deepEqual(
      await axeViolations(page),
      [],
      "no serious or critical accessibility violation in French",
    );
    await shot(page, "31-two-mode-collective-fr");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
