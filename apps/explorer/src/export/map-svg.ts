/**
 * The map as a standalone SVG: links, nodes (each world its colour and its
 * shape), labels, the legend and a title, in graph coordinates fitted to the
 * page. Built as a string (no DOM), so it is also what the PNG export
 * rasterises at the chosen resolution.
 */
import type { VisualGraph } from "../views/visual-graph.js";
import { shapePath, worldShape } from "../views/world-shapes.js";

export interface MapSvgInput {
  graph: VisualGraph;
  title: string;
  /** Legend rows (colour legend of the view); shapes are drawn when `worlds` is given. */
  legend: readonly { label: string; colour: string }[];
  worlds: readonly string[] | null;
  width?: number;
  height?: number;
}

export const MAP_SVG_DEFAULTS = { width: 1600, height: 1000 } as const;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Only labels of nodes at least this large (in the view's size unit) are written, as sigma shows them. */
const LABEL_MIN_SIZE = 6;

export function mapSvg(input: MapSvgInput): string {
  const width = input.width ?? MAP_SVG_DEFAULTS.width;
  const height = input.height ?? MAP_SVG_DEFAULTS.height;
  const { graph } = input;
  const legendWidth = 240;
  const top = 70;
  const pad = 40;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_key, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const areaW = width - legendWidth - 2 * pad - 120; // room for labels on the right
  const areaH = height - top - 2 * pad;
  const k = graph.order > 0 ? Math.min(areaW / spanX, areaH / spanY) : 1;
  // Graph y points up (sigma's convention), SVG y points down.
  const px = (x: number) => pad + (x - minX) * k;
  const py = (y: number) => top + pad + (maxY - y) * k;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${pad}" y="44" font-size="26" font-weight="600" fill="#1d2430">${escapeXml(input.title)}</text>`,
    `<g class="links" stroke="#c9ced6" stroke-linecap="round">`,
  );
  graph.forEachEdge((_edge, attrs, _s, _t, sa, ta) => {
    parts.push(
      `<line x1="${px(sa.x).toFixed(1)}" y1="${py(sa.y).toFixed(1)}" x2="${px(ta.x).toFixed(1)}" y2="${py(ta.y).toFixed(1)}" stroke-width="${attrs.size.toFixed(2)}"/>`,
    );
  });
  parts.push(`</g><g class="nodes" stroke="#ffffff" stroke-width="0.8">`);
  const labels: string[] = [];
  graph.forEachNode((_key, a) => {
    const x = px(a.x).toFixed(1);
    const y = py(a.y).toFixed(1);
    const d = shapePath(input.worlds ? worldShape(a.world, input.worlds) : worldShape("", []), a.size * 2);
    parts.push(
      `<path transform="translate(${x},${y})" d="${d}" fill="${a.color}"><title>${escapeXml(a.label)}</title></path>`,
    );
    if (a.size >= LABEL_MIN_SIZE || graph.order <= 60)
      labels.push(
        `<text x="${(px(a.x) + a.size + 3).toFixed(1)}" y="${(py(a.y) + 4).toFixed(1)}">${escapeXml(a.label)}</text>`,
      );
  });
  parts.push(`</g><g class="labels" font-size="12" fill="#1d2430">`, ...labels, "</g>");
  const lx = width - legendWidth;
  parts.push(
    `<g class="legend" font-size="13" fill="#1d2430"><text x="${lx}" y="${top + 10}" font-weight="600">Legend</text>`,
  );
  input.legend.forEach((entry, i) => {
    const y = top + 34 + i * 22;
    const d = shapePath(input.worlds ? worldShape(entry.label, input.worlds) : worldShape("", []), 12);
    parts.push(
      `<path transform="translate(${lx + 6},${y - 4})" d="${d}" fill="${entry.colour}" stroke="#333" stroke-width="0.6"/>`,
      `<text x="${lx + 20}" y="${y}">${escapeXml(entry.label)}</text>`,
    );
  });
  parts.push("</g></svg>");
  return parts.join("\n");
}

/** Rasterises an SVG string to a PNG data URL, `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("explorer: no 2D canvas for the PNG export");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL("image/png");
  } finally {
    URL.revokeObjectURL(url);
  }
}
