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

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
