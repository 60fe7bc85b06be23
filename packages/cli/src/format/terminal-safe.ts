/**
 * Text for a terminal: control characters from the input (an actor label
 * holding `ESC[2J`, a carriage return, a bidirectional override) would clear,
 * recolour or rewrite the screen, or reorder what is shown. They are written
 * as visible escapes (`\u001b`) instead. Line feeds and tabs stay; carriage
 * returns stay only where the progress bar draws them (`keepReturns`).
 *
 * Covered: C0 controls (U+0000–U+001F) but LF and tab, DEL, C1 controls
 * (U+0080–U+009F), and the bidirectional controls (U+061C, U+200E–U+200F,
 * U+202A–U+202E, U+2066–U+2069; "Trojan Source", CVE-2021-42574).
 */
const BIDI = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

function isUnsafe(code: number, keepReturns: boolean): boolean {
  if (code === 0x0a || code === 0x09 || (keepReturns && code === 0x0d)) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI.has(code);
}

export function terminalSafe(text: string, options: { keepReturns?: boolean } = {}): string {
  const keepReturns = options.keepReturns === true;
  let safe = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    safe += isUnsafe(code, keepReturns) ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  return safe;
}
