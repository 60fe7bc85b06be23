/**
 * A report as one self-contained HTML page: inline CSS, inline SVG charts, no
 * script and no external resource. A Content-Security-Policy forbids any
 * fetch or script, so even a label that slipped through could not act. Every
 * text goes through `escapeHtml`. Prints on A4 (`@media print`).
 */
import { createTranslator } from "@catalyse/readings";
import { CHART_CSS } from "./charts/svg.js";
import { escapeHtml } from "./escape-html.js";
import type { ReportBlock, ReportDocument } from "./report-model.js";

const PAGE_CSS = `
:root{color-scheme:light}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;margin:0 auto;max-width:980px;padding:24px}
header{border-bottom:2px solid #4e79a7;margin-bottom:16px}
h1{font-size:28px;margin:0 0 4px}
.subtitle{color:#555;margin:0 0 12px}
nav ol{columns:2;font-size:14px;padding-left:20px}
nav a{color:#2a5d8f}
h2{font-size:20px;margin:28px 0 8px;color:#2a5d8f}
figure{margin:8px 0 16px}
figcaption{font-size:13px;color:#555;max-width:720px}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:10px;margin:0;padding:0}
.figure{border:1px solid #e3e3e3;border-radius:6px;padding:8px 10px;break-inside:avoid}
.figure dt{font-size:13px;color:#555}
.figure .value{font-size:22px;font-weight:600;margin:0}
table{border-collapse:collapse;font-size:13px;margin:8px 0;display:block;overflow-x:auto}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border-bottom:1px solid #e3e3e3;padding:4px 8px;text-align:left;vertical-align:top}
td{white-space:nowrap}
td:first-child{white-space:normal;min-width:12em}
th{background:#f4f7fb}
.charts{display:flex;flex-wrap:wrap;gap:12px}
.charts figure{flex:1 1 340px}
footer{margin-top:32px;font-size:12px;color:#777;border-top:1px solid #e3e3e3;padding-top:8px}
@page{size:A4;margin:14mm}
@media print{
  body{font-size:11pt;max-width:none;padding:0}
  nav{display:none}
  h2{break-after:avoid}
  figure,table,.figure{break-inside:avoid}
  section{break-inside:auto}
  table{display:table;overflow:visible;font-size:8.5pt}
  th,td{padding:2px 5px}
  a{color:inherit;text-decoration:none}
}
`;

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "figures":
      return `<dl class="figures">${block.items
        .map(
          (item) =>
            `<div class="figure"><dt>${escapeHtml(item.label)}</dt><dd><p class="value">${escapeHtml(item.value)}</p></dd></div>`,
        )
        .join("")}</dl>`;
    case "table":
      return `<table>${block.caption === undefined ? "" : `<caption>${escapeHtml(block.caption)}</caption>`}<thead><tr>${block.header
        .map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`)
        .join("")}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`;
    case "chart":
      // NOTE: chart SVGs are built by this package's chart functions, which escape every label.
      return `<figure>${block.svg}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
  }
}

/** Renders a report as one self-contained HTML file (inline CSS and SVG, prints on A4). */
export function renderHtml(report: ReportDocument, options: { generatedBy?: string } = {}): string {
  const t = createTranslator(report.lang);
  const sections = report.sections.map((section) => {
    const charts = section.blocks.filter((block) => block.kind === "chart").length;
    // Several charts in a row (the comparison's small maps) sit side by side.
    const body =
      charts > 2
        ? `<div class="charts">${section.blocks.map(renderBlock).join("")}</div>`
        : section.blocks.map(renderBlock).join("\n");
    return `<section id="${escapeHtml(section.id)}" aria-labelledby="${escapeHtml(section.id)}-title"><h2 id="${escapeHtml(section.id)}-title">${escapeHtml(section.title)}</h2>\n${body}\n</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${report.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(report.title)}</title>
<style>${PAGE_CSS}${CHART_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(report.title)}</h1>
<p class="subtitle">${escapeHtml(report.subtitle)}</p>
<nav aria-label="${escapeHtml(t.t("report.contents"))}"><ol>${report.sections
    .map((section) => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`)
    .join("")}</ol></nav>
</header>
<main>
${sections.join("\n")}
</main>
<footer>${escapeHtml(options.generatedBy ?? t.t("report.footer"))}</footer>
</body>
</html>
`;
}
