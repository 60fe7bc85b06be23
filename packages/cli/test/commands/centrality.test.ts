import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze, createTerritory } from "@catalyse/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { writeTerritoryFolder } from "../helpers/territory-folder.js";

const ACTORS = [
  { id: "__proto__", label: "=Hub", world: "association" },
  { id: "constructor", label: "Mairie", world: "collectivité" },
  { id: "c", label: "C", world: "entreprise" },
  { id: "d", label: "D", world: "entreprise" },
];
const LINKS = [
  { source: "__proto__", target: "constructor", weight: 2 },
  { source: "__proto__", target: "c" },
  { source: "__proto__", target: "d" },
  { source: "c", target: "d" },
];

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "catalyse-centrality-"));
  await writeTerritoryFolder(join(dir, "t"), ACTORS, LINKS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("catalyse centrality", () => {
  it("prints analyze's values for only the metrics asked for, as JSON", async () => {
    const run = await runInProcess(
      ["centrality", "t", "--metrics", "pagerank,betweenness,transitivity", "--format", "json"],
      dir,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    const full = analyze(createTerritory({ actors: ACTORS, links: LINKS }).graph);
    expect(result.graph).toEqual({ transitivity: full.graph.transitivity });
    expect(result.actors).toEqual(
      full.actors.map((a) => ({
        id: a.id,
        label: a.label,
        world: a.world,
        betweenness: a.betweenness,
        pagerank: a.pagerank,
      })),
    );
  });

  it("ranks the table by the first metric in document order", async () => {
    const run = await runInProcess(["centrality", "t", "--metrics", "core,betweenness", "--top", "2"], dir);
    expect(run.code).toBe(0);
    // Only one actor brokers anything: the top list is not padded with zeros.
    expect(run.stdout).toMatch(
      /^The top actor of 4, by betweenness:\nActor\s+World\s+Betweenness\s+Core number\n/,
    );
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(4);
    expect(run.stdout.split("\n")[3]).toMatch(/^=Hub\s+association\s+0\.6667\s+2$/);
  });

  it("writes every actor as CSV, neutralising formula-like cells", async () => {
    const run = await runInProcess(["centrality", "t", "--metrics", "core", "--format", "csv"], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe("id,label,world,core");
    expect(lines).toHaveLength(5);
    expect(lines[1]).not.toMatch(/^__proto__,=Hub/);
  });

  it("rejects an unknown metric with a usage error listing the known ones", async () => {
    const run = await runInProcess(["centrality", "t", "--metrics", "betweenness,fame"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown fame");
    expect(run.stderr).toContain("pagerank");
  });
});
