/** Exports of the current view: PNG, GEXF and CSV of the filtered graph with its metrics. */
import type { ActorFigures } from "@catalyse/core";
import { type GexfActor, writeActorsCsv, writeGexf, writeLinksCsv } from "../io-adapter.js";
import type { Dataset } from "../state/dataset.js";
import type { FilteredRows } from "../state/filters.js";
import { METRICS, metricValue } from "../views/metrics.js";
import type { VisualGraph } from "../views/visual-graph.js";

export function download(name: string, content: string | Blob, type = "text/plain"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadDataUrl(name: string, url: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

export function fileStem(dataset: Dataset): string {
  return (
    (dataset.name || "territory")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "territory"
  );
}

export function actorsCsv(rows: FilteredRows, figures: ReadonlyMap<string, ActorFigures> | null): string {
  const metrics = METRICS.filter((metric) =>
    [...(figures?.values() ?? [])].some((a) => metricValue(a, metric.key) !== null),
  );
  const header = ["id", "label", "world", "lat", "lon", "community", ...metrics.map((metric) => metric.key)];
  return writeActorsCsv(
    header,
    rows.actors.map((actor) => {
      const f = figures?.get(actor.id);
      return [
        actor.id,
        actor.label ?? "",
        actor.world ?? "",
        actor.lat ?? "",
        actor.lon ?? "",
        f?.community ?? "",
        ...metrics.map((metric) => (f ? (metricValue(f, metric.key) ?? "") : "")),
      ];
    }),
  );
}

export function linksCsv(rows: FilteredRows): string {
  return writeLinksCsv(rows.links);
}

export function gexf(
  dataset: Dataset,
  rows: FilteredRows,
  graph: VisualGraph,
  figures: ReadonlyMap<string, ActorFigures> | null,
): string {
  const actors: GexfActor[] = rows.actors.map((actor, i) => {
    const key = String(rows.actorPositions[i]);
    const attrs = graph.hasNode(key) ? graph.getNodeAttributes(key) : null;
    const f = figures?.get(actor.id);
    const metrics: Record<string, number | null> = {};
    if (f) for (const metric of METRICS) metrics[metric.key] = metricValue(f, metric.key);
    return { ...actor, x: attrs?.x ?? 0, y: attrs?.y ?? 0, colour: attrs?.color ?? "#8c8c8c", metrics };
  });
  return writeGexf(dataset.name, dataset.meta.directed ?? false, actors, rows.links);
}
