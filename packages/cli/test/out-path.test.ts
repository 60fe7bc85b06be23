import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "@catalyse/io/node";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/run-catalyse.js";
import { runInProcess } from "./helpers/run-in-process.js";

/** A scratch folder holding a copy of the karate club territory as `karate/`. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "catalyse-out-"));
  cpSync(join(REPO_ROOT, "datasets/classic/karate"), join(dir, "karate"), { recursive: true });
  return dir;
}

describe("--out never destroys an input", () => {
  it("analyze in.json --out in.json is refused and in.json is unchanged", async () => {
    const dir = scratch();
    expect((await runInProcess(["export", "karate", "--format", "json", "--out", "in.json"], dir)).code).toBe(
      0,
    );
    const before = readFileSync(join(dir, "in.json"), "utf8");
    const run = await runInProcess(["analyze", "in.json", "--format", "json", "--out", "in.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out in.json is the input in.json");
    expect(readFileSync(join(dir, "in.json"), "utf8")).toBe(before);
  });

  it("export DIR --out DIR (and any path inside DIR) is refused and the folder is unchanged", async () => {
    const dir = scratch();
    const before = readdirSync(join(dir, "karate")).map((name) =>
      readFileSync(join(dir, "karate", name), "utf8"),
    );
    for (const out of ["karate", "karate/territory.json", "karate/sub/x.gexf"]) {
      const run = await runInProcess(["export", "karate", "--format", "json", "--out", out, "--force"], dir);
      expect(run.code, out).toBe(2);
    }
    const after = readdirSync(join(dir, "karate")).map((name) =>
      readFileSync(join(dir, "karate", name), "utf8"),
    );
    expect(after).toEqual(before);
  });

  it("export --format csv --out out.csv is refused instead of writing into the parent folder", async () => {
    const dir = scratch();
    const run = await runInProcess(["export", "karate", "--format", "csv", "--out", "out.csv"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("writes a folder");
    expect(readdirSync(dir)).toEqual(["karate"]);
  });
});

describe("--out: one convention for existing files, folders created", () => {
  it("refuses an existing file without --force and replaces it with --force", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "analysis.json"), "keep me");
    const refused = await runInProcess(
      ["analyze", "karate", "--format", "json", "--out", "analysis.json"],
      dir,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--out analysis.json already exists; add --force");
    expect(readFileSync(join(dir, "analysis.json"), "utf8")).toBe("keep me");
    const forced = await runInProcess(
      ["analyze", "karate", "--format", "json", "--out", "analysis.json", "--force"],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "analysis.json"), "utf8"))).toHaveProperty("actors");
    // No temporary file is left beside it.
    expect(readdirSync(dir).sort()).toEqual(["analysis.json", "karate"]);
  });

  it("refuses a non-empty export folder without --force", async () => {
    const dir = scratch();
    expect((await runInProcess(["export", "karate", "--format", "csv", "--out", "out/csv"], dir)).code).toBe(
      0,
    );
    expect(readdirSync(join(dir, "out/csv")).sort()).toEqual(["actors.csv", "links.csv", "territory.json"]);
    const again = await runInProcess(["export", "karate", "--format", "csv", "--out", "out/csv"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists; add --force");
  });

  it("creates missing folders, and says why when it cannot", async () => {
    const dir = scratch();
    const made = await runInProcess(["analyze", "karate", "--format", "json", "--out", "a/b/c.json"], dir);
    expect(made.code).toBe(0);
    expect(existsSync(join(dir, "a/b/c.json"))).toBe(true);
    writeFileSync(join(dir, "file"), "");
    const blocked = await runInProcess(
      ["analyze", "karate", "--format", "json", "--out", "file/sub/c.json"],
      dir,
    );
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain("cannot create the folder");
    expect(blocked.stderr).toContain("a file stands where a folder is needed");
    expect(blocked.stderr).not.toContain("ENOTDIR");
  });
});

describe("writeFileAtomic", () => {
  it("leaves neither a half-written file nor a temporary one when the write fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "catalyse-atomic-"));
    writeFileSync(join(dir, "keep.txt"), "old");
    // The target is a non-empty folder: the data reaches the temporary file, then the rename fails.
    mkdirSync(join(dir, "taken"));
    writeFileSync(join(dir, "taken", "inner"), "");
    await expect(writeFileAtomic(join(dir, "taken"), "new")).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["keep.txt", "taken"]);
    await writeFileAtomic(join(dir, "keep.txt"), "new");
    expect(readFileSync(join(dir, "keep.txt"), "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["keep.txt", "taken"]);
  });
});
