import { describe, expect, it } from "vitest";
import { decodeText } from "../src/decode.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const encoder = new TextEncoder();

describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(encoder.encode("Créée;État"), "f.csv")).toEqual({
      ok: true,
      text: "Créée;État",
      encoding: "utf-8",
      bom: false,
    });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode("id")]), "f.csv");
    expect(result).toEqual({ ok: true, text: "id", encoding: "utf-8", bom: true });
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    // "Créée €" in Windows-1252: é = 0xE9, € = 0x80
    const result = decodeText(bytes(0x43, 0x72, 0xe9, 0xe9, 0x65, 0x20, 0x80), "f.csv");
    expect(result).toEqual({ ok: true, text: "Créée €", encoding: "windows-1252", bom: false });
  });

  it("maps every Windows-1252 byte from 0x80 to 0x9F (French apostrophe ’, œ, –)", () => {
    const result = decodeText(bytes(0x6c, 0x92, 0x9c, 0x69, 0x6c, 0x20, 0x96), "f.csv");
    expect(result).toMatchObject({ ok: true, text: "l’œil –", encoding: "windows-1252" });
  });

  it("reads UTF-16 with a BOM (Excel's Unicode text)", () => {
    const result = decodeText(bytes(0xff, 0xfe, 0x69, 0, 0x64, 0, 0xe9, 0), "f.txt");
    expect(result).toMatchObject({ ok: true, text: "idé", encoding: "utf-16le" });
  });

  it("strips a BOM from a string input", () => {
    expect(decodeText("\ufeffid", "f.csv")).toMatchObject({ ok: true, text: "id", bom: true });
  });

  it("refuses a binary file, pointing at the first control byte", () => {
    const result = decodeText(encoder.encode("id,label\nab\u0000c"), "f.csv");
    expect(result).toMatchObject({
      ok: false,
      problem: { file: "f.csv", line: 2, column: 3, severity: "error" },
    });
  });
});
