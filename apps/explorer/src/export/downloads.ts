/**
 * Exports of the current view: PNG, and GEXF and CSV of the filtered graph
 * with its metrics (written by @catalyse/io, so they read back everywhere).
 */
import type { ActorFigures, AttributeValue } from "@catalyse/core";
import { type CsvDialect, type ExportRows, writeExportCsv, writeExportGexf } from "../io-adapter.js";
import type { Dataset } from "../state/dataset.js";
import type { FilteredRows } from "../state/filters.js";
import { METRICS, metricValue } from "../state/metrics.js";
import type { VisualGraph } from "../views/visual-graph.js";

export function download(name: string, content: string, type = "text/plain"): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  downloadUrl(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadUrl(name: string, url: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** A file name from the dataset's name as shown: letters and digits, joined by `-`. */
export function fileStem(name: string): string {
  return (
    (name || "territory")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "territory"
  );
}

/** The filtered rows with metrics, community and drawn position added to each actor's attributes. */
export function exportRows(
  dataset: Dataset,
  name: string,
  rows: FilteredRows,
  graph: VisualGraph,
  figures: ReadonlyMap<string, ActorFigures> | null,
): ExportRows {
  const actors = rows.actors.map((actor, i) => {
    const key = String(rows.actorPositions[i]);
    const attributes: Record<string, AttributeValue> = { ...actor.attributes };
    const f = figures?.get(actor.id);
    if (f) {
      attributes.community = f.community;
      for (const metric of METRICS) attributes[metric.key] = metricValue(f, metric.key);
    }
    if (graph.hasNode(key)) {
      attributes.x = graph.getNodeAttribute(key, "x");
      attributes.y = graph.getNodeAttribute(key, "y");
    }
    return { ...actor, attributes };
  });
  return { meta: { ...dataset.meta, name }, actors, links: rows.links };
}

export function gexf(rows: ExportRows): string {
  return writeExportGexf(rows);
}

export function csvPair(rows: ExportRows, dialect: CsvDialect): { actors: string; links: string } {
  return writeExportCsv(rows, dialect);
}
