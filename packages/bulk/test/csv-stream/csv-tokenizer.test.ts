import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvTokenizer, detectDelimiter } from "../../src/index.js";

function tokenize(chunks: readonly string[], delimiter = ","): Array<[number, string[]]> {
  const rows: Array<[number, string[]]> = [];
  const tokenizer = new CsvTokenizer(delimiter, (fields, line) => rows.push([line, [...fields]]));
  for (const chunk of chunks) tokenizer.push(chunk);
  expect(tokenizer.end()).toBe(true);
  return rows;
}

describe("CsvTokenizer", () => {
  it("reads quoted fields with delimiters, doubled quotes and newlines, CRLF ends and blank lines", () => {
    const text = 'id;label\r\n1;"a; ""b""\r\nc"\r\n\r\n2;plain \r\n3;';
    expect(tokenize([text], ";")).toEqual([
      [1, ["id", "label"]],
      [2, ["1", 'a; "b"\r\nc']],
      [5, ["2", "plain "]],
      [6, ["3", ""]],
    ]);
  });

  it("gives the same rows however the text is cut into chunks", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "é", ",", '"', "\n", "\r\n", " ", "x") });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 8 }), (rows, cuts) => {
        const text = rows
          .map((row) => row.map((f) => `"${f.replaceAll('"', '""')}"`).join(","))
          .join(rows.length % 2 === 0 ? "\r\n" : "\n");
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let last = 0;
        for (const p of points) {
          chunks.push(text.slice(last, p));
          last = p;
        }
        chunks.push(text.slice(last));
        expect(tokenize(chunks).map(([, fields]) => fields)).toEqual(
          tokenize([text]).map(([, fields]) => fields),
        );
        expect(tokenize([text]).map(([, fields]) => fields)).toEqual(rows);
      }),
    );
  });

  it("reports an unterminated quote", () => {
    const tokenizer = new CsvTokenizer(",", () => {});
    tokenizer.push('a,"b\n');
    expect(tokenizer.end()).toBe(false);
  });
});

describe("detectDelimiter", () => {
  it("picks the most frequent of ; , and tab outside quotes", () => {
    expect(detectDelimiter("id;label;monde")).toBe(";");
    expect(detectDelimiter('"a;b";c,d,e')).toBe(",");
    expect(detectDelimiter("id\tlabel")).toBe("\t");
    expect(detectDelimiter("id")).toBe(",");
  });
});
