import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTerritory } from "@catalyse/core";
import { writeJson } from "@catalyse/io";
import { describe, expect, it } from "vitest";
import { terminalSafe } from "../../src/format/terminal-safe.js";
import { runInProcess } from "../helpers/run-in-process.js";

describe("terminalSafe", () => {
  it("shows escape sequences, carriage returns and bidirectional overrides as visible escapes", () => {
    expect(terminalSafe("a\u001b[2Jb\rc\u202ed\u0085e\u007f")).toBe(
      "a\\u001b[2Jb\\u000dc\\u202ed\\u0085e\\u007f",
    );
  });
  it("keeps line feeds, tabs, accents and emoji", () => {
    expect(terminalSafe("État\tGAIA\n« ok » 🙂")).toBe("État\tGAIA\n« ok » 🙂");
  });
  it("keeps carriage returns only when asked (the progress bar draws with them)", () => {
    expect(terminalSafe("\rx", { keepReturns: true })).toBe("\rx");
  });
});

describe("no control character from the input reaches the terminal", () => {
  it("in the analyze table and in warnings", async () => {
    const dir = await mkdtemp(join(tmpdir(), "catalyse-escape-"));
    try {
      // JSON: the CSV reader already refuses control bytes; JSON strings may hold any character.
      const { graph } = createTerritory({
        actors: [
          { id: "a", label: "Evil\u001b]0;pwned\u0007 corp", world: "entreprise" },
          { id: "b", label: "B", world: "association" },
          { id: "c", label: "C\u202eCA", world: "association" },
        ],
        links: [
          { source: "a", target: "b" },
          { source: "a", target: "c" },
        ],
      });
      await writeFile(join(dir, "t.json"), writeJson(graph));
      const run = await runInProcess(["analyze", "t.json"], dir);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Evil\\u001b]0;pwned\\u0007 corp");
      // Every control character is shown escaped (terminalSafe is tested above).
      expect(terminalSafe(run.stdout)).toBe(run.stdout);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
