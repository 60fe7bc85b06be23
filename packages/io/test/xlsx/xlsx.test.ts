import { readFileSync } from "node:fs";
import { createTerritory } from "@catalyse/core";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/xlsx/read-xlsx.js";
import { writeXlsx } from "../../src/xlsx/write-xlsx.js";
import { problemsOf } from "../helpers.js";

const fixture = (name: string) => ({
  name,
  data: new Uint8Array(readFileSync(new URL(`../fixtures/xlsx/${name}`, import.meta.url))),
});

describe("readXlsx on a workbook written by openpyxl with French sheet names", () => {
  const { graph, warnings } = readXlsx(fixture("french.xlsx"));

  it("reads sheets Acteurs and Liens with French headers, skipping empty rows", () => {
    expect(graph.mapNodes((_k, a) => [a.id, a.label, a.world, a.lat, a.lon])).toEqual([
      ["001", "Mairie de Saint-Étienne", "collectivité", 45.4397, 4.3872],
      ["002", "Les Amis", "association", null, null],
      ["003", "Préfecture", "État", null, null],
    ]);
  });

  it("turns date-formatted cells into ISO dates and keeps numbers and booleans typed", () => {
    expect(graph.getNodeAttribute("0", "attributes")).toEqual({
      "Créée le": "1998-05-03",
      Budget: 1250.5,
      Labellisée: true,
    });
    expect(graph.getAttribute("actorAttributeTypes")).toEqual({
      "Créée le": "date",
      Budget: "number",
      Labellisée: "boolean",
    });
  });

  it("reads links: empty weight = 1, numeric years and date cells as dates, formulas by cached value", () => {
    expect(graph.mapEdges((_k, a) => [a.weight, a.types, a.start, a.end, a.attributes])).toEqual([
      [2.5, ["subvention"], "2012", "2015", { Preuve: "convention" }],
      [1, ["contrat"], "2012-05-03", null, { Preuve: null }],
    ]);
    expect(warnings).toEqual([]);
  });
});

describe("readXlsx refuses bad workbooks, naming sheet, row and column", () => {
  it("collects duplicate ids, unknown actors and bad weights in one pass", () => {
    const problems = problemsOf(() => readXlsx(fixture("bad.xlsx")));
    expect(problems.map((p) => [p.file, p.line, p.column, p.field])).toEqual([
      ["bad.xlsx (sheet LINKS)", 2, 2, "target"],
      ["bad.xlsx (sheet LINKS)", 2, 3, "weight"],
      ["bad.xlsx (sheet LINKS)", 3, 3, "weight"],
      ["bad.xlsx (sheet actors)", 3, 1, "id"],
    ]);
  });

  it("a missing links sheet", () => {
    const [problem] = problemsOf(() => readXlsx(fixture("no-links-sheet.xlsx")));
    expect(problem).toMatchObject({ file: "no-links-sheet.xlsx", found: 'sheets "actors", "Feuil2"' });
    expect(problem!.expected).toBe("a sheet named links (or liens)");
  });

  it("a file that is not a zip archive", () => {
    const [problem] = problemsOf(() => readXlsx({ name: "fake.xlsx", data: strToU8("id,label\n") }));
    expect(problem!.found).toMatch(/not an XLSX workbook/);
  });

  it("malformed sheet XML, with the part, line and column", () => {
    const files = unzipSync(writeXlsx(createTerritory({ actors: [{ id: "a" }], links: [] }).graph));
    files["xl/worksheets/sheet1.xml"] = strToU8("<worksheet>\n<sheetData>\n</worksheet>");
    const problems = problemsOf(() => readXlsx({ name: "t.xlsx", data: zipSync(files) }));
    expect(problems).toEqual([expect.objectContaining({ file: "t.xlsx/xl/worksheets/sheet1.xml", line: 3 })]);
  });
});

describe("readXlsx on hand-made parts", () => {
  it("reads shared strings, rich text runs and cells given without references", () => {
    const files = unzipSync(writeXlsx(createTerritory({ actors: [{ id: "a" }], links: [] }).graph));
    files["xl/sharedStrings.xml"] = strToU8(
      '<sst><si><t>identifiant</t></si><si><r><t>Ri</t></r><r><t xml:space="preserve">ch </t></r></si></sst>',
    );
    files["xl/worksheets/sheet1.xml"] = strToU8(
      '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row><row r="2"><c t="s"><v>1</v></c></row></sheetData></worksheet>',
    );
    const { graph } = readXlsx({ name: "t.xlsx", data: zipSync(files) });
    expect(graph.getNodeAttribute("0", "id")).toBe("Rich");
  });
});

describe("writeXlsx", () => {
  it("writes sheets actors, links and territory that read back unchanged", () => {
    const { graph } = createTerritory({
      meta: { name: "T", extra: { pilot: [1, 2] }, actorAttributeTypes: { code: "string" } },
      actors: [
        {
          id: "001",
          label: "=1+1",
          world: "association",
          lat: -3.5,
          lon: 2,
          attributes: { code: "007", ok: true },
        },
        { id: "__proto__", label: " x ", world: "État", attributes: { code: null, ok: false } },
      ],
      links: [
        {
          source: "001",
          target: "__proto__",
          weight: 0.25,
          type: "t",
          start: "2012-05",
          attributes: { n: -1 },
        },
      ],
    });
    const back = readXlsx({ name: "t.xlsx", data: writeXlsx(graph) }).graph;
    expect(back.mapNodes((_k, a) => a)).toEqual(graph.mapNodes((_k, a) => a));
    expect(back.mapEdges((_k, a) => a)).toEqual(graph.mapEdges((_k, a) => a));
    expect(back.getAttribute("extra")).toEqual({ pilot: [1, 2] });
    expect(Object.keys(unzipSync(writeXlsx(graph)))).toContain("xl/worksheets/sheet3.xml");
  });
});
