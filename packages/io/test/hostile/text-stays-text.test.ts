import { createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { readTerritoryCsv } from "../../src/csv/read-territory-csv.js";
import { decodeText } from "../../src/decode.js";
import { InputError } from "../../src/errors.js";
import { readJson } from "../../src/json/read-json.js";
import { readTerritoryFile } from "../../src/read-territory-file.js";
import { isExactNumberText } from "../../src/values.js";
import { writeTerritory } from "../../src/write-territory.js";
import { problemsOf } from "../helpers.js";

const csv = (actors: string | Uint8Array, links: string) =>
  readTerritoryCsv({
    actors: { name: "actors.csv", data: actors },
    links: { name: "links.csv", data: links },
  });

describe("free columns keep their text unless it is an exact number", () => {
  it("isExactNumberText: no leading zero, at most 15 significant digits, not read as 0 by underflow", () => {
    for (const text of ["0", "12", "-3.5", "0.25", "1e+308", "5e-324", "123456789012345", "1 234,5"])
      expect(isExactNumberText(text, true), text).toBe(true);
    for (const text of [
      "01000",
      "007",
      "1234567890123456",
      "12345678901234567",
      "1e-400",
      "0x10",
      "Infinity",
    ])
      expect(isExactNumberText(text, true), text).toBe(false);
  });

  it("keeps postcodes, codes with leading zeros and 17-digit identifiers as text", () => {
    const { graph } = csv(
      "id,label,world,postcode,siret,code\na,A,x,01000,12345678901234567,007\nb,B,x,75001,98765432109876543,120\n",
      "source,target\na,b\n",
    );
    expect(graph.getAttribute("actorAttributeTypes")).toEqual({
      postcode: "string",
      siret: "string",
      code: "string",
    });
    expect(graph.getNodeAttribute("0", "attributes")).toEqual({
      postcode: "01000",
      siret: "12345678901234567",
      code: "007",
    });
  });

  it("still types a column of exact numbers as numbers, huge and tiny ones included", () => {
    const { graph } = csv("id,budget\na,1e+308\nb,5e-324\n", "source,target\na,b\n");
    expect(graph.getAttribute("actorAttributeTypes")).toEqual({ budget: "number" });
    expect(graph.mapNodes((_k, a) => a.attributes.budget)).toEqual([1e308, 5e-324]);
  });

  it("follows territory.json when it declares a column a number", () => {
    const { graph } = readTerritoryCsv({
      actors: { name: "actors.csv", data: "id,code\na,007\nb,12\n" },
      links: { name: "links.csv", data: "source,target\na,b\n" },
      territory: { name: "territory.json", data: '{"actorAttributeTypes": {"code": "number"}}' },
    });
    expect(graph.mapNodes((_k, a) => a.attributes.code)).toEqual([7, 12]);
  });
});

describe("JSON numbers are JSON numbers", () => {
  const json = (weight: unknown) =>
    JSON.stringify({
      nodes: [{ key: "a" }, { key: "b" }],
      edges: [{ source: "a", target: "b", attributes: { weight } }],
    });
  for (const weight of ["0x10", "0b11", "Infinity", " ", true, [3], { value: 2 }])
    it(`refuses the weight ${JSON.stringify(weight)}`, () => {
      const [problem] = problemsOf(() => readJson({ name: "t.json", data: json(weight) }));
      expect(problem?.file).toBe("t.json");
      expect(problem?.field).toBe("edges[0].attributes.weight");
    });
  it("takes a JSON number or a plain decimal string", () => {
    expect(readJson({ name: "t.json", data: json(2.5) }).graph.mapEdges((_k, a) => a.weight)).toEqual([2.5]);
    expect(readJson({ name: "t.json", data: json("2.5") }).graph.mapEdges((_k, a) => a.weight)).toEqual([
      2.5,
    ]);
  });
  it("refuses 0x10 as a GraphML number too", () => {
    const graphml = `<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0x10</data></edge></graph></graphml>`;
    const [problem] = problemsOf(() => readTerritoryFile({ name: "t.graphml", data: graphml }));
    expect(problem?.found).toBe('"0x10"');
  });
});

describe("weights, dates and ids", () => {
  it("refuses parallel links whose merged weight is no longer finite, at the first row", () => {
    const [problem] = problemsOf(() => csv("id\na\nb\n", "source,target,weight\na,b,1e308\nb,a,1e308\n"));
    expect(problem).toMatchObject({ file: "links.csv", line: 2, field: "weight" });
    expect(problem?.found).toContain("sum past the largest number");
  });

  it("refuses days no calendar has, and an end before its start", () => {
    const problems = problemsOf(() =>
      csv("id\na\nb\nc\n", "source,target,start,end\na,b,2012-02-30,\nb,c,2014,2012-05\n"),
    );
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([
      [2, "start", 'start "2012-02-30"'],
      [3, "end", "end 2012-05 before start 2014"],
    ]);
  });

  it("reads ids in Unicode normal form C: é precomposed and decomposed are one actor", () => {
    const composed = "caf\u00e9";
    const decomposed = "cafe\u0301";
    const { graph } = csv(`id\n${composed}\nb\n`, `source,target\n${decomposed},b\n`);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttribute("0", "id")).toBe(composed);
  });

  it("warns when two ids of the actor table collapse into one, then refuses the duplicate", () => {
    try {
      csv("id\ncaf\u00e9\ncafe\u0301\n", "source,target\n");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const problems = (error as InputError).problems;
      expect(problems.find((p) => p.severity === "warning")?.found).toContain("Unicode normalisation");
      expect(problems.find((p) => p.severity === "error")?.found).toContain("duplicate actor id");
    }
  });

  it("reports 80,000 duplicate ids with the line of each first use (in linear time)", {
    timeout: 20_000,
  }, () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => `a${i % 10}`).join("\n");
    const problems = problemsOf(() => csv(`id\n${rows}\n`, "source,target\n"));
    expect(problems).toHaveLength(80_000 - 10);
    expect(problems.at(-1)?.found).toBe('duplicate actor id "a9" (first used on line 11)');
  });
});

describe("mixed encodings", () => {
  it("refuses a file mixing UTF-8 and Windows-1252, with the line of each", () => {
    const utf8 = new TextEncoder().encode("id,label\na,Caf\u00e9\n");
    const cp1252 = Uint8Array.from([
      ...new TextEncoder().encode("b,Cr"),
      0xe8,
      ...new TextEncoder().encode("che\n"),
    ]);
    const result = decodeText(new Uint8Array([...utf8, ...cp1252]), "actors.csv");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.line).toBe(3);
      expect(result.problem.found).toContain("UTF-8 on line 2");
    }
  });
  it("still reads a pure Windows-1252 file", () => {
    const result = decodeText(Uint8Array.from([0x43, 0x72, 0xe8, 0x63, 0x68, 0x65]), "actors.csv");
    expect(result).toMatchObject({ ok: true, text: "Crèche", encoding: "windows-1252" });
  });
});

describe("writers round-trip what they accept, or refuse before writing", () => {
  const territory = (id: string, label: string) =>
    createTerritory({
      actors: [
        {
          id,
          label,
          world: "x",
          attributes: { code: "007", big: 1e308, tiny: 5e-324, long: "12345678901234567" },
        },
        { id: "b", world: "y", attributes: { code: "120", big: 1, tiny: 1, long: "1" } },
      ],
      links: [{ source: id, target: "b", weight: 1e-300 }],
    }).graph;

  for (const format of ["csv", "xlsx", "gexf", "graphml", "json"] as const)
    it(`${format}: keeps leading zeros, long digit strings, huge and tiny numbers, tabs and line breaks`, () => {
      const graph = territory("a\tb\nc", "é\u0301 label\r\nnext");
      const back = reread(format, graph);
      expect(back.mapNodes((_k, a) => [a.id, a.attributes])).toEqual(
        graph.mapNodes((_k, a) => [a.id, a.attributes]),
      );
      expect(back.mapEdges((_k, a) => a.weight)).toEqual([1e-300]);
    });

  for (const format of ["csv", "xlsx", "gexf", "graphml"] as const)
    it(`${format}: refuses a control character in an id, naming it, before writing anything`, () => {
      expect(() => writeTerritory(territory("a\u0001b", "A"), format)).toThrow(
        /cannot write actor id "a\\u0001b" as .*U\+0001.*export as JSON/,
      );
    });

  it("json: round-trips control characters and lone surrogates in ids and labels", () => {
    const graph = territory("a\u0001\u001bb", "\ud800 lone");
    const back = reread("json", graph);
    expect(back.mapNodes((_k, a) => [a.id, a.label])).toEqual(graph.mapNodes((_k, a) => [a.id, a.label]));
  });
});

function reread(
  format: "csv" | "xlsx" | "gexf" | "graphml" | "json",
  graph: ReturnType<typeof createTerritory>["graph"],
) {
  const files = writeTerritory(graph, format);
  if (format === "csv") {
    const file = (name: string) => ({ name, data: files.find((f) => f.name === name)!.data });
    return readTerritoryCsv({
      actors: file("actors.csv"),
      links: file("links.csv"),
      territory: file("territory.json"),
    }).graph;
  }
  return readTerritoryFile({ name: files[0]!.name, data: files[0]!.data }).graph;
}
