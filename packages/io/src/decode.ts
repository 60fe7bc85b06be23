/**
 * Decoding file bytes to text the way French Excel users produce them: UTF-8
 * with or without a byte-order mark, UTF-16 with a BOM ("Unicode text"
 * exports), or Windows-1252 (Excel's "CSV (séparateur : point-virgule)").
 *
 * Detection: a UTF-16 BOM wins; otherwise bytes that are valid UTF-8 are
 * UTF-8 (a Windows-1252 text with accents is almost never valid UTF-8), and
 * anything else is decoded as Windows-1252. Control bytes that no text file
 * holds (NUL and friends) mean a binary file, refused with its position.
 */
import type { InputProblem } from "./errors.js";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; problem: InputProblem };

/** Decodes bytes (or passes a string through) to text, detecting the encoding. */
export function decodeText(data: Uint8Array | string, file: string): DecodeResult {
  if (typeof data === "string") {
    const bom = data.charCodeAt(0) === 0xfeff;
    return checkText(bom ? data.slice(1) : data, "utf-8", bom, file);
  }
  if (data[0] === 0xff && data[1] === 0xfe)
    return checkText(decode("utf-16le", data), "utf-16le", true, file);
  if (data[0] === 0xfe && data[1] === 0xff)
    return checkText(decode("utf-16be", data), "utf-16be", true, file);
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  try {
    // NOTE: TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    const text = new TextDecoder("utf-8", { fatal: true }).decode(data);
    return checkText(text, "utf-8", bom, file);
  } catch {
    return checkText(decode("windows-1252", data), "windows-1252", false, file);
  }
}

function decode(encoding: string, data: Uint8Array): string {
  return new TextDecoder(encoding).decode(data);
}

// Control characters other than tab, line feed, form feed and carriage return never occur in text files.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/;

function checkText(text: string, encoding: TextEncodingName, bom: boolean, file: string): DecodeResult {
  const match = BINARY.exec(text);
  if (match === null) return { ok: true, text, encoding, bom };
  const before = text.slice(0, match.index);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = match.index - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  const code = match[0].charCodeAt(0).toString(16).padStart(2, "0");
  return {
    ok: false,
    problem: {
      file,
      line,
      column,
      found: `a binary or undecodable file (control byte 0x${code})`,
      expected: "a text file in UTF-8 or Windows-1252; save the sheet as CSV, or give the .xlsx file itself",
      severity: "error",
    },
  };
}
