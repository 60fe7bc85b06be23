import { describe, expect, it } from "vitest";
import { readTerritoryCsv } from "../../src/csv/read-territory-csv.js";
import { formatProblem, type InputError } from "../../src/errors.js";
import { problemsOf } from "../helpers.js";

const read = (
  actors: string | Uint8Array | undefined,
  links: string | Uint8Array | undefined,
  territory?: string,
) =>
  readTerritoryCsv({
    actors: actors === undefined ? undefined : { name: "actors.csv", data: actors },
    links: links === undefined ? undefined : { name: "links.csv", data: links },
    territory: territory === undefined ? undefined : { name: "territory.json", data: territory },
  });

const ACTORS = "id,label,world\na,A,association\nb,B,entreprise\nc,C,État\n";

describe("readTerritoryCsv", () => {
  it("reads actors, links and territory.json", () => {
    const { graph, warnings } = read(
      ACTORS,
      "source,target,weight,type,start,end\na,b,2,subvention,2012,2014\nb,c,,,,\n",
      '{"name": "T", "directed": true, "pilot": 3}',
    );
    expect(warnings).toEqual([]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.type).toBe("directed");
    expect(graph.getAttribute("name")).toBe("T");
    expect(graph.getAttribute("extra")).toEqual({ pilot: 3 });
    const weights = graph.mapEdges((_e, attrs) => attrs.weight);
    expect(weights).toEqual([2, 1]);
  });

  it("matches French headers case- and accent-insensitively", () => {
    const { graph } = read(
      "IDENTIFIANT;Libellé;MONDE;lat;Lng\n1;Un;association;45,5;4,25\n01;Zéro un;association;;\n",
      "source;cible;POIDS;type;Début;FIN\n1;01;2,5;x;2012;\n",
    );
    expect(graph.mapNodes((_k, a) => [a.id, a.label, a.lat, a.lon])).toEqual([
      ["1", "Un", 45.5, 4.25],
      ["01", "Zéro un", null, null],
    ]);
    expect(graph.getEdgeAttributes(graph.edges()[0]!)).toMatchObject({
      weight: 2.5,
      types: ["x"],
      start: "2012",
    });
  });

  it("reads Excel's Unicode text export (UTF-16 with BOM, tab-delimited)", () => {
    const utf16 = (text: string) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++)
        bytes.set([text.charCodeAt(i) & 255, text.charCodeAt(i) >> 8], 2 + i * 2);
      return bytes;
    };
    const { graph } = read(
      utf16("identifiant\tnom\tmonde\r\na\tÉcole\tÉtat\r\nb\tB\tfondation\r\n"),
      utf16("source\tcible\tpoids\r\na\tb\t2,5\r\n"),
    );
    expect(graph.getNodeAttribute("0", "label")).toBe("École");
    expect(graph.getEdgeAttribute(graph.edges()[0]!, "weight")).toBe(2.5);
  });

  it("reads a header-only territory as an empty one", () => {
    const { graph } = read("id,label,world\n", "source,target\n");
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });

  it("keeps ids verbatim as strings (001 stays 001), trimmed", () => {
    const { graph } = read(
      "id,label,world\n 001 ,x,a\n__proto__,y,b\nconstructor,z,c\n",
      "source,target\n001,__proto__\n",
    );
    expect(graph.mapNodes((_k, a) => a.id)).toEqual(["001", "__proto__", "constructor"]);
  });

  it("types free attribute columns: number, boolean, date, and strings when mixed", () => {
    const { graph } = read(
      "id,label,world,budget,public,founded,code,mixed\na,A,x,12.5,true,2012-05-03,001,1\nb,B,x,,false,03/05/2012,002,yes\n",
      "source,target,evidence\na,b,=doc\n",
    );
    expect(graph.getAttribute("actorAttributeTypes")).toEqual({
      budget: "number",
      public: "boolean",
      founded: "date",
      code: "string",
      mixed: "string",
    });
    expect(graph.getNodeAttribute("1", "attributes")).toEqual({
      budget: null,
      public: false,
      founded: "2012-05-03",
      code: "002",
      mixed: "yes",
    });
    expect(graph.getAttribute("linkAttributeTypes")).toEqual({ evidence: "string" });
  });

  it("keeps columns named __proto__ and constructor as ordinary attributes", () => {
    const { graph } = read("id,__proto__,constructor\na,1,x\n", "source,target\n");
    const attributes = graph.getNodeAttribute("0", "attributes");
    expect(Object.keys(attributes)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(attributes, "__proto__")?.value).toBe(1);
    expect(Object.keys(graph.getAttribute("actorAttributeTypes"))).toEqual(["__proto__", "constructor"]);
  });

  it("uses attribute types declared in territory.json over inference", () => {
    const { graph } = read(
      "id,label,world,code\na,A,x,001\nb,B,x,002\n",
      "source,target\na,b\n",
      '{"actorAttributeTypes": {"code": "string"}}',
    );
    expect(graph.getNodeAttribute("0", "attributes")).toEqual({ code: "001" });
  });

  it("strips the formula-neutralising quote our writer adds", () => {
    const { graph } = read("id,label,world\n'=a,'-b,'@c\nx,'+y,w\n", "source,target\n'=a,x\n");
    expect(graph.getNodeAttributes("0")).toMatchObject({ id: "=a", label: "-b", world: "@c" });
    expect(graph.getNodeAttribute("1", "label")).toBe("+y");
  });

  it("reports merged parallel links and self-loops as warnings with their line", () => {
    const { warnings } = read(ACTORS, "source,target\na,b\nb,a\nc,c\n");
    expect(warnings.map((w) => [w.line, w.severity])).toEqual([
      [4, "warning"],
      [3, "warning"],
    ]);
    expect(warnings[0]!.found).toMatch(/self-loop/);
    expect(warnings[1]!.found).toMatch(/parallel/);
  });

  it("warns about data under a column without a name, which is ignored", () => {
    const { graph, warnings } = read("id,label,,world\na,A,,x\nb,B,lost,y\n", "source,target\na,b\n");
    expect(graph.getNodeAttribute("1", "world")).toBe("y");
    expect(warnings).toEqual([
      expect.objectContaining({ file: "actors.csv", line: 3, column: 5, severity: "warning" }),
    ]);
  });

  it("reads several link types separated by |", () => {
    const { graph } = read(ACTORS, "source,target,type\na,b,contrat|subvention\nb,a,partenariat\n");
    expect(graph.getEdgeAttribute(graph.edges()[0]!, "types")).toEqual([
      "contrat",
      "subvention",
      "partenariat",
    ]);
  });
});

describe("readTerritoryCsv refuses bad input, naming file, line and column", () => {
  it("duplicate actor id", () => {
    const [problem] = problemsOf(() => read("id,label,world\na,A,x\nb,B,x\na,C,x\n", "source,target\n"));
    expect(problem).toMatchObject({ file: "actors.csv", line: 4, column: 1, field: "id" });
    expect(problem!.found).toBe('duplicate actor id "a" (first used on line 2)');
  });

  it("link to an unknown actor", () => {
    const [problem] = problemsOf(() => read(ACTORS, "source,cible\na,b\na,zz\n"));
    expect(problem).toMatchObject({ file: "links.csv", line: 3, column: 3, field: "cible" });
    expect(formatProblem(problem!)).toBe(
      'links.csv:3:3 (column "cible"): target "zz" is not an actor id; expected an id listed in actors.csv',
    );
  });

  it("non-numeric, negative and zero weights, all in one pass", () => {
    const problems = problemsOf(() => read(ACTORS, "source;target;weight\na;b;abc\na;c;-1\nb;c;0\n"));
    expect(problems.map((p) => [p.line, p.column, p.field])).toEqual([
      [2, 5, "weight"],
      [3, 5, "weight"],
      [4, 5, "weight"],
    ]);
    expect(problems[0]!.found).toBe('"abc"');
    expect(problems[1]!.found).toBe("weight -1");
    expect(problems[2]!.expected).toMatch(/> 0/);
  });

  it("missing required column", () => {
    const problems = problemsOf(() => read("name,world\nA,x\n", "source,weight\na,1\n"));
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["actors.csv", 1, "id"],
      ["links.csv", 1, "target"],
    ]);
    expect(problems[0]!.expected).toBe("a column named id (or identifiant)");
    expect(problems[1]!.expected).toBe("a column named target (or cible)");
  });

  it("empty file", () => {
    const problems = problemsOf(() => read("\r\n\r\n", ACTORS.replace("id,label,world", "source,target,x")));
    expect(problems[0]).toMatchObject({ file: "actors.csv", line: 1, found: "an empty file" });
  });

  it("missing files", () => {
    const problems = readTerritoryCsvProblems();
    expect(problems.map((p) => p.file)).toEqual(["data/actors.csv", "data/links.csv"]);
    expect(problems[0]!.found).toBe("no such file");
  });

  it("binary file", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
    const [problem] = problemsOf(() => read(bytes, "source,target\n"));
    expect(problem).toMatchObject({ file: "actors.csv", line: 1, column: 3 });
    expect(problem!.found).toMatch(/binary/);
  });

  it("unterminated quote", () => {
    const [problem] = problemsOf(() => read('id,label,world\na,"A,x\nb,B,x\n', "source,target\n"));
    expect(problem).toMatchObject({ file: "actors.csv", line: 2, column: 3 });
    expect(problem!.found).toMatch(/closing quote/);
  });

  it("malformed territory.json, with its line and column", () => {
    const [problem] = problemsOf(() =>
      read(ACTORS, "source,target\n", '{\n  "name": "x",\n  directed: true\n}'),
    );
    expect(problem).toMatchObject({ file: "territory.json", line: 3, column: 3, found: "malformed JSON" });
  });

  it("a territory.json value of the wrong type, at the line of its key", () => {
    const [problem] = problemsOf(() =>
      read(ACTORS, "source,target\n", '{\n  "name": "x",\n  "directed": "oui"\n}'),
    );
    expect(problem).toMatchObject({
      file: "territory.json",
      line: 3,
      field: "directed",
      expected: "true or false",
    });
  });

  it("collects the problems of every file before throwing", () => {
    try {
      read("id,label,world\na,A,x\na,B,x\n", "source,target,weight,start\na,q,abc,20x\n");
      expect.unreachable();
    } catch (error) {
      const problems = (error as InputError).problems;
      expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
        "actors.csv:3:1",
        "links.csv:2:3",
        "links.csv:2:5",
        "links.csv:2:9",
      ]);
      expect((error as InputError).message).toMatch(/^4 problems in the input:\n {2}actors\.csv:3:1/);
    }
  });

  it("a row with more cells than the header (an unquoted delimiter), but not trailing empty cells", () => {
    const problems = problemsOf(() =>
      read("id,label,world,score\na,A,x,2,5\nb,B,x,3,,\n", "source,target\n"),
    );
    expect(problems).toEqual([expect.objectContaining({ file: "actors.csv", line: 2, column: 9 })]);
    expect(problems[0]!.expected).toMatch(/quote any cell that contains the delimiter ","/);
  });

  it("a column given twice", () => {
    const [problem] = problemsOf(() => read("id,label,Monde,world\na,A,x,y\n", "source,target\n"));
    expect(problem).toMatchObject({
      file: "actors.csv",
      line: 1,
      column: 16,
      found: 'a second column "world"',
    });
  });

  it("invalid coordinates and unreadable numbers in lat/lon", () => {
    const problems = problemsOf(() => read("id,label,world,lat,lon\na,A,x,91,abc\n", "source,target\n"));
    expect(problems.map((p) => [p.field, p.column])).toEqual([
      ["lat", 7],
      ["lon", 10],
    ]);
  });
});

function readTerritoryCsvProblems() {
  return problemsOf(() => readTerritoryCsv({}, { folder: "data/" }));
}
