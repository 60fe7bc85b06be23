/**
 * A report as Markdown, with the same content as the HTML: charts become
 * their fallback tables or sentences. Text is escaped twice over: through
 * `escapeHtml` (Markdown renderers pass raw HTML through, so `<script>` must
 * not survive) and then the Markdown punctuation that could start emphasis, code, a link,
 * a heading or a table cell is backslash-escaped.
 */
import { escapeHtml } from "./escape-html.js";
import type { ReportBlock, ReportDocument } from "./report-model.js";

/** Escapes text so that Markdown shows it as written. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text, { quotes: false })
    .replace(/[\\`*_[\]#|~]/g, "\\$&")
    .replace(/\r?\n/g, " ");
}

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
      return table(
        ["figure", "value", "what it says"],
        block.items.map((item) => [item.label, item.value, item.sentence]),
      );
    case "table":
      return table(block.header, block.rows, block.caption);
    case "chart":
      return `${renderBlock(block.fallback)}\n\n_${escapeMarkdown(block.caption)}_`;
  }
}

/** Renders a report as Markdown (charts left out). */
export function renderMarkdown(report: ReportDocument, options: { generatedBy?: string } = {}): string {
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
    `_${escapeMarkdown(options.generatedBy ?? "Made with Catalyse.")}_`,
    "",
  ].join("\n");
}
