import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  analyze,
  buildTimeline,
  COMPARISON_COLUMNS,
  createTerritory,
  DEFAULT_SEED,
  SAME_WORLD_QAP_DEFAULTS,
  sameWorldQap,
  snapshotAt,
} from "@catalyse/core";
import { timelineReadings } from "@catalyse/readings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { writeTerritoryFolder } from "../helpers/territory-folder.js";
import { NORTH_ACTORS, NORTH_LINKS, SOUTH_ACTORS, SOUTH_LINKS } from "./fixtures.js";

let dir = "";
const north = () => createTerritory({ actors: NORTH_ACTORS, links: NORTH_LINKS }).graph;
const south = () => createTerritory({ actors: SOUTH_ACTORS, links: SOUTH_LINKS }).graph;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "catalyse-cli-"));
  await writeTerritoryFolder(join(dir, "north"), NORTH_ACTORS, NORTH_LINKS);
  await writeTerritoryFolder(join(dir, "south"), SOUTH_ACTORS, SOUTH_LINKS);
  const oneWorld = NORTH_ACTORS.map((actor) => ({ ...actor, world: "association" }));
  await writeTerritoryFolder(join(dir, "one-world"), oneWorld, NORTH_LINKS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("catalyse compare", () => {
  it("prints one row per territory whose figures are those of analyze, with ranks", async () => {
    const run = await runInProcess(["compare", "north", "south", "--format", "json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.rows.map((row: { name: string }) => row.name)).toEqual(["north", "south"]);
    const graphs = [north(), south()];
    const expected = graphs.map((graph) => analyze(graph));
    // The same-world QAP with compare's defaults: permutations and seed as stated in its help.
    const qaps = graphs.map((graph) =>
      sameWorldQap(graph, { permutations: SAME_WORLD_QAP_DEFAULTS.permutations, seed: DEFAULT_SEED }),
    );
    result.rows.forEach((row: { figures: Record<string, number | null> }, i: number) => {
      for (const column of COMPARISON_COLUMNS)
        expect(row.figures[column.key], column.key).toEqual(column.read(expected[i]!, { qap: qaps[i] }));
    });
    expect(result.rows.map((row: { qap: unknown }) => row.qap)).toEqual(qaps);
    expect(result.rows[0].figures.qapSameWorld).toEqual(expect.any(Number));
    expect(result.rows[1].ranks.nodes).toBe(1);
    expect(result.standout.length).toBeGreaterThan(0);
  });
  it("gives z-scores against null models with --null K, the same for the same seed", async () => {
    const first = await runInProcess(["compare", "north", "south", "--null", "5", "--format", "json"], dir);
    expect(first.code).toBe(0);
    const rows = JSON.parse(first.stdout).rows;
    expect(rows[0].z).not.toBeNull();
    expect(Object.values(rows[0].z).some((z) => typeof z === "number")).toBe(true);
    const again = await runInProcess(["compare", "north", "south", "--null", "5", "--format", "json"], dir);
    expect(again.stdout).toBe(first.stdout);
  });
  it("writes a table for people and a CSV with figures, ranks and governance", async () => {
    const table = await runInProcess(["compare", "north", "south"], dir);
    expect(table.stdout).toMatch(/^Figures\n\s+north\s+south\n-+\s+-+\s+-+\nActors\s+5\s+\d+\nLinks\s/);
    expect(table.stdout).toContain("What stands out");
    const csv = await runInProcess(["compare", "north", "south", "--format", "csv"], dir);
    const [header, first] = csv.stdout.split(/\r?\n/);
    expect(header).toMatch(
      /^territory,nodes,links,density,.*,qapSameWorld,.*,rank_nodes,.*,p_qapSameWorld,qap_skipped,governance$/,
    );
    expect(first).toMatch(/^north,5,5,0\.5,/);
    expect(table.stdout).toMatch(/QAP same world: .*p-values from 200 shuffles of the actors, seed 17/);
  });
  it("states why the same-world QAP was not run, and takes --qap-permutations 0 for no p-value", async () => {
    const run = await runInProcess(
      ["compare", "north", "south", "--qap-permutations", "0", "--format", "json"],
      dir,
    );
    expect(run.code).toBe(0);
    for (const row of JSON.parse(run.stdout).rows)
      expect(row.qap).toMatchObject({ status: "computed", permutations: 0, pValue: null });
    const table = await runInProcess(["compare", "north", "one-world", "--lang", "fr"], dir);
    expect(table.stdout).toMatch(
      /one-world\s+–\s+–\s+non calculé : toutes les paires d’acteurs partagent un monde, ou aucune/,
    );
  });
  it("rejects a --null that is not a whole number", async () => {
    const run = await runInProcess(["compare", "north", "--null", "many"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--null many is not valid");
  });
});

describe("catalyse timeline", () => {
  it("gives each year the figures of analyze on the snapshot built by hand", async () => {
    const run = await runInProcess(["timeline", "north", "--format", "json"], dir);
    expect(run.code).toBe(0);
    const timeline = JSON.parse(run.stdout);
    expect(timeline.steps.map((s: { year: number }) => s.year)).toEqual([2015, 2016, 2017, 2018]);
    const hand2016 = createTerritory({
      actors: NORTH_ACTORS.filter((a) => ["hub", "a", "b"].includes(a.id)),
      links: NORTH_LINKS.slice(0, 2).concat(NORTH_LINKS[3]!),
    }).graph;
    expect(timeline.steps[1].figures).toEqual(analyze(hand2016).graph);
    expect(timeline.steps[3].figures).toEqual(analyze(snapshotAt(north(), 2018)).graph);
    expect(timeline.signals.worldChanges).toEqual([
      { year: 2017, joined: ["entreprise"], left: [] },
      { year: 2018, joined: ["État"], left: [] },
    ]);
    expect(
      timeline.signals.newBridges.map((b: { year: number; worlds: string[] }) => [b.year, ...b.worlds]),
    ).toEqual([
      [2017, "entreprise", "collectivité"],
      [2018, "entreprise", "État"],
    ]);
  });
  it("takes --step N years and prints weak signals for people", async () => {
    const run = await runInProcess(["timeline", "north", "--step", "2"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("3 steps of 2 years");
    expect(run.stdout).toContain("Weak signals");
    const readings = timelineReadings(buildTimeline(north(), { step: 2 }), { lang: "en" });
    expect(readings.length).toBeGreaterThan(0);
    for (const reading of readings) expect(run.stdout).toContain(`- ${reading.text}`);
  });
  it("writes one CSV row per step", async () => {
    const run = await runInProcess(["timeline", "north", "--format", "csv"], dir);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      "year,worlds,nodes,links,density,components,centralization.betweenness,gini.betweenness,modularity,worlds.eiIndex,worlds.crossWorldShare",
    );
    expect(lines.slice(1).map((line) => line.split(",").slice(2, 4).join(","))).toEqual([
      "3,2",
      "3,3",
      "4,4",
      "5,4",
    ]);
  });
  it("says there is no timeline for a territory without dates", async () => {
    const run = await runInProcess(["timeline", "south"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no timeline");
  });
  it("rejects a step that is not a year count", async () => {
    const run = await runInProcess(["timeline", "north", "--step", "month"], dir);
    expect(run.code).toBe(2);
  });
});

describe("catalyse report", () => {
  it("writes one self-contained HTML file with every label escaped", async () => {
    const run = await runInProcess(["report", "north", "--out", "north.html", "--pilots", "."], dir);
    expect(run.code).toBe(0);
    const html = await readFile(join(dir, "north.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toContain("<script");
    expect(html).toContain("Maison &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain("Where the territory stands among the pilots");
  });
  it("writes the same content as Markdown with --format md", async () => {
    const run = await runInProcess(["report", "north", "--format", "md", "--pilots", "none"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# north\n/);
    expect(run.stdout).toContain("## The territory in figures");
    expect(run.stdout).toContain("## Over time: the timeline and weak signals");
    // Markdown escaping: `\<script>` renders as text, no tag.
    expect(run.stdout).not.toMatch(/(?<!\\)<script>/);
    expect(run.stdout).toContain("Maison \\<script>alert(1)\\</script>");
  });
  it("draws a progress bar on a terminal's stderr, and none in a pipe", async () => {
    const tty = await runInProcess(["report", "north", "south", "--out", "tty.html"], dir, { tty: true });
    expect(tty.stderr).toMatch(/\rreport \[#*\s*\]\s+\d+% analyse north/);
    const pipe = await runInProcess(["report", "north", "south", "--out", "pipe.html"], dir);
    expect(pipe.stderr).toBe("wrote pipe.html\n");
  });
  it("writes the comparison report for several inputs", async () => {
    const run = await runInProcess(["report", "north", "south", "--out", "both.html"], dir);
    expect(run.code).toBe(0);
    const html = await readFile(join(dir, "both.html"), "utf8");
    expect(html).toContain("Comparing 2 territories");
    expect(html).toContain("What stands out");
    expect(html).toContain("Does sharing a world explain who allies with whom? (QAP)");
  });
  it("runs the same-world QAP (seeded, --qap-permutations) and the kinds of alliance with --by-type", async () => {
    const args = [
      "report",
      "north",
      "--format",
      "md",
      "--pilots",
      "none",
      "--by-type",
      "--qap-permutations",
      "30",
    ];
    const [run, again] = [await runInProcess(args, dir), await runInProcess(args, dir)];
    expect(run.code).toBe(0);
    expect(again.stdout).toBe(run.stdout);
    expect(run.stdout).toContain("## Does sharing a world explain who allies with whom? (QAP)");
    expect(run.stdout).toMatch(
      /p-values come from 30 shuffles of the actors \(double semi-partialling, seed 17\)/,
    );
    expect(run.stdout).toContain("## Is there a group in the middle? Core and periphery");
    expect(run.stdout).toContain("## Kinds of alliance");
  });
});
