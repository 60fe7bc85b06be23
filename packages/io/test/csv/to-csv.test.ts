import { createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parse-csv.js";
import { toCsv } from "../../src/csv/to-csv.js";
import { writeTerritoryCsv } from "../../src/csv/write-territory-csv.js";

describe("toCsv", () => {
  it("writes a header and rows, quoting cells that need it", () => {
    expect(
      toCsv(
        ["id", "label"],
        [
          ["a", 'say "hi", then\nleave'],
          ["b", " padded "],
        ],
      ),
    ).toBe('id,label\na,"say ""hi"", then\nleave"\nb," padded "\n');
  });

  it("neutralises formula-looking cells but not negative numbers", () => {
    expect(toCsv(["v"], [["=1+1"], ["@a"], [-3.5], ["-3.5"], ["-x"]])).toBe(
      "v\n'=1+1\n'@a\n-3.5\n-3.5\n'-x\n",
    );
  });

  it("writes numbers with a decimal comma when the delimiter is ;", () => {
    expect(toCsv(["a", "b", "c"], [[2.5, true, null]], { delimiter: ";" })).toBe("a;b;c\n2,5;true;\n");
  });

  it("is read back cell for cell by parseCsv", () => {
    const rows = [["x;y", "2,5", "line\r\nbreak", '"q"', "é"]];
    const text = toCsv(["a", "b", "c", "d", "e"], rows, { delimiter: ";", newline: "\r\n" });
    const parsed = parseCsv(text, { file: "t.csv" });
    expect(parsed.delimiter).toBe(";");
    expect(parsed.records[1]!.cells.map((cell) => cell.value)).toEqual(rows[0]);
  });
});

describe("writeTerritoryCsv", () => {
  const { graph } = createTerritory({ actors: [{ id: "é", world: "État" }], links: [] });

  it("starts files meant for French Excel (delimiter ;) with a UTF-8 BOM, others not", () => {
    expect(writeTerritoryCsv(graph, { delimiter: ";" }).actors).toBe("\ufeffid;label;world\né;é;État\n");
    expect(writeTerritoryCsv(graph).actors).toBe("id,label,world\né,é,État\n");
    expect(writeTerritoryCsv(graph, { bom: true }).links.startsWith("\ufeffsource,")).toBe(true);
  });
});
