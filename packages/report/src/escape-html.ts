/**
 * The one function every label goes through before it reaches HTML or SVG:
 * an actor named `<script>alert(1)</script>` must show as text. Escapes the
 * five characters that matter in text and in quoted attribute values
 * (OWASP XSS prevention, rule #1 and #2).
 */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Options of `escapeHtml`. */
export interface EscapeHtmlOptions {
  /**
   * Also escape `"` and `'`, as attribute values need. Default true; Markdown
   * text turns it off so that apostrophes stay readable in the source.
   */
  quotes?: boolean;
}

/** Escapes a value for HTML text or attribute content. */
export function escapeHtml(value: unknown, options: EscapeHtmlOptions = {}): string {
  const pattern = options.quotes === false ? /[&<>]/g : /[&<>"']/g;
  return String(value ?? "").replace(pattern, (char) => ENTITIES[char]!);
}
