import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../src/index.js";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
  it("never lets a tag or a quote through, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(escapeHtml(value)).not.toMatch(/[<>"']/);
      }),
    );
  });
  it("leaves quotes alone for text-only contexts when asked", () => {
    expect(escapeHtml(`l'<b>"x"</b>`, { quotes: false })).toBe(`l'&lt;b&gt;"x"&lt;/b&gt;`);
  });
  it("turns null and undefined into empty text", () => {
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(undefined)).toBe("");
  });
});
