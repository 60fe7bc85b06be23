import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { STREAM_BYTES, streams } from "../../src/load-for-analysis.js";
import { REPO_ROOT, runCatalyse } from "../helpers/run-catalyse.js";
import { runInProcess } from "../helpers/run-in-process.js";

const KARATE = "datasets/classic/karate";
const SEED = "datasets/seed-ecosystem";

/** The JSON documents of `args` on one thread and on two (the second run must succeed). */
async function oneAndTwoThreads(args: string[]) {
  const one = await runCatalyse([...args, "--threads", "1"]);
  const two = await runCatalyse([...args, "--threads", "2"]);
  expect(two.code).toBe(0);
  return [JSON.parse(one.stdout), JSON.parse(two.stdout)];
}

describe("catalyse analyze --threads / --approx (spawned)", () => {
  it("gives the same document on 2 worker threads as on one thread, up to 1e-12", async () => {
    const [a, b] = await oneAndTwoThreads(["analyze", KARATE, "--format", "json"]);
    expect(b.graph.betweennessMethod).toBe("exact");
    for (let i = 0; i < a.actors.length; i++)
      for (const key of ["betweenness", "betweennessWeighted", "closeness", "harmonic"])
        expect(Math.abs(b.actors[i][key] - a.actors[i][key])).toBeLessThanOrEqual(
          1e-12 * Math.abs(a.actors[i][key]),
        );
  });

  it("spreads --null replicates over 2 worker threads with the one-thread document", async () => {
    const [a, b] = await oneAndTwoThreads(["analyze", KARATE, "--format", "json", "--null", "6"]);
    expect(b.graph.nullModels.replicates).toBe(6);
    expect(b.graph.nullModels).toEqual(a.graph.nullModels);
  });

  it("samples betweenness with --approx, says so on stderr and in the JSON", async () => {
    const run = await runCatalyse(["analyze", KARATE, "--format", "json", "--approx", "0.05,0.2"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/notice: betweenness approximated .*ε = 0.05/);
    const document = JSON.parse(run.stdout);
    expect(document.graph).toMatchObject({ betweennessMethod: "approx", epsilon: 0.05, delta: 0.2 });
  });

  it("with --approx, samples closeness and betweenness on 2 worker threads as on one, exactly", async () => {
    const [a, b] = await oneAndTwoThreads(["analyze", SEED, "--format", "json", "--approx", "0.2,0.2"]);
    expect(b.graph.betweennessMethod).toBe("approx");
    for (const key of ["betweenness", "closeness", "harmonic"]) {
      const values = (document: { actors: Record<string, number | null>[] }) =>
        document.actors.map((actor) => actor[key]);
      expect(values(b)).toEqual(values(a));
      expect(values(b).some((value) => typeof value === "number" && value > 0)).toBe(true);
    }
  });

  it("refuses a bad --approx or --threads, or both --approx and --exact, with exit 2", async () => {
    expect((await runInProcess(["analyze", KARATE, "--approx", "3"], REPO_ROOT)).code).toBe(2);
    expect((await runInProcess(["analyze", KARATE, "--threads", "0"], REPO_ROOT)).code).toBe(2);
    expect((await runInProcess(["analyze", KARATE, "--exact", "--approx", "0.1"], REPO_ROOT)).code).toBe(2);
  });
});

describe("catalyse analyze --reader", () => {
  it("gives the same document streamed as read in full (seed ecosystem: labels, dates, types)", async () => {
    const full = await runInProcess(["analyze", SEED, "--format", "json", "--reader", "full"], REPO_ROOT);
    const streamed = await runInProcess(
      ["analyze", SEED, "--format", "json", "--reader", "stream"],
      REPO_ROOT,
    );
    expect(streamed.code).toBe(0);
    expect(JSON.parse(streamed.stdout)).toEqual(JSON.parse(full.stdout));
    expect(streamed.stdout).toContain('"label": "Labo des partenariats de Grenoble"');
  });

  it("streams French Excel folders (acteurs.csv, liens.csv, territoire.json) like the ordinary reader", async () => {
    const folder = "datasets/formats/seed-ecosystem-excel-fr";
    const full = await runInProcess(["analyze", folder, "--format", "json", "--reader", "full"], REPO_ROOT);
    const streamed = await runInProcess(
      ["analyze", folder, "--format", "json", "--reader", "stream"],
      REPO_ROOT,
    );
    expect(streamed.code).toBe(0);
    expect(JSON.parse(streamed.stdout)).toEqual(JSON.parse(full.stdout));
  });

  it("prints the same table, territory name first", async () => {
    const full = await runInProcess(["analyze", SEED, "--reader", "full"], REPO_ROOT);
    const streamed = await runInProcess(["analyze", SEED, "--reader", "stream"], REPO_ROOT);
    expect(streamed.stdout).toBe(full.stdout);
  });

  it("streams automatically above STREAM_BYTES of links.csv, and only folders", () => {
    expect(streams("auto", STREAM_BYTES + 1)).toBe(true);
    expect(streams("auto", STREAM_BYTES)).toBe(false);
    expect(streams("full", 10 * STREAM_BYTES)).toBe(false);
    expect(streams("stream", 100)).toBe(true);
    expect(streams("stream", null)).toBe(false);
  });

  it("refuses an unknown reader, or streaming a single file, with exit 2", async () => {
    expect((await runInProcess(["analyze", KARATE, "--reader", "fast"], REPO_ROOT)).code).toBe(2);
    const file = "datasets/seed-ecosystem/territory.json";
    expect((await runInProcess(["analyze", file, "--reader", "stream"], REPO_ROOT)).code).toBe(2);
  });
});

describe("catalyse export --format parquet (spawned)", () => {
  it("writes nodes.parquet and edges.parquet, from the graph or streamed, with the same rows", async () => {
    const out = mkdtempSync(join(tmpdir(), "catalyse-export-"));
    const full = await runCatalyse(["export", KARATE, "--format", "parquet", "--out", join(out, "full")]);
    expect(full.code).toBe(0);
    const streamed = await runCatalyse(["export", KARATE, "--out", join(out, "streamed"), "--stream"]);
    expect(streamed.code).toBe(0);
    const read = async (file: string) => parquetReadObjects({ file: await asyncBufferFromFile(file) });
    const nodes = await read(join(out, "full", "nodes.parquet"));
    const edges = await read(join(out, "full", "edges.parquet"));
    expect(nodes).toHaveLength(34);
    expect(edges).toHaveLength(78);
    expect(Object.keys(edges[0]!).slice(0, 6)).toEqual(["src", "dst", "weight", "type", "start", "end"]);
    const pick = (rows: Record<string, unknown>[], keys: string[]) =>
      rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])));
    expect(await read(join(out, "streamed", "nodes.parquet"))).toEqual(pick(nodes, ["id", "label", "world"]));
    expect(await read(join(out, "streamed", "edges.parquet"))).toEqual(pick(edges, ["src", "dst", "weight"]));
  });

  it("needs --out", async () => {
    const run = await runInProcess(["export", KARATE], REPO_ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
  });
});
