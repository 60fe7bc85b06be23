import { createTerritory } from "@catalyse/core";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_SHEET_COLUMN } from "../../src/limits.js";
import { readXlsx } from "../../src/xlsx/read-xlsx.js";
import { writeXlsx } from "../../src/xlsx/write-xlsx.js";
import { problemsOf } from "../helpers.js";

/** A valid workbook's parts, to be changed by each test. */
function parts(): Record<string, Uint8Array> {
  const { graph } = createTerritory({
    actors: [
      { id: "a", label: "A", world: "association" },
      { id: "b", label: "B", world: "entreprise" },
    ],
    links: [{ source: "a", target: "b", weight: 2 }],
  });
  return unzipSync(writeXlsx(graph));
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const book = (entries: Record<string, Uint8Array>) => ({ name: "t.xlsx", data: zipSync(entries) });

describe("readXlsx limits", () => {
  it("reads the unchanged workbook (the tests below change one thing)", () => {
    expect(readXlsx(book(parts())).graph.order).toBe(2);
  });

  it("refuses a cell reference beyond Excel's last column, naming the sheet and row", () => {
    const entries = parts();
    const sheet = Object.keys(entries).find(
      (name) => text(entries[name]).includes(">a<") || name.endsWith("sheet1.xml"),
    )!;
    entries[sheet] = strToU8(text(entries[sheet]).replace(/<c r="A2"/, '<c r="ZZZZZZZ2"'));
    const [problem] = problemsOf(() => readXlsx(book(entries)));
    expect(problem?.file).toMatch(/^t\.xlsx \(sheet /);
    expect(problem?.line).toBe(2);
    expect(problem?.found).toContain("ZZZZZZZ2");
    expect(problem?.expected).toContain("XFD1048576");
  });

  it("keeps a cell at the last column without filling the row with thousands of empty cells", () => {
    const entries = parts();
    entries["xl/worksheets/sheet1.xml"] = strToU8(
      text(entries["xl/worksheets/sheet1.xml"]).replace(
        /(<row r="2"[^>]*>[\s\S]*?)<\/row>/,
        `$1<c r="XFD2" t="inlineStr"><is><t>far</t></is></c></row>`,
      ),
    );
    const { graph, warnings } = readXlsx(book(entries));
    expect(graph.order).toBe(2);
    expect(warnings.some((w) => w.column === MAX_SHEET_COLUMN && w.found.includes("far"))).toBe(true);
  });

  it("never inflates an entry it does not read (a zip bomb hidden in an unused part)", () => {
    const entries = parts();
    entries["xl/media/bomb.xml"] = new Uint8Array(16 * 1024 * 1024);
    const data = zipSync(entries, { level: 9 });
    expect(data.byteLength).toBeLessThan(100 * 1024);
    expect(readXlsx({ name: "t.xlsx", data }).graph.order).toBe(2);
    // Proof that it is skipped, not inflated: a broken deflate stream (block type 3) in that entry
    // would make inflating it throw, yet the workbook reads.
    const name = strToU8("xl/media/bomb.xml");
    const at = data.findIndex((_byte, i) => name.every((c, k) => data[i + k] === c));
    data[at + name.length] = 0x07;
    expect(() => unzipSync(data)).toThrow();
    expect(readXlsx({ name: "t.xlsx", data }).graph.order).toBe(2);
  });

  it("refuses a part that inflates more than maxInflateRatio times", () => {
    const entries = parts();
    const sheet = text(entries["xl/worksheets/sheet1.xml"]);
    entries["xl/worksheets/sheet1.xml"] = strToU8(
      sheet.replace("<sheetData>", `<sheetData>${" ".repeat(400_000)}`),
    );
    const [problem] = problemsOf(() => readXlsx(book(entries)));
    expect(problem?.file).toBe("t.xlsx/xl/worksheets/sheet1.xml");
    expect(problem?.found).toMatch(/inflates \d+ times/);
    expect(problem?.expected).toContain("zip bomb");
  });

  it("refuses parts larger in all than maxXmlBytes, and reads them when the limit is raised", () => {
    const entries = parts();
    const [problem] = problemsOf(() => readXlsx(book(entries), { limits: { maxXmlBytes: 500 } }));
    expect(problem?.file).toBe("t.xlsx");
    expect(problem?.found).toMatch(/more than the limit of 0\.0? ?MB|more than the limit/);
    expect(problem?.expected).toContain("--max-input-mb");
    expect(readXlsx(book(entries), { limits: { maxXmlBytes: 10_000_000 } }).graph.order).toBe(2);
  });

  it("reports a sheet whose relationship does not resolve (it was read as nothing: '0 errors')", () => {
    const entries = parts();
    entries["xl/_rels/workbook.xml.rels"] = strToU8(
      text(entries["xl/_rels/workbook.xml.rels"]).replace(
        /Target="worksheets\/sheet1.xml"/,
        'Target="worksheets/missing.xml"',
      ),
    );
    const problems = problemsOf(() => readXlsx(book(entries)));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.found).toMatch(
      /sheet "\w+" whose part xl\/worksheets\/missing.xml is not in the archive/,
    );
  });

  it("reports a shared string out of range at its cell (it became an empty cell)", () => {
    const entries = parts();
    const name = Object.keys(entries).find((entry) => /<c [^>]*t="s"/.test(text(entries[entry])));
    if (name === undefined) {
      // Our writer uses inline strings: add a shared-string cell to the first sheet.
      entries["xl/worksheets/sheet1.xml"] = strToU8(
        text(entries["xl/worksheets/sheet1.xml"]).replace("</row>", '<c r="D1" t="s"><v>99</v></c></row>'),
      );
    } else entries[name] = strToU8(text(entries[name]).replace(/(<c [^>]*t="s"[^>]*><v>)\d+/, "$199"));
    const [problem] = problemsOf(() => readXlsx(book(entries)));
    expect(problem?.found).toMatch(/shared string number 99, but the workbook has \d+/);
    expect(problem?.line).toBe(1);
  });

  it("refuses a text file and a damaged archive with the file's name", () => {
    expect(problemsOf(() => readXlsx({ name: "t.xlsx", data: "id,label" }))[0]?.file).toBe("t.xlsx");
    const data = zipSync(parts()).slice(0, 300);
    expect(problemsOf(() => readXlsx({ name: "t.xlsx", data }))[0]?.found).toContain("not an XLSX workbook");
  });
});
