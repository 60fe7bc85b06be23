import { parseCsv } from "@catalyse/io";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "../../../../scripts/datasets/territory-writer.js";

describe("the datasets' CSV writer", () => {
  it("quotes cells holding a comma, a quote, a line break or surrounding spaces, and only those", () => {
    expect(csvCell("plain text, with a comma")).toBe('"plain text, with a comma"');
    expect(csvCell('« le "jouer collectif" »')).toBe('"« le ""jouer collectif"" »"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell("Métropole de Grenoble")).toBe("Métropole de Grenoble");
    expect(csvCell(-1.6778)).toBe("-1.6778");
    expect(csvCell(null)).toBe("");
  });

  it("refuses a text cell that a spreadsheet would run as a formula", () => {
    for (const formula of ["=SUM(A1)", "+33", "-x", "@cmd"])
      expect(() => csvCell(formula)).toThrow(/formula/);
    expect(() => csvCell(Number.NaN)).toThrow(/NaN/);
  });

  it("writes documents that the io CSV reader reads back cell for cell", () => {
    const text = fc.string({ unit: "grapheme" }).filter((value) => !/^[=+\-@]/.test(value));
    const rows = fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, (body) => {
        // Blank rows are skipped by readers, like spreadsheets do; keep rows with content.
        const kept = body.filter((row) => row.some((cell) => cell.trim() !== ""));
        const parsed = parseCsv(csvDocument(["a", "b", "c"], kept), { file: "t.csv", delimiter: "," });
        expect(parsed.problems).toEqual([]);
        expect(parsed.records.map((record) => record.cells.map((cell) => cell.value))).toEqual([
          ["a", "b", "c"],
          ...kept,
        ]);
      }),
    );
  });
});
