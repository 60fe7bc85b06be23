import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReadmeSection } from "../lib/readme-section.js";

const BEGIN = "<!-- t:start -->";
const END = "<!-- t:end -->";

function readme(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "readme-section-")), "README.md");
  writeFileSync(file, text);
  return file;
}

describe("writeReadmeSection", () => {
  it("replaces what lies between the markers and keeps the prose around them", () => {
    const file = readme(`# Title\n\nBefore.\n\n${BEGIN}\nold table\n${END}\n\nAfter.\n`);
    writeReadmeSection(file, BEGIN, END, "| new |");
    expect(readFileSync(file, "utf8")).toBe(`# Title\n\nBefore.\n\n${BEGIN}\n| new |\n${END}\n\nAfter.\n`);
  });

  it("appends a section under its heading when asked, else leaves a file without markers alone", () => {
    const file = readme("# Title\n\nProse.\n");
    writeReadmeSection(file, BEGIN, END, "| t |");
    expect(readFileSync(file, "utf8")).toBe("# Title\n\nProse.\n");
    writeReadmeSection(file, BEGIN, END, "| t |", { appendUnder: "suite" });
    expect(readFileSync(file, "utf8")).toBe(`# Title\n\nProse.\n\n## suite\n\n${BEGIN}\n| t |\n${END}\n`);
  });
});
