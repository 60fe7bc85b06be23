/**
 * A report as Markdown, with the same content as the HTML: charts become
 * their fallback tables or sentences, without the chart's caption (it
 * describes a picture the Markdown does not have). Every text goes through
 * `escapeMarkdown` (backslash escapes, not HTML entities).
 */
import { createTranslator } from "@catalyse/readings";
import { escapeMarkdown } from "./escape-markdown.js";
import type { ReportBlock, ReportDocument } from "./report-model.js";

function table(header: readonly string[], rows: readonly (readonly string[])[], caption?: string): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => escapeMarkdown(cell) || " ").join(" | ")} |`;
  return [
    ...(caption === undefined ? [] : [`**${escapeMarkdown(caption)}**`, ""]),
    line(header),
    `|${header.map(() => " --- ").join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case "paragraph":
      return escapeMarkdown(block.text);
    case "list":
      return block.items.map((item) => `- ${escapeMarkdown(item)}`).join("\n");
    case "figures":
      // A definition list as a two-column table with an empty header row (GFM tables need one).
      return table(
        ["", ""],
        block.items.map((item) => [item.label, item.value]),
      );
    case "table":
      return table(block.header, block.rows, block.caption);
    case "chart":
      return renderBlock(block.fallback);
  }
}

/** Renders a report as Markdown (charts left out). */
export function renderMarkdown(report: ReportDocument, options: { generatedBy?: string } = {}): string {
  const t = createTranslator(report.lang);
  return [
    `# ${escapeMarkdown(report.title)}`,
    "",
    escapeMarkdown(report.subtitle),
    "",
    ...report.sections.flatMap((section) => [
      `## ${escapeMarkdown(section.title)}`,
      "",
      ...section.blocks.flatMap((block) => [renderBlock(block), ""]),
    ]),
    `_${escapeMarkdown(options.generatedBy ?? t.t("report.footer"))}_`,
    "",
  ].join("\n");
}
