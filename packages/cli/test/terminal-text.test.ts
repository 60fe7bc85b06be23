import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeControlCharacters, terminalWriter } from "../src/terminal-text.js";
import { runCatalyse } from "./helpers/run-catalyse.js";

const capture = () => {
  const chunks: string[] = [];
  return { chunks, write: terminalWriter((text) => chunks.push(text)) };
};

describe("terminal output escapes control characters", () => {
  it("escapeControlCharacters shows ESC, BEL, CR, DEL, C1 and bidi overrides; keeps \\n, \\t and accents", () => {
    expect(escapeControlCharacters("a\u001b]0;pwned\u0007b\rc\u007f\u009b\u202e é\t\n")).toBe(
      "a\\x1B]0;pwned\\x07b\\x0Dc\\x7F\\x9B\\u202E é\t\n",
    );
  });

  it("lets our progress bar redraw its line (a leading and a trailing CR in a chunk without a line feed)", () => {
    const { chunks, write } = capture();
    write("\rread [###   ] 50%");
    write(`\r${" ".repeat(3)}\r`);
    write("warning: label \u001b[2J\r\n");
    expect(chunks).toEqual(["\rread [###   ] 50%", "\r   \r", "warning: label \\x1B[2J\\x0D\n"]);
  });

  it("catalyse never sends a label's escape sequence to stderr", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "catalyse-tty-"));
    // A duplicate id holding ESC [2J (clear screen) and OSC 0 (set the window title, ended by ESC \).
    const id = "x\u001b[2J\u001b]0;owned\u001b\\";
    writeFileSync(join(dir, "actors.csv"), `id\n${id}\n${id}\n`);
    writeFileSync(join(dir, "links.csv"), "source,target\n");
    const run = await runCatalyse(["analyze", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("x\\x1B[2J\\x1B]0;owned\\x1B\\");
    expect(run.stderr).not.toContain("\u001b");
  });
});
