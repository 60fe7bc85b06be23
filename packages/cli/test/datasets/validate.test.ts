import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCatalyse } from "../helpers/run-catalyse.js";
import { datasetFolders } from "./dataset-folders.js";

const scratch = mkdtempSync(join(tmpdir(), "catalyse-validate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("catalyse validate", () => {
  it("finds every bundled territory under datasets/ and passes them all, without a warning", async () => {
    const folders = datasetFolders();
    expect(folders.length).toBeGreaterThanOrEqual(14);
    const run = await runCatalyse(["validate", "datasets", "--strict"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const okLines = run.stdout.split("\n").filter((line) => line.startsWith("OK "));
    expect(okLines.map((line) => line.slice(3, line.indexOf(":")))).toEqual(folders);
    for (const line of okLines)
      expect(line).toMatch(
        /: [\d,]+ actors, [\d,]+ links, (\d+ collectives?, \d+ memberships?, )?\d+ worlds?, 0 warnings$/,
      );
    expect(run.stdout).toContain(`all ${folders.length} territories valid`);
  });

  it("prints one OK line with actors, links, worlds and warnings for the default dataset", async () => {
    const run = await runCatalyse(["validate", "datasets/seed-ecosystem"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "OK datasets/seed-ecosystem: 35 actors, 10 links, 6 collectives, 36 memberships, 6 worlds, 0 warnings\n",
    );
  });

  it("prints every problem with file:line:column and exits 1", async () => {
    const folder = join(scratch, "broken");
    mkdirSync(folder);
    writeFileSync(
      join(folder, "actors.csv"),
      "id,label,world\na,A,association\na,A bis,entreprise\nb,B,fondation\n",
    );
    writeFileSync(join(folder, "links.csv"), "source,target,weight\na,b,2\na,nobody,1\nb,a,-3\n");
    const run = await runCatalyse(["validate", folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL .*broken: \d+ errors\n/);
    expect(run.stdout).toMatch(/actors\.csv:3:\d+ \(column "id"\): .*duplicate/);
    expect(run.stdout).toMatch(/links\.csv:3:\d+ \(column "target"\): .*nobody/);
    expect(run.stdout).toMatch(/links\.csv:4:\d+ \(column "weight"\)/);
    expect(run.stdout).not.toContain("OK ");
  });

  it("fails with exit 1 when one of several inputs is invalid, and says how many", async () => {
    const run = await runCatalyse(["validate", "datasets/classic/karate", join(scratch, "missing")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("OK datasets/classic/karate: 34 actors, 78 links, 2 worlds, 0 warnings");
    expect(run.stdout).toMatch(/FAIL .*missing: 1 error/);
    expect(run.stdout).toContain("1 of 2 territories invalid");
  });

  it("fails on warnings only with --strict", async () => {
    const folder = join(scratch, "warned");
    mkdirSync(folder);
    writeFileSync(join(folder, "actors.csv"), "id,label,world\na,A,association\nb,B,\n");
    writeFileSync(join(folder, "links.csv"), "source,target\na,b\nb,a\n");
    const lenient = await runCatalyse(["validate", folder]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/OK .*warned: 2 actors, 1 link, 2 worlds, 2 warnings/);
    const strict = await runCatalyse(["validate", folder, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("(--strict: warnings fail)");
  });

  it("exits 2 with a usage message when no input is given", async () => {
    const run = await runCatalyse(["validate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing input");
  });
});
