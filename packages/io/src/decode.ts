/**
 * Decoding file bytes to text the way French Excel users produce them: UTF-8
 * with or without a byte-order mark, UTF-16 with a BOM ("Unicode text"
 * exports), or Windows-1252 (Excel's "CSV (séparateur : point-virgule)").
 *
 * Detection: a UTF-16 BOM wins; otherwise bytes that are valid UTF-8 are
 * UTF-8 (a Windows-1252 text with accents is almost never valid UTF-8), and
 * anything else is decoded as Windows-1252 (by hand, see below). Control bytes that no text file
 * holds (NUL and friends) mean a binary file, refused with its position.
 */
import type { InputProblem } from "./errors.js";
import { inputProblem } from "./problems/input-problem.js";

/** The encodings territory files are read in. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decoded text and the encoding found, or the problem met. */
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
    const mixed = mixedEncoding(data, file);
    if (mixed !== undefined) return { ok: false, problem: mixed };
    return checkText(decodeWindows1252(data), "windows-1252", false, file);
  }
}

/**
 * A file that is not UTF-8 but holds UTF-8 sequences (`é` as C3 A9) mixes two
 * encodings: usually a UTF-8 file edited or appended to by a Windows-1252 tool.
 * Read either way, part of it would turn into mojibake, so it is refused with
 * the line of one byte of each kind. Windows-1252 text almost never holds such
 * pairs by chance (`Ã©` in a French file).
 */
function mixedEncoding(data: Uint8Array, file: string): InputProblem | undefined {
  let utf8 = -1;
  let other = -1;
  for (let i = 0; i < data.length && (utf8 < 0 || other < 0); i++) {
    const byte = data[i]!;
    if (byte < 0x80) continue;
    const length =
      byte >= 0xc2 && byte <= 0xdf
        ? 2
        : byte >= 0xe0 && byte <= 0xef
          ? 3
          : byte >= 0xf0 && byte <= 0xf4
            ? 4
            : 0;
    let valid = length > 0 && i + length <= data.length;
    for (let k = 1; valid && k < length; k++) valid = (data[i + k]! & 0xc0) === 0x80;
    if (valid) {
      if (utf8 < 0) utf8 = i;
      i += length - 1;
    } else if (other < 0) other = i;
  }
  if (utf8 < 0 || other < 0) return undefined;
  const lineAt = (index: number) => {
    let line = 1;
    for (let i = 0; i < index; i++) if (data[i] === 0x0a) line++;
    return line;
  };
  const otherLine = lineAt(other);
  return inputProblem("mixed-encoding", { utf8Line: lineAt(utf8), otherLine }, { file, line: otherLine });
}

// NOTE: Windows-1252 differs from Latin-1 only in 0x80–0x9F. Decoded by hand because Node
// 20.20's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x80 → U+0080 instead of €, and
// French apostrophes ’ lost); the five bytes Windows-1252 leaves undefined stay C1 controls.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Windows-1252 bytes as text. */
export function decodeWindows1252(data: Uint8Array): string {
  let text = "";
  for (let start = 0; start < data.length; start += 8192) {
    const chunk = data.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) =>
        byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte,
      ),
    );
  }
  return text;
}

function decode(encoding: "utf-16le" | "utf-16be", data: Uint8Array): string {
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
    problem: inputProblem("binary", { byte: code }, { file, line, column }),
  };
}
