/** Helpers shared by the charts: an accessible `<svg>` root and compact coordinates. */
import { escapeHtml } from "../escape-html.js";

/** Chart styles live in the page's stylesheet (`CHART_CSS`): a `<style>` inside an inline SVG would apply to the whole page. */
export function svgRoot(width: number, height: number, label: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;
}

/** A coordinate with at most one decimal, so SVGs stay small. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function text(x: number, y: number, content: string, attributes = ""): string {
  return `<text x="${px(x)}" y="${px(y)}"${attributes ? ` ${attributes}` : ""}>${escapeHtml(content)}</text>`;
}

/** The styles of every chart, for the page's stylesheet. */
export const CHART_CSS = `
.chart{max-width:100%;height:auto}
.chart text{font:11px system-ui,sans-serif;fill:#222}
.chart .label{font-size:10px;paint-order:stroke;stroke:#fff;stroke-width:3px}
.chart .legend{font-size:12px}
.chart .grid{stroke:#e5e5e5}
.chart .equality{stroke:#999;stroke-dasharray:4 3;fill:none}
.chart .on-dark{fill:#fff}
.chart .muted{fill:#bbb}
.chart .axis{stroke:#999}
`;
