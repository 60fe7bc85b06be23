/**
 * Text for a terminal: labels and ids come from input files, and a control
 * character in them (ESC starts sequences that clear the screen, set the
 * window title or rewrite what was printed) must not reach the terminal as is.
 * Control characters are shown escaped (`\x1B`), except line feeds and tabs.
 *
 * stderr (messages for people) is always escaped; stdout only when it is a
 * terminal, so that a result piped to a file keeps its exact bytes. Our own
 * progress bar redraws its line with carriage returns: a chunk without a line
 * feed may start (and end) with one.
 */

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that
// reorder what is shown (U+202A–U+202E, U+2066–U+2069).
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character but `\n` and `\t` written as `\xNN` or `\uNNNN`. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** A terminal-safe writer: see the module comment for what passes as is. */
export function terminalWriter(write: (text: string) => void): (text: string) => void {
  return (text) => {
    if (!text.includes("\n")) {
      const start = text.startsWith("\r") ? "\r" : "";
      const end = text.length > 1 && text.endsWith("\r") ? "\r" : "";
      const middle = text.slice(start.length, text.length - end.length);
      write(start + escapeControlCharacters(middle) + end);
      return;
    }
    write(escapeControlCharacters(text));
  };
}
