import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCatalyse } from "./helpers/run-catalyse.js";
import { runInProcess } from "./helpers/run-in-process.js";

describe("catalyse (spawned)", () => {
  it("lists its commands with --help and exits 0", async () => {
    const run = await runCatalyse(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: catalyse COMMAND/);
    expect(run.stdout).toMatch(/analyze/);
  });

  it("prints usage and exits 2 without a command", async () => {
    const run = await runCatalyse([]);
    expect(run.code).toBe(2);
  });

  it("names an unknown command and exits 2", async () => {
    const run = await runCatalyse(["analyse-moi"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command “analyse-moi”");
  });

  // In-process: spawning one process per command is slow and proves nothing more.
  it("gives every command a --help", async () => {
    const help = await runInProcess(["--help"], REPO_ROOT);
    const names = [...help.stdout.matchAll(/^ {2}(\S+) {2}/gm)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const run = await runInProcess([name, "--help"], REPO_ROOT);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toMatch(new RegExp(`^Usage: catalyse ${name} `));
    }
  });

  it("rejects an unknown option with exit 2 and no stack trace", async () => {
    const run = await runCatalyse(["analyze", "--bogus", "x"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--bogus");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects an unsupported --format with exit 2", async () => {
    const run = await runCatalyse(["analyze", "somewhere", "--format", "pdf"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected one of table, json, csv");
  });

  it("rejects a missing input with exit 2", async () => {
    const run = await runCatalyse(["analyze"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing input");
  });
});
