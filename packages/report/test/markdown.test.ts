/**
 * The Markdown report read by a real CommonMark + GFM-tables renderer
 * (markdown-it): every label and sentence comes out as written, no HTML
 * entity in the source, no raw HTML in the page, and no chart caption without
 * its chart.
 */
import { analyze } from "@catalyse/core";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../src/escape-markdown.js";
import { buildTerritoryReport, renderMarkdown } from "../src/index.js";
import type { ReportDocument } from "../src/report-model.js";
import { sampleTerritory, XSS_LABEL } from "./helpers/sample-territory.js";

const markdownIt = new MarkdownIt({ html: true });

/** The text a reader sees: rendered to HTML, tags dropped, entities decoded. */
function shown(markdown: string): string {
  return markdownIt
    .render(markdown)
    .replace(/<[^>]+>/g, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .trim();
}

const TRICKY = [
  "Provan & Kenis 2008",
  "&amp; stays as typed",
  "Ville de Grenoble",
  "<script>alert(1)</script>",
  "a | b",
  "*not emphasis* and _not either_",
  "`code` and \\ backslash",
  "[link](http://x)",
  "# not a heading",
  "- not a list",
  "+ not a list",
  "1. not an ordered list",
  "> not a quote",
  "~~not struck~~",
  "l'État, « les mondes »",
];

describe("escapeMarkdown", () => {
  for (const text of TRICKY)
    it(`renders ${JSON.stringify(text)} as itself`, () => {
      expect(shown(escapeMarkdown(text))).toBe(text);
    });

  it("writes & as & (Markdown escaping, not HTML's)", () => {
    expect(escapeMarkdown("Provan & Kenis")).toBe("Provan & Kenis");
    expect(escapeMarkdown("a &amp; b")).toBe("a \\&amp; b");
  });

  it("keeps a text within its block: line breaks become spaces", () => {
    expect(escapeMarkdown("one\n# two\r\nthree")).toBe("one # two three");
  });

  it("a table cell holding any tricky text stays one cell", () => {
    const report: ReportDocument = {
      lang: "en",
      title: "T",
      subtitle: "",
      sections: [
        {
          id: "s",
          title: "S",
          blocks: [{ kind: "table", header: ["a", "b"], rows: TRICKY.map((text) => [text, "x"]) }],
        },
      ],
    };
    const html = markdownIt.render(renderMarkdown(report));
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]!);
    expect(cells.length).toBe(TRICKY.length * 2);
    expect(html).not.toContain("<script>");
  });
});

describe("the Markdown report", () => {
  const graph = sampleTerritory("Sample", { actors: 40, hub: true });
  const report = buildTerritoryReport({ name: "Sample", graph, document: analyze(graph) });
  const markdown = renderMarkdown(report);

  it("has no caption of a chart it does not draw", () => {
    const captions = report.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === "chart" ? [block.caption] : [])),
    );
    expect(captions.length).toBeGreaterThan(1);
    for (const caption of captions) expect(markdown).not.toContain(escapeMarkdown(caption));
  });

  it("holds no HTML entity and renders no HTML element from a label", () => {
    expect(markdown).not.toMatch(/&(amp|lt|gt|quot|#39);/);
    expect(markdownIt.render(markdown)).not.toContain("<script");
    expect(shown(markdown)).toContain(XSS_LABEL);
  });
});
