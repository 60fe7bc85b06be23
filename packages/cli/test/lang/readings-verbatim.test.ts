/**
 * The CLI prints the readings verbatim: on every bundled territory, the
 * `catalyse analyze` table holds the text of each of its readings, in French
 * and in English (spawned as users run it on two territories, in process on
 * the others: the same code, without a process start each), and the report
 * holds them too.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { analysisReadings, LANGS } from "@catalyse/readings";
import { escapeHtml } from "@catalyse/report";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetFolders, REPO_ROOT } from "../datasets/dataset-folders.js";
import { runCatalyse } from "../helpers/run-catalyse.js";
import { runInProcess } from "../helpers/run-in-process.js";

const FOLDERS = datasetFolders();
const SPAWNED = new Set(["datasets/seed-ecosystem", "datasets/pilots/10-plaine-d-essai"]);

describe("catalyse analyze prints each reading verbatim", () => {
  it("covers every bundled dataset", () => {
    expect(FOLDERS.length).toBeGreaterThanOrEqual(14);
    for (const folder of SPAWNED) expect(FOLDERS).toContain(folder);
  });
  for (const folder of FOLDERS)
    it(`${folder}, in French and in English`, async () => {
      const { graph } = await readTerritoryPath(join(REPO_ROOT, folder));
      const document = analyze(graph);
      for (const lang of LANGS) {
        const readings = analysisReadings(document, { lang });
        expect(readings.length, lang).toBeGreaterThan(2);
        const args = ["analyze", folder, "--lang", lang];
        const run = SPAWNED.has(folder) ? await runCatalyse(args) : await runInProcess(args, REPO_ROOT);
        expect(run.code, run.stderr).toBe(0);
        for (const reading of readings) expect(run.stdout, `${lang} ${reading.id}`).toContain(reading.text);
      }
    }, 60_000);
});

describe("catalyse report prints each reading verbatim", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "catalyse-report-lang-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  for (const folder of ["datasets/seed-ecosystem", "datasets/pilots/03-plateau-imaginaire"])
    for (const lang of LANGS)
      it(`${folder} --lang ${lang}: HTML with <html lang="${lang}"> and Markdown`, async () => {
        const { graph } = await readTerritoryPath(join(REPO_ROOT, folder));
        const readings = analysisReadings(analyze(graph), { lang });
        // One file per territory and language: --out refuses to replace an existing file.
        const html = join(dir, `${folder.replaceAll("/", "-")}-${lang}.html`);
        const run = await runCatalyse(["report", folder, "--lang", lang, "--out", html, "--pilots", "none"]);
        expect(run.code, run.stderr).toBe(0);
        const page = await readFile(html, "utf8");
        expect(page).toContain(`<html lang="${lang}">`);
        for (const reading of readings) expect(page, reading.id).toContain(escapeHtml(reading.text));
        const markdown = await runCatalyse([
          "report",
          folder,
          "--lang",
          lang,
          "--format",
          "md",
          "--pilots",
          "none",
        ]);
        expect(markdown.code).toBe(0);
        // Markdown escaping only adds backslashes: remove them to compare.
        const plain = markdown.stdout.replace(/\\([\\`*_[\]|~<&#>+-])/g, "$1");
        for (const reading of readings) expect(plain, reading.id).toContain(reading.text);
      }, 60_000);
});
