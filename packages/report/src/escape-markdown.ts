/**
 * Markdown text escaping (CommonMark 0.30 §2.4, backslash escapes; GFM
 * tables): a label shows as itself in the rendered page *and* reads cleanly
 * in the Markdown source. HTML entities are not used: `Provan & Kenis` stays
 * `Provan & Kenis`, never `Provan &amp; Kenis`.
 *
 * Escaped everywhere: `\`, backtick, `*`, `_`, `[`, `]`, `|` (table cells),
 * `~` (GFM strikethrough) and `<` (raw HTML and autolinks: `<script>` is
 * rendered as text); `&` only where it would start an entity (`&amp;`,
 * `&#38;`). Escaped at the start of the text only: `#` (heading), `>`
 * (quote), `-`/`+` (list item), `1.` (ordered list). Line breaks become
 * spaces, so a text never opens a block of its own.
 */
const EVERYWHERE = /[\\`*_[\]|~<]/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
const BLOCK_START = /^(\s*)([#>+-]|\d+(?=[.)]))/;

/** Escapes text so that Markdown shows it as written (one line, markup characters escaped). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(EVERYWHERE, "\\$&")
    .replace(ENTITY, "\\&")
    .replace(BLOCK_START, (_match, space: string, marker: string) =>
      /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}
