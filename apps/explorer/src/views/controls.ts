/**
 * The page's fixed controls (index.html) bound to the controllers: DOM
 * events in, controller actions out. Nothing here keeps state.
 */
import { langOf } from "@catalyse/readings";
import type { AnalysisController } from "../controllers/analysis-controller.js";
import { type DatasetController, isGeoJsonName } from "../controllers/dataset-controller.js";
import { type ExportController, isCsvDialect } from "../controllers/export-controller.js";
import type { FiltersController } from "../controllers/filters-controller.js";
import type { LayoutController } from "../controllers/layout-controller.js";
import type { QapController } from "../controllers/qap-controller.js";
import type { SelectionController } from "../controllers/selection-controller.js";
import type { AppState, ViewName } from "../state/app-state.js";
import type { MetricKey } from "../state/metrics.js";
import type { Store } from "../state/store.js";
import { byId } from "./by-id.js";
import type { GraphStage } from "./graph-stage.js";

export interface Controllers {
  dataset: DatasetController;
  filters: FiltersController;
  analysis: AnalysisController;
  layout: LayoutController;
  selection: SelectionController;
  exports: ExportController;
  qap: QapController;
}

const BASEMAP_KEY = "catalyse-explorer:basemap";
const VIEWS: readonly ViewName[] = ["graph", "middle", "compare"];

export function bindControls(store: Store<AppState>, c: Controllers, stage: GraphStage): void {
  const on = (id: string, event: string, listener: (event: Event) => void) =>
    byId(id).addEventListener(event, listener);
  on("dataset-picker", "change", (event) => void c.dataset.open((event.target as HTMLSelectElement).value));
  on("file-input", "change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.files) void c.dataset.importFiles([...input.files]).finally(() => (input.value = ""));
  });
  on("import-button", "click", () => byId("file-input").click());
  const overlay = byId("drop-overlay");
  window.addEventListener("dragover", (event) => {
    event.preventDefault();
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) overlay.hidden = true;
  });
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    overlay.hidden = true;
    const dropped = [...(event.dataTransfer?.files ?? [])];
    for (const file of dropped.filter((f) => isGeoJsonName(f.name))) void c.dataset.importOutline(file);
    const others = dropped.filter((f) => !isGeoJsonName(f.name));
    if (others.length > 0) void c.dataset.importFiles(others);
  });

  const search = byId<HTMLInputElement>("search");
  search.addEventListener("input", () => c.selection.typeSearch(search.value));
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") c.selection.submitSearch(search.value);
  });

  // Tabs (WAI-ARIA tabs pattern): click or arrows select, Home/End jump.
  for (const view of VIEWS) {
    const tab = byId(`tab-${view}`);
    tab.addEventListener("click", () => store.set({ view }));
    tab.addEventListener("keydown", (event) => {
      const i = VIEWS.indexOf(view);
      const next =
        event.key === "ArrowRight"
          ? VIEWS[(i + 1) % VIEWS.length]
          : event.key === "ArrowLeft"
            ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
            : event.key === "Home"
              ? VIEWS[0]
              : event.key === "End"
                ? VIEWS[VIEWS.length - 1]
                : undefined;
      if (!next) return;
      event.preventDefault();
      store.set({ view: next });
      byId(`tab-${next}`).focus();
    });
  }

  on("collectives-view", "change", (event) => {
    const collectives = (event.target as HTMLSelectElement).value === "two-mode" ? "two-mode" : "projected";
    store.set((s) => ({ encoding: { ...s.encoding, collectives } }));
  });
  on("colour-by", "change", (event) => {
    const colourBy = (event.target as HTMLSelectElement).value as "world" | "community";
    store.set((s) => ({ encoding: { ...s.encoding, colourBy } }));
  });
  on("size-by", "change", (event) => {
    const sizeBy = (event.target as HTMLSelectElement).value as MetricKey;
    store.set((s) => ({ encoding: { ...s.encoding, sizeBy } }));
  });
  on("reset-filters", "click", () => c.filters.reset());
  on("fa2-toggle", "click", () => c.layout.toggle());
  on("layout-force", "click", () => store.set((s) => ({ layout: "force", fitRequest: s.fitRequest + 1 })));
  on("layout-geo", "click", () => c.layout.useGeo());

  const basemap = byId<HTMLInputElement>("basemap-url");
  basemap.value = localStorage.getItem(BASEMAP_KEY) ?? "";
  store.set({ basemap: basemap.value });
  basemap.addEventListener("change", () => {
    const value = basemap.value.trim();
    localStorage.setItem(BASEMAP_KEY, value);
    store.set({ basemap: value });
  });
  on("outline-input", "change", (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void c.dataset.importOutline(file).finally(() => (input.value = ""));
  });
  on("outline-clear", "click", () => c.dataset.clearOutline());
  // The native file input writes its own text in the browser's language: a button stands for it.
  on("outline-button", "click", () => byId("outline-input").click());

  on("lang-picker", "change", (event) => {
    const lang = langOf((event.target as HTMLSelectElement).value);
    if (lang) store.set({ lang });
  });
  on("zoom-in", "click", () => stage.view()?.zoom(1.5));
  on("zoom-out", "click", () => stage.view()?.zoom(1 / 1.5));
  on("zoom-reset", "click", () => stage.view()?.fit());

  on("export-svg", "click", () => c.exports.mapSvg());
  on(
    "export-png",
    "click",
    () => void c.exports.mapPng(Number(byId<HTMLSelectElement>("png-scale").value) || 1),
  );
  on("export-gexf", "click", () => c.exports.gexf());
  on("export-csv", "click", () => {
    const dialect = byId<HTMLSelectElement>("csv-dialect").value;
    c.exports.csv(isCsvDialect(dialect) ? dialect : undefined);
  });
  on("export-link", "click", () => c.exports.shareLink());
  // Every chart offers its SVG: one delegated listener for buttons the views draw.
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-chart-svg]");
    // The card's charts, not the svg elements inside them (a chart may nest one).
    const svgs = [...(button?.closest(".card")?.querySelectorAll<SVGSVGElement>("svg") ?? [])].filter(
      (svg) => !svg.parentElement?.closest("svg"),
    );
    if (button && svgs.length > 0) c.exports.chartSvg(svgs, button.dataset.chartSvg ?? "chart");
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && store.get().selected !== null) c.selection.select(null);
  });
}
