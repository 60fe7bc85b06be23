/**
 * @catalyse/report: self-contained reports of a territory or a comparison,
 * as one HTML file (inline CSS and SVG, no network) or as Markdown.
 */
export { type LorenzSeries, lorenzChart, lorenzChartPoints } from "./charts/lorenz-chart.js";
export { type MixingMatrix, mixingHeatmap } from "./charts/mixing-heatmap.js";
export { layoutTerritory, type NetworkMapOptions, networkMap, type Position } from "./charts/network-map.js";
export { type StandingRow, standingChart } from "./charts/standing-chart.js";
export { type TimelineSeries, timelineChart } from "./charts/timeline-chart.js";
export { columnLabel, governanceLabel } from "./comparison-columns.js";
export { buildComparisonReport, type ComparisonReportInput } from "./comparison-report.js";
export { type EscapeHtmlOptions, escapeHtml } from "./escape-html.js";
export { escapeMarkdown } from "./escape-markdown.js";
export { qapPValue, qapSameWorldCells, qapSkippedNote } from "./qap-cells.js";
export { renderHtml } from "./render-html.js";
export { renderMarkdown } from "./render-markdown.js";
export type { FigureItem, ReportBlock, ReportDocument, ReportSection } from "./report-model.js";
export { collectivesSection } from "./sections/collectives-section.js";
export { corePeripherySection, layersSection, qapSection } from "./sections/methods-sections.js";
export { buildTerritoryReport, type TerritoryReportInput } from "./territory-report.js";
export { worldColors } from "./world-colors.js";
