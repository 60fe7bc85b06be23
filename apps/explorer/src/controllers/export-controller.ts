/**
 * Exports: the map as SVG (nodes, links, labels, legend, title) and as PNG
 * at a chosen resolution (the same SVG rasterised), each chart as SVG, the
 * filtered graph as GEXF and CSV (written by @catalyse/io), and a share link
 * (the URL hash holds the view state).
 */
import type { Lang } from "@catalyse/readings";
import { standaloneSvg } from "../export/chart-svg.js";
import { csvPair, download, downloadUrl, exportRows, fileStem, gexf } from "../export/downloads.js";
import { MAP_SVG_DEFAULTS, mapSvg, svgToPng } from "../export/map-svg.js";
import { type CsvDialect, isCsvDialect } from "../io-adapter.js";
import { datasetName } from "../state/dataset-name.js";
import type { VisualResult } from "../views/visual-graph.js";
import { type AppContext, notify } from "./context.js";

export { type CsvDialect, isCsvDialect };

/**
 * The CSV dialect offered first in a language: French Excel's (`;`, decimal
 * comma, BOM) in French, where a double click opens it in the right columns;
 * RFC 4180 (`,`) otherwise, what scripts and English spreadsheets read.
 */
export function defaultCsvDialect(lang: Lang): CsvDialect {
  return lang === "fr" ? "excel-fr" : "rfc4180";
}

export interface ExportController {
  mapSvg: () => void;
  /** `scale` multiplies the map's 1600 × 1000 page (2 = 3200 px wide). */
  mapPng: (scale: number) => Promise<void>;
  /** The charts of one card (the gauges card has three), as one SVG file. */
  chartSvg: (svgs: readonly SVGSVGElement[], name: string) => void;
  gexf: () => void;
  csv: (dialect?: CsvDialect) => void;
  shareLink: () => void;
}

export function createExportController(
  { store, derived, live }: AppContext,
  visual: () => VisualResult | null,
): ExportController {
  const svgText = () => {
    const state = store.get();
    const graph = live.graph();
    const result = visual();
    if (!state.dataset || !graph || !result) return null;
    return mapSvg({
      graph,
      title: datasetName(state.dataset, derived.t()),
      legend: result.colourLegend,
      worlds: state.encoding.colourBy === "world" ? derived.worlds() : null,
    });
  };
  const stem = () => {
    const dataset = store.get().dataset;
    return fileStem(dataset ? datasetName(dataset, derived.t()) : "territory");
  };
  const rows = () => {
    const dataset = store.get().dataset;
    const graph = live.graph();
    return dataset && graph
      ? exportRows(dataset, datasetName(dataset, derived.t()), derived.rows(), graph, derived.figures())
      : null;
  };
  return {
    mapSvg: () => {
      const svg = svgText();
      if (svg) download(`${stem()}.svg`, svg, "image/svg+xml");
    },
    mapPng: async (scale) => {
      const svg = svgText();
      if (!svg) return;
      const { width, height } = MAP_SVG_DEFAULTS;
      downloadUrl(`${stem()}-${width * scale}px.png`, await svgToPng(svg, width, height, scale));
    },
    chartSvg: (svgs, name) => download(`${stem()}-${name}.svg`, standaloneSvg(svgs, name), "image/svg+xml"),
    gexf: () => {
      const r = rows();
      if (r) download(`${stem()}.gexf`, gexf(r), "application/xml");
    },
    csv: (dialect = defaultCsvDialect(store.get().lang)) => {
      const r = rows();
      if (!r) return;
      const texts = csvPair(r, dialect);
      const type = "text/csv;charset=utf-8";
      download(`${stem()}-actors.csv`, texts.actors, type);
      download(`${stem()}-links.csv`, texts.links, type);
    },
    shareLink: () => {
      const url = location.href;
      void navigator.clipboard?.writeText(url).then(
        () => notify(store, { id: "explorer.notice.copied" }),
        () => notify(store, { id: "explorer.notice.link", params: { url } }),
      );
    },
  };
}
