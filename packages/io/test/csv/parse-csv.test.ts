import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "../../src/csv/parse-csv.js";

const values = (text: string, delimiter?: string) =>
  parseCsv(text, { file: "t.csv", delimiter }).records.map((record) =>
    record.cells.map((cell) => cell.value),
  );

describe("parseCsv", () => {
  it("reads cells and their 1-based line and column", () => {
    const { records } = parseCsv("id,label\n a1 , Mairie \n", { file: "t.csv" });
    expect(records).toHaveLength(2);
    expect(records[1]!.cells).toEqual([
      { value: "a1", line: 2, column: 2, quoted: false },
      { value: "Mairie", line: 2, column: 7, quoted: false },
    ]);
  });

  it("keeps delimiters, doubled quotes and line breaks inside quoted cells", () => {
    expect(values('a,b\n"x, y","say ""hi""\r\nthere"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\r\nthere'],
    ]);
  });

  it("counts lines across quoted line breaks", () => {
    const { records } = parseCsv('a,b\n"1\n2",3\n4,5\n', { file: "t.csv" });
    expect(records[2]!.line).toBe(4);
    expect(records[1]!.cells[1]).toMatchObject({ value: "3", line: 3, column: 4 });
  });

  it("reads CRLF, CR and LF line ends and a missing final newline", () => {
    expect(values("a;b\r\n1;2\r3;4\n5;6")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("skips blank lines and rows of empty cells, as Excel writes them", () => {
    const { records } = parseCsv("a;b\n\n;\n  \n1;2\n\n", { file: "t.csv" });
    expect(records.map((record) => record.line)).toEqual([1, 5]);
  });

  it("trims unquoted cells but keeps quoted content verbatim", () => {
    expect(values('a,b\n  x  , " y " \n')).toEqual([
      ["a", "b"],
      ["x", " y "],
    ]);
  });

  it("keeps an empty quoted cell as a cell", () => {
    expect(values('a\n""\n')).toEqual([["a"], [""]]);
  });

  it("takes the delimiter from Excel's sep= first line and skips that line", () => {
    const { records, delimiter } = parseCsv("sep=;\r\na,b;c\r\n1;2\r\n", { file: "t.csv" });
    expect(delimiter).toBe(";");
    expect(records.map((r) => [r.line, r.cells.map((c) => c.value)])).toEqual([
      [2, ["a,b", "c"]],
      [3, ["1", "2"]],
    ]);
  });

  it("reports an unterminated quote at the opening quote", () => {
    const { problems } = parseCsv('id,label\n1,ok\n2,"never closed\n3,x\n', { file: "actors.csv" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "actors.csv", line: 3, column: 3, severity: "error" });
  });
});

describe("detectDelimiter", () => {
  it("picks ; when the header has more semicolons than commas", () => {
    expect(detectDelimiter("id;label;note, with comma\n")).toBe(";");
  });
  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
  });
  it("detects tabs", () => {
    expect(detectDelimiter("id\tlabel\tworld\n")).toBe("\t");
  });
  it("defaults to a comma on a one-column file and skips leading blank lines", () => {
    expect(detectDelimiter("id\n1;2\n")).toBe(",");
    expect(detectDelimiter("\n\nid;label\n")).toBe(";");
  });
});
