/**
 * Exports: the map as SVG (nodes, links, labels, legend, title) and as PNG
 * at a chosen resolution (the same SVG rasterised), each chart as SVG, the
 * filtered graph as GEXF and CSV (written by @catalyse/io), and a share link
 * (the URL hash holds the view state).
 */
import { standaloneSvg } from "../export/chart-svg.js";
import { csvPair, download, downloadUrl, exportRows, fileStem, gexf } from "../export/downloads.js";
import { MAP_SVG_DEFAULTS, mapSvg, svgToPng } from "../export/map-svg.js";
import type { VisualResult } from "../views/visual-graph.js";
import { type AppContext, notify } from "./context.js";

/**
 * The CSV dialect of the explorer's export. Hook for issue 13: when
 * @catalyse/io's CSV writer takes a dialect (`excel-fr`: `;`, decimal comma,
 * UTF-8 with BOM), the export passes it through `csvPair`.
 */
export type CsvDialect = "rfc4180" | "excel-fr";

export interface ExportController {
  mapSvg: () => void;
  /** `scale` multiplies the map's 1600 × 1000 page (2 = 3200 px wide). */
  mapPng: (scale: number) => Promise<void>;
  chartSvg: (svg: SVGSVGElement, name: string) => void;
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
      title: state.dataset.name,
      legend: result.colourLegend,
      worlds: state.encoding.colourBy === "world" ? derived.worlds() : null,
    });
  };
  const stem = () => {
    const dataset = store.get().dataset;
    return dataset ? fileStem(dataset) : "territory";
  };
  const rows = () => {
    const dataset = store.get().dataset;
    const graph = live.graph();
    return dataset && graph ? exportRows(dataset, derived.rows(), graph, derived.figures()) : null;
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
    chartSvg: (svg, name) => download(`${stem()}-${name}.svg`, standaloneSvg(svg, name), "image/svg+xml"),
    gexf: () => {
      const r = rows();
      if (r) download(`${stem()}.gexf`, gexf(r), "application/xml");
    },
    csv: (_dialect = "rfc4180") => {
      const r = rows();
      if (!r) return;
      const texts = csvPair(r);
      download(`${stem()}-actors.csv`, texts.actors, "text/csv");
      download(`${stem()}-links.csv`, texts.links, "text/csv");
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
