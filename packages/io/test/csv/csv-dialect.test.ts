import { createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { CSV_DIALECTS, csvDialectSettings, isCsvDialect } from "../../src/csv/csv-dialect.js";
import { parseCsv } from "../../src/csv/parse-csv.js";
import { readTerritoryCsv } from "../../src/csv/read-territory-csv.js";
import { toCsv } from "../../src/csv/to-csv.js";
import { writeTerritoryCsv } from "../../src/csv/write-territory-csv.js";
import { decodeText } from "../../src/decode.js";
import { parseNumber } from "../../src/values.js";

const encode = (text: string) => new TextEncoder().encode(text);

describe("CSV dialects", () => {
  it("rfc4180 is the default: commas, decimal point, LF, no BOM", () => {
    expect(toCsv(["a", "b"], [[0.5, "x"]])).toBe("a,b\n0.5,x\n");
    expect(toCsv(["a", "b"], [[0.5, "x"]], { dialect: "rfc4180" })).toBe("a,b\n0.5,x\n");
  });

  it("excel-fr writes a UTF-8 BOM, semicolons, decimal commas and CRLF", () => {
    expect(toCsv(["acteur", "intermédiarité"], [["État", 0.25]], { dialect: "excel-fr" })).toBe(
      "\ufeffacteur;intermédiarité\r\nÉtat;0,25\r\n",
    );
  });

  it("excel-fr still neutralises formulas, and quotes cells holding a semicolon", () => {
    expect(toCsv(["v"], [["=HYPERLINK(1)"], ["+x"], ["a;b"], [-1.5]], { dialect: "excel-fr" })).toBe(
      "\ufeffv\r\n'=HYPERLINK(1)\r\n'+x\r\n\"a;b\"\r\n-1,5\r\n",
    );
  });

  it("an option given beside a dialect wins over the dialect's default", () => {
    expect(toCsv(["a"], [[1.5]], { dialect: "excel-fr", bom: false, newline: "\n" })).toBe("a\n1,5\n");
  });

  it("excel-fr bytes read back through the io reader give every cell and number", () => {
    const rows = [
      ["Ville de Grenoble", 0.4321, "=1+1"],
      ['x;y "quoted"', -2.5, "line\r\nbreak"],
      ["__proto__", 1e-7, "é"],
    ] as const;
    const text = toCsv(["label", "value", "note"], rows, { dialect: "excel-fr" });
    const decoded = decodeText(encode(text), "out.csv");
    if (!decoded.ok) throw new Error("not decoded");
    expect(decoded.bom).toBe(true);
    const parsed = parseCsv(decoded.text, { file: "out.csv" });
    expect(parsed.delimiter).toBe(";");
    const cells = parsed.records.slice(1).map((record) => record.cells.map((cell) => cell.value));
    expect(cells.map((row) => row[0])).toEqual(rows.map((row) => row[0]));
    expect(cells.map((row) => parseNumber(row[1]!, true))).toEqual(rows.map((row) => row[1]));
    // The formula comes back with its neutralising quote, as Excel shows it.
    expect(cells.map((row) => row[2])).toEqual(["'=1+1", "line\r\nbreak", "é"]);
  });

  it("a territory written in excel-fr reads back unchanged", () => {
    const { graph } = createTerritory({
      actors: [
        { id: "__proto__", label: "Ville; de Grenoble", world: "État" },
        { id: "b", label: "=cmd", world: "associations" },
      ],
      links: [{ source: "__proto__", target: "b", weight: 2.5 }],
    });
    const files = writeTerritoryCsv(graph, { dialect: "excel-fr" });
    expect(files.actors.startsWith("\ufeffid;label;world\r\n")).toBe(true);
    const back = readTerritoryCsv({
      actors: { name: "actors.csv", data: encode(files.actors) },
      links: { name: "links.csv", data: encode(files.links) },
      territory: { name: "territory.json", data: files.territory },
    }).graph;
    expect(back.mapNodes((_key, actor) => [actor.id, actor.label])).toEqual([
      ["__proto__", "Ville; de Grenoble"],
      ["b", "=cmd"],
    ]);
    expect(back.mapEdges((_key, link) => link.weight)).toEqual([2.5]);
  });

  it("isCsvDialect accepts exactly the listed dialects", () => {
    expect(CSV_DIALECTS.every(isCsvDialect)).toBe(true);
    expect(isCsvDialect("excel")).toBe(false);
    expect(isCsvDialect("__proto__")).toBe(false);
    expect(csvDialectSettings("excel-fr").delimiter).toBe(";");
  });
});
