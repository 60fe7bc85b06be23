/**
 * French outputs hold no English sentence: every command's table, help and
 * messages, and the HTML and Markdown reports, with `--lang fr`. The data
 * (labels, worlds, territory names and descriptions) is set aside: it is in
 * whatever language its authors wrote it.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/commands/index.js";
import { REPO_ROOT } from "../datasets/dataset-folders.js";
import { englishIn, htmlText } from "../helpers/english.js";
import { runInProcess } from "../helpers/run-in-process.js";

const SEED = "datasets/seed-ecosystem";
const PILOTS = ["datasets/pilots/01-val-d-exemple", "datasets/pilots/02-presqu-ile-fictive"];

/** Every string of a territory's data. */
function dataOf(graph: TerritoryGraph): string[] {
  const strings = [graph.getAttribute("name") ?? "", graph.getAttribute("description") ?? ""];
  graph.forEachNode((key, attributes) => {
    strings.push(key, attributes.label, attributes.world);
  });
  return strings;
}

const data: string[] = [];
let dir = "";

beforeAll(async () => {
  for (const folder of [SEED, ...PILOTS])
    data.push(...dataOf((await readTerritoryPath(join(REPO_ROOT, folder))).graph));
  dir = await mkdtemp(join(tmpdir(), "catalyse-fr-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function french(args: readonly string[]): Promise<string> {
  const run = await runInProcess([...args, "--lang", "fr"], REPO_ROOT);
  return run.stdout + run.stderr;
}

describe("with --lang fr, no English sentence", () => {
  it("detects English when there is some (the check can fail)", async () => {
    const english = await runInProcess(["analyze", SEED, "--lang", "en"], REPO_ROOT);
    expect(englishIn(english.stdout, { strings: data }).length).toBeGreaterThan(5);
  });

  for (const args of [
    ["analyze", SEED],
    ["analyze", SEED, "--null", "3"],
    ["centrality", SEED],
    ["communities", SEED],
    ["timeline", SEED],
    ["compare", ...PILOTS],
    ["validate", SEED],
    ["explain"],
    ["explain", "intermédiarité"],
    ["analyze", SEED, "--format", "xml"],
    ["analyze", SEED, "--bogus"],
  ])
    it(`catalyse ${args.join(" ")}`, async () => {
      expect(englishIn(await french(args), { strings: data })).toEqual([]);
    });

  it("catalyse --help and every command's --help", async () => {
    expect(englishIn(await french(["--help"]), { strings: data })).toEqual([]);
    for (const command of COMMANDS)
      expect(englishIn(await french([command.name, "--help"]), { strings: data }), command.name).toEqual([]);
  });

  it("catalyse report, HTML and Markdown, one territory among the pilots and a comparison", async () => {
    const html = join(dir, "seed.html");
    await french(["report", SEED, "--out", html, "--pilots", "datasets/pilots"]);
    expect(englishIn(htmlText(await readFile(html, "utf8")), { strings: data })).toEqual([]);
    const markdown = await french(["report", SEED, "--format", "md", "--pilots", "none"]);
    expect(englishIn(markdown.replace(/\\(.)/g, "$1"), { strings: data })).toEqual([]);
    const comparison = join(dir, "pilots.html");
    await french(["report", ...PILOTS, "--out", comparison]);
    expect(englishIn(htmlText(await readFile(comparison, "utf8")), { strings: data })).toEqual([]);
  }, 120_000);
});
