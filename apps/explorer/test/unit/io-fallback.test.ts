import { describe, expect, it } from "vitest";
import { FallbackInputError, parseCsv, readCsvPair } from "../../src/io-fallback.js";
import { csvCell } from "../../src/io-fallback-writers.js";

describe("CSV stand-in reader", () => {
  it("reads French Excel CSV: BOM, semicolons, quotes, decimal commas, CRLF, blank lines", () => {
    const actors =
      '\uFEFFidentifiant;nom;monde;lat\r\n"__proto__";"Réseau ; ESS";association;45,19\r\n\r\nconstructor;Mairie;collectivité;\r\n';
    const links = "source;cible;poids;début\r\n__proto__;constructor;2,5;2012\r\n";
    const rows = readCsvPair({ name: "actors.csv", text: actors }, { name: "links.csv", text: links });
    expect(rows.actors.map((a) => [a.id, a.label, a.world, a.lat])).toEqual([
      ["__proto__", "Réseau ; ESS", "association", 45.19],
      ["constructor", "Mairie", "collectivité", null],
    ]);
    expect(rows.links[0]).toMatchObject({
      source: "__proto__",
      target: "constructor",
      weight: 2.5,
      start: "2012",
    });
  });

  it("reports every problem with file, line and what was expected", () => {
    const actors = "id,label\na,A\na,A again\n";
    const links = "source,target,weight\na,zz,-1\n";
    let problems: FallbackInputError["problems"] = [];
    try {
      readCsvPair({ name: "actors.csv", text: actors }, { name: "links.csv", text: links });
    } catch (error) {
      problems = (error as FallbackInputError).problems;
    }
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["actors.csv", 3, "id"],
      ["links.csv", 2, "target"],
      ["links.csv", 2, "weight"],
    ]);
    expect(problems.every((p) => p.expected.length > 0)).toBe(true);
  });

  it("refuses an unterminated quote, naming the line it starts on", () => {
    expect(() => parseCsv('id\n"open\n', "actors.csv")).toThrow(FallbackInputError);
  });
});

describe("csvCell", () => {
  it("neutralises cells that spreadsheets would run as formulas, but not negative numbers", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("@SUM")).toBe("'@SUM");
    expect(csvCell(-2.5)).toBe("-2.5");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });
});
