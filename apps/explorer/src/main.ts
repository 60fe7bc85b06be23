/**
 * The explorer's entry point: wires the store, the workers and the views.
 * Data flows one way: dataset → filtered rows → visual graph → sigma; the
 * analysis worker answers for the filtered rows and its metrics flow into the
 * visual attributes, the panels and the charts.
 */
import "./styles.css";
import type { ActorFigures, GraphFigures } from "@catalyse/core";
import type { ExplorerAnalysis } from "./analysis/explorer-analysis.js";
import { type HighlightState, searchNodes } from "./controllers/highlight.js";
import { h, replace } from "./dom.js";
import { csvPair, download, downloadUrl, exportRows, fileStem, gexf } from "./export/downloads.js";
import { type OutlinePath, parseOutline } from "./geo/outline.js";
import { type InputProblemView, importFiles, type NamedBytes } from "./io-adapter.js";
import { ForceLayout } from "./layout/force-layout.js";
import { geoCoverage, geoPositions, initialPositions } from "./layout/positions.js";
import { type AppState, analysisKey, IDLE_ANALYSIS, initialState, type ViewName } from "./state/app-state.js";
import { type Dataset, datasetWorlds } from "./state/dataset.js";
import { DEFAULT_FILTERS, type FilteredRows, filterDataset, isFiltering } from "./state/filters.js";
import { saveDataset } from "./state/persistence.js";
import { DatasetRegistry } from "./state/registry.js";
import { Store } from "./state/store.js";
import { decodeUrlState, encodeUrlState } from "./state/url-state.js";
import type {} from "./test-handle.js";
import { renderCompareView } from "./views/compare-view.js";
import { createFiltersPanel, type FiltersPanel } from "./views/filters-panel.js";
import { GraphView } from "./views/graph-view.js";
import { renderLegends } from "./views/legends.js";
import { isSoftwareRenderer, SOFTWARE_LINK_BUDGET, webglRenderer } from "./views/link-budget.js";
import { availableMetrics, METRICS, type MetricKey, metricRanks } from "./views/metrics.js";
import { renderMiddlePanel } from "./views/middle-panel.js";
import { worldColours } from "./views/palette.js";
import { renderSidePanel } from "./views/side-panel.js";
import { buildVisualGraph, type VisualGraph, type VisualResult } from "./views/visual-graph.js";
import { AnalysisClient } from "./workers/analysis-client.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const store = new Store<AppState>(initialState());
const registry = new DatasetRegistry();
const analysis = new AnalysisClient();
const compareAnalysis = new AnalysisClient();
const forceLayout = new ForceLayout();

// Derived data, recomputed from the state by `derive()` only.
let rows: FilteredRows = { actors: [], links: [], actorPositions: [] };
let visual: VisualResult | null = null;
let figures: Map<string, ActorFigures> | null = null;
let rankCache = new Map<MetricKey, Map<string, number>>();
let positionOfId = new Map<string, number>();
let worlds: string[] = [];
let colours = new Map<string, string>();
const forcePositions = new Map<string, Float64Array>();
let hovered: string | null = null;
let filtersPanel: FiltersPanel | null = null;
let graphView: GraphView | null = null;
const compareFigures = new Map<string, GraphFigures>();
const comparePending: string[] = [];

function worldColour(world: string): string {
  return colours.get(world) ?? "#8C8C8C";
}

function toast(message: string): void {
  const element = $("toast");
  replace(element, message);
  element.classList.add("shown");
  setTimeout(() => element.classList.remove("shown"), 3500);
}

// ---------------------------------------------------------------- datasets

async function openDataset(key: string, preset: Partial<AppState> = {}): Promise<void> {
  setStatus(`Loading ${key}…`);
  let dataset: Dataset | null = null;
  try {
    dataset = await registry.load(key);
  } catch (error) {
    showProblems([
      {
        file: key,
        found: error instanceof Error ? error.message : String(error),
        expected: "a readable bundled territory",
        severity: "error",
      },
    ]);
  }
  if (!dataset) {
    if (key !== "example") return openDataset("example");
    return;
  }
  forceLayout.stop();
  worlds = datasetWorlds(dataset);
  colours = worldColours(worlds);
  positionOfId = new Map(dataset.actors.map((actor, i) => [actor.id, i] as const));
  if (!forcePositions.has(dataset.key)) forcePositions.set(dataset.key, initialPositions(dataset, worlds));
  figures = null;
  rankCache = new Map();
  const layout = preset.layout === "geo" && geoCoverage(dataset) > 0 ? "geo" : "force";
  store.set({
    dataset,
    filters: preset.filters ?? DEFAULT_FILTERS,
    selected: preset.selected ?? null,
    encoding: preset.encoding ?? store.get().encoding,
    layout,
    analysis: IDLE_ANALYSIS,
    compare: store.get().compare.length ? store.get().compare : [dataset.key],
  });
  ($("dataset-picker") as HTMLSelectElement).value = dataset.key;
  filtersPanel = createFiltersPanel(dataset, store.get().filters, worldColour, (update) =>
    store.set((state) => ({ filters: update(state.filters) })),
  );
  replace($("filters"), filtersPanel.element);
  derive(true);
  runAnalysis();
  // Large territories wait for the user to start the layout: redrawing tens of
  // thousands of links at every iteration competes with reading the graph.
  if (layout === "force" && !forcePositionsSettled.has(dataset.key)) {
    if (dataset.actors.length <= AUTO_LAYOUT_MAX) startForceLayout();
    else toast("Large territory: press “Run ForceAtlas2” to lay it out.");
  }
}

const forcePositionsSettled = new Set<string>();
/** Read once: whether WebGL runs on a software rasteriser here (see link-budget.ts). */
const softwareWebGL = isSoftwareRenderer(webglRenderer() ?? "");
const BASEMAP_KEY = "catalyse-explorer:basemap";
/** Above this many links, links are hidden while ForceAtlas2 runs. */
const HIDE_EDGES_ABOVE = 10_000;
/** Above this many actors, ForceAtlas2 does not start by itself. */
const AUTO_LAYOUT_MAX = 2000;
/** Above this many actors, the search box offers no suggestion list (too slow to build). */
const SUGGESTIONS_MAX = 1500;

function renderPicker(): void {
  const picker = $<HTMLSelectElement>("dataset-picker");
  const current = store.get().dataset?.key;
  replace(
    picker,
    store
      .get()
      .datasets.map((entry) =>
        h("option", { value: entry.key, selected: entry.key === current }, entry.name),
      ),
  );
}

// ---------------------------------------------------------------- derivation

/** dataset → filtered rows → visual graph → sigma. `structural` when rows or layout changed. */
function derive(structural: boolean): void {
  const state = store.get();
  const dataset = state.dataset;
  if (!dataset) return;
  if (structural) {
    saveForcePositions();
    forceLayout.stop();
    rows = filterDataset(dataset, state.filters);
  }
  const positions =
    state.layout === "geo"
      ? (geoPositions(dataset) ?? forcePositions.get(dataset.key)!)
      : forcePositions.get(dataset.key)!;
  // Node attributes only when they are patched into the live graph (below).
  const patch = graphView !== null && !structural && visual !== null;
  const next = buildVisualGraph({
    dataset,
    rows,
    positions,
    encoding: state.encoding,
    figures,
    worlds,
    edges: !patch,
    linkBudget: linkBudget(state),
  });
  if (!graphView) {
    graphView = new GraphView($("sigma"), next.graph, currentHighlight(next.graph), {
      onSelect: (key) => selectByKey(key),
      onHover: (key) => {
        hovered = key;
        applyHighlight();
      },
    });
    applyOutline();
  } else if (structural || !visual) {
    graphView.setGraph(next.graph, currentHighlight(next.graph));
  } else {
    // Same nodes: patch sizes and colours in place so a running layout keeps its
    // positions, and only when something changed (sigma reprocesses every node).
    const live = graphView.getGraph();
    const changed = live.someNode((key, attrs) => {
      if (!next.graph.hasNode(key)) return false;
      const fresh = next.graph.getNodeAttributes(key);
      return fresh.size !== attrs.size || fresh.color !== attrs.color;
    });
    if (changed)
      live.updateEachNodeAttributes(
        (key, attrs) => {
          const fresh = next.graph.hasNode(key) ? next.graph.getNodeAttributes(key) : null;
          return fresh ? { ...attrs, size: fresh.size, color: fresh.color } : attrs;
        },
        // The hint lets sigma refresh the nodes only, without re-indexing.
        { attributes: ["size", "color"] },
      );
    next.graph = live;
    // The live graph keeps its links, so their counts stand.
    next.links = visual.links;
  }
  visual = next;
  replace(
    $("legends"),
    renderLegends(
      next.colourLegend,
      next.sizeLegend,
      state.encoding.colourBy === "world" ? "Colour: world" : "Colour: community",
    ),
  );
  const summary = isFiltering(state.filters)
    ? `Showing ${rows.actors.length.toLocaleString("en-GB")} of ${dataset.actors.length.toLocaleString("en-GB")} actors and ${rows.links.length.toLocaleString("en-GB")} of ${dataset.links.length.toLocaleString("en-GB")} links.`
    : `${dataset.actors.length.toLocaleString("en-GB")} actors, ${dataset.links.length.toLocaleString("en-GB")} links.`;
  replace($("filter-summary"), summary, linkNotice(next.links, state));
  if (structural) renderSearchOptions();
  applyHighlight();
  renderPanel();
}

/** Links drawn: all, except under software WebGL (see link-budget.ts) unless the user asked for all. */
function linkBudget(state: AppState): number {
  return softwareWebGL && !state.drawAllLinks ? SOFTWARE_LINK_BUDGET : Number.POSITIVE_INFINITY;
}

/** Says when fewer links are drawn than counted, and offers the other choice. */
function linkNotice(links: VisualResult["links"], state: AppState): HTMLElement | string {
  const n = (value: number) => value.toLocaleString("en-GB");
  const notice = (text: string, button: string, drawAllLinks: boolean) =>
    h(
      "span",
      { class: "link-notice", "data-drawn": String(links.drawn) },
      text,
      h(
        "button",
        { type: "button", class: "link small", onClick: () => store.set({ drawAllLinks }) },
        button,
      ),
    );
  if (links.drawn < links.total)
    return notice(
      ` Drawing the ${n(links.drawn)} strongest of ${n(links.total)} links: this browser draws with software WebGL (no GPU), where every link slows each frame. The metrics count all links. `,
      "draw all links",
      true,
    );
  if (state.drawAllLinks && softwareWebGL && links.total > SOFTWARE_LINK_BUDGET)
    return notice(
      " All links drawn (software WebGL: each frame is slow). ",
      `draw the ${n(SOFTWARE_LINK_BUDGET)} strongest`,
      false,
    );
  return "";
}

function saveForcePositions(): void {
  const dataset = store.get().dataset;
  if (!graphView || !dataset || store.get().layout !== "force") return;
  const positions = forcePositions.get(dataset.key);
  if (!positions) return;
  graphView.getGraph().forEachNode((key, attrs) => {
    const i = Number(key);
    positions[2 * i] = attrs.x;
    positions[2 * i + 1] = attrs.y;
  });
}

/** The highlight the state asks for, on the graph about to be drawn. */
function currentHighlight(graph: VisualGraph): HighlightState {
  const state = store.get();
  const selectedPosition = state.selected === null ? undefined : positionOfId.get(state.selected);
  const selectedKey = selectedPosition === undefined ? null : String(selectedPosition);
  return {
    // Large graphs draw no links until the metrics are in (the analysis is
    // about to start or running): sizes change when they land, and every
    // frame and reprocessing of tens of thousands of links in between is paid
    // twice. A search or a hover meanwhile costs only the nodes.
    hideEdges:
      layoutHidesEdges ||
      (state.analysis.status !== "done" &&
        state.analysis.status !== "error" &&
        graph.size > HIDE_EDGES_ABOVE),
    hovered,
    selected: selectedKey !== null && graph.hasNode(selectedKey) ? selectedKey : null,
    matches: searchNodes(graph, state.search),
  };
}

function applyHighlight(): void {
  if (graphView) graphView.setHighlight(currentHighlight(graphView.getGraph()));
}

function selectByKey(key: string | null): void {
  if (key === null) {
    store.set({ selected: null });
    return;
  }
  const attrs = graphView?.getGraph().getNodeAttributes(key);
  store.set({ selected: attrs?.actorId ?? null });
}

function renderSearchOptions(): void {
  const list = $("search-options");
  if (rows.actors.length > SUGGESTIONS_MAX) {
    replace(list);
    return;
  }
  const labels = rows.actors.map((actor) => actor.label?.trim() || actor.id);
  replace(
    list,
    labels.map((label) => h("option", { value: label })),
  );
}

// ---------------------------------------------------------------- analysis

function runAnalysis(): void {
  const state = store.get();
  const dataset = state.dataset;
  if (!dataset) return;
  const key = analysisKey(state);
  store.set({
    analysis: { ...state.analysis, status: "running", done: 0, total: 1, step: "starting", error: null },
  });
  analysis.run(
    {
      meta: dataset.meta,
      actors: rows.actors,
      links: rows.links,
      ...(state.threads === null ? {} : { threads: state.threads }),
    },
    {
      onProgress: (done, total, step) =>
        store.set((s) => ({ analysis: { ...s.analysis, status: "running", done, total, step } })),
      onResult: (result, elapsedMs) => {
        figures = new Map(result.document.actors.map((actor) => [actor.id, actor] as const));
        rankCache = new Map();
        store.set((s) => ({
          analysis: {
            ...s.analysis,
            status: "done",
            done: 1,
            total: 1,
            step: "done",
            result,
            resultKey: key,
            elapsedMs,
          },
        }));
        renderSizeOptions(result);
        derive(false);
        renderMiddle();
      },
      onError: (message) =>
        store.set((s) => ({ analysis: { ...s.analysis, status: "error", error: message } })),
    },
  );
}

let analysisTimer: ReturnType<typeof setTimeout> | null = null;
function scheduleAnalysis(): void {
  if (analysisTimer !== null) clearTimeout(analysisTimer);
  analysisTimer = setTimeout(runAnalysis, 150);
}

function setStatus(text: string): void {
  replace($("analysis-status"), text);
}

function renderStatus(state: AppState): void {
  const a = state.analysis;
  const progress = $<HTMLProgressElement>("analysis-progress");
  if (a.status === "running") {
    setStatus(
      `Computing metrics in the background (${Math.round((100 * a.done) / Math.max(1, a.total))}%): ${a.step}`,
    );
    progress.hidden = false;
    progress.value = a.total > 0 ? a.done / a.total : 0;
  } else if (a.status === "done") {
    setStatus(`Metrics ready (${((a.elapsedMs ?? 0) / 1000).toFixed(1)} s, in a worker).`);
    progress.hidden = true;
  } else if (a.status === "error") {
    setStatus(`The analysis failed: ${a.error}`);
    progress.hidden = true;
  } else progress.hidden = true;
}

function renderSizeOptions(result: ExplorerAnalysis | null): void {
  const select = $<HTMLSelectElement>("size-by");
  const metrics = result
    ? availableMetrics(result.document.actors)
    : METRICS.filter((m) => m.key === "degree");
  const current = store.get().encoding.sizeBy;
  replace(
    select,
    metrics.map((metric) =>
      h("option", { value: metric.key, selected: metric.key === current }, metric.label),
    ),
  );
  if (!metrics.some((metric) => metric.key === current)) {
    const extra = METRICS.find((metric) => metric.key === current);
    if (extra) select.append(h("option", { value: extra.key, selected: true }, extra.label));
  }
}

function ranks(key: MetricKey): Map<string, number> {
  let cached = rankCache.get(key);
  if (!cached) {
    cached = metricRanks(store.get().analysis.result?.document.actors ?? [], key);
    rankCache.set(key, cached);
  }
  return cached;
}

// ---------------------------------------------------------------- panels

function renderPanel(): void {
  const state = store.get();
  const aside = $("actor-panel");
  const position = state.selected === null ? undefined : positionOfId.get(state.selected);
  const actor = position === undefined ? undefined : state.dataset?.actors[position];
  if (!actor || position === undefined) {
    aside.hidden = true;
    replace(aside);
    return;
  }
  const key = String(position);
  const graph = graphView?.getGraph();
  const neighbours =
    graph?.hasNode(key) === true
      ? graph.mapNeighbors(key, (neighbour, attrs) => ({
          id: attrs.actorId,
          label: attrs.label,
          world: attrs.world,
          weight: graph.getEdgeAttribute(graph.edge(key, neighbour) ?? graph.edge(neighbour, key)!, "weight"),
        }))
      : [];
  aside.hidden = false;
  replace(
    aside,
    renderSidePanel({
      actor,
      figures: figures?.get(actor.id) ?? null,
      allFigures: state.analysis.result?.document.actors ?? [],
      ranks,
      neighbours,
      worldColour,
      onSelect: (id) => {
        store.set({ selected: id });
        const p = positionOfId.get(id);
        if (p !== undefined) graphView?.focus(String(p));
      },
      onClose: () => store.set({ selected: null }),
    }),
  );
}

function renderMiddle(): void {
  const state = store.get();
  if (state.view !== "middle") return;
  const status =
    state.analysis.status === "running" ? "Computing… the charts appear when the analysis is done." : "";
  replace($("middle-view"), renderMiddlePanel(state.analysis.result, status));
}

function renderCompare(): void {
  const state = store.get();
  if (state.view !== "compare") return;
  replace(
    $("compare-view"),
    renderCompareView({
      entries: state.datasets,
      selected: state.compare,
      figures: compareFigures,
      pending: comparePending,
      onToggle: (key) =>
        store.set((s) => ({
          compare: s.compare.includes(key) ? s.compare.filter((k) => k !== key) : [...s.compare, key],
        })),
    }),
  );
  void fillCompare();
}

let comparing = false;
async function fillCompare(): Promise<void> {
  if (comparing) return;
  const missing = store
    .get()
    .compare.find((key) => !compareFigures.has(key) && !comparePending.includes(key));
  if (!missing) return;
  comparing = true;
  comparePending.push(missing);
  const dataset = await registry.load(missing).catch(() => null);
  if (!dataset) {
    comparePending.splice(comparePending.indexOf(missing), 1);
    comparing = false;
    return;
  }
  compareAnalysis.run(
    { meta: dataset.meta, actors: dataset.actors, links: dataset.links, light: true },
    {
      onProgress: () => {},
      onResult: (result) => {
        compareFigures.set(missing, result.document.graph);
        comparePending.splice(comparePending.indexOf(missing), 1);
        comparing = false;
        renderCompare();
      },
      onError: () => {
        comparePending.splice(comparePending.indexOf(missing), 1);
        comparing = false;
      },
    },
  );
}

function showView(view: ViewName): void {
  for (const name of ["graph", "middle", "compare"] as const) {
    $(`${name}-view`).hidden = name !== view;
    $(`tab-${name}`).setAttribute("aria-selected", String(name === view));
  }
  if (view === "graph") graphView?.resize();
  if (view === "middle") renderMiddle();
  if (view === "compare") renderCompare();
}

// ---------------------------------------------------------------- import

/** The territory outline from the last GeoJSON the user dropped or chose. */
let outline: OutlinePath[] | null = null;

function applyOutline(): void {
  graphView?.setOutline(store.get().layout === "geo" ? outline : null);
}

function isGeoJsonName(name: string): boolean {
  return /\.geojson$/i.test(name);
}

async function importOutline(file: File): Promise<void> {
  const result = parseOutline(file.name, await file.text());
  if (!result.ok) return showProblems([result.problem]);
  outline = result.paths;
  showProblems([]);
  applyOutline();
  const dataset = store.get().dataset;
  if (store.get().layout !== "geo") {
    if (dataset && geoCoverage(dataset) > 0) store.set({ layout: "geo" });
    else toast("The outline shows in the Map (lat/lon) layout.");
  }
}

function showProblems(problems: InputProblemView[], message: string | null = null): void {
  const box = $("import-problems");
  if (problems.length === 0 && message === null) {
    box.hidden = true;
    replace(box);
    return;
  }
  box.hidden = false;
  const errors = problems.filter((p) => p.severity === "error");
  box.classList.toggle("ok", errors.length === 0);
  replace(
    box,
    h("h2", {}, errors.length > 0 ? "The file could not be imported" : "Imported"),
    message ? h("p", {}, message) : null,
    h(
      "ul",
      {},
      problems
        .slice(0, 30)
        .map((p) =>
          h(
            "li",
            { class: p.severity },
            h("strong", {}, [p.file, p.line, p.column].filter((part) => part !== undefined).join(":")),
            p.field ? ` (column “${p.field}”)` : "",
            `: ${p.found}; expected ${p.expected}`,
          ),
        ),
    ),
    problems.length > 30 ? h("p", {}, `… and ${problems.length - 30} more`) : null,
    h("button", { type: "button", class: "link small", onClick: () => showProblems([]) }, "dismiss"),
  );
}

async function importFileList(list: FileList | File[]): Promise<void> {
  const files: NamedBytes[] = [];
  for (const file of Array.from(list))
    files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (files.length === 0) return;
  const result = await importFiles(files);
  if (!result.ok) {
    showProblems(result.problems);
    return;
  }
  const dataset = result.dataset;
  registry.addImported(dataset);
  await saveDataset(dataset);
  store.set({ datasets: registry.entries() });
  showProblems(
    result.warnings,
    `${dataset.name}: ${dataset.actors.length} actors and ${dataset.links.length} links imported; kept in this browser.`,
  );
  await openDataset(dataset.key);
}

// ---------------------------------------------------------------- layout

/** True while ForceAtlas2 runs on a large graph: links are hidden until it stops. */
let layoutHidesEdges = false;

function startForceLayout(): void {
  if (!graphView || store.get().layout !== "force") return;
  layoutHidesEdges = graphView.getGraph().size > HIDE_EDGES_ABOVE;
  applyHighlight();
  const button = $("fa2-toggle");
  const progress = $<HTMLProgressElement>("fa2-progress");
  const key = store.get().dataset?.key;
  forceLayout.start(graphView.getGraph(), {
    onProgress: (share) => {
      progress.value = share;
      replace(button, "Stop layout");
    },
    onStop: () => {
      layoutHidesEdges = false;
      applyHighlight();
      progress.value = 1;
      replace(button, "Run ForceAtlas2");
      if (key) forcePositionsSettled.add(key);
      saveForcePositions();
    },
  });
}

// ---------------------------------------------------------------- wiring

function wire(): void {
  $("dataset-picker").addEventListener(
    "change",
    (event) => void openDataset((event.target as HTMLSelectElement).value),
  );
  $<HTMLInputElement>("file-input").addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.files) void importFileList(input.files).finally(() => (input.value = ""));
  });
  $("import-button").addEventListener("click", () => $("file-input").click());
  const overlay = $("drop-overlay");
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
    if (!event.dataTransfer?.files) return;
    const dropped = Array.from(event.dataTransfer.files);
    const outlines = dropped.filter((file) => isGeoJsonName(file.name));
    const others = dropped.filter((file) => !isGeoJsonName(file.name));
    for (const file of outlines) void importOutline(file);
    if (others.length > 0) void importFileList(others);
  });
  const search = $<HTMLInputElement>("search");
  // Debounced: each search redraws every node through the reducers.
  let searchTimer: ReturnType<typeof setTimeout> | null = null;
  search.addEventListener("input", () => {
    if (searchTimer !== null) clearTimeout(searchTimer);
    searchTimer = setTimeout(() => store.set({ search: search.value }), 200);
  });
  search.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !graphView) return;
    store.set({ search: search.value });
    const matches = searchNodes(graphView.getGraph(), search.value);
    const first = matches ? [...matches][0] : undefined;
    if (first === undefined) return toast("No actor matches.");
    selectByKey(first);
    graphView.focus(first);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>(".tabs [data-view]"))
    button.addEventListener("click", () => store.set({ view: button.dataset.view as ViewName }));
  $<HTMLSelectElement>("colour-by").addEventListener("change", (event) =>
    store.set((s) => ({
      encoding: {
        ...s.encoding,
        colourBy: (event.target as HTMLSelectElement).value as "world" | "community",
      },
    })),
  );
  $<HTMLSelectElement>("size-by").addEventListener("change", (event) =>
    store.set((s) => ({
      encoding: { ...s.encoding, sizeBy: (event.target as HTMLSelectElement).value as MetricKey },
    })),
  );
  $("reset-filters").addEventListener("click", () => store.set({ filters: DEFAULT_FILTERS }));
  $("fa2-toggle").addEventListener("click", () => {
    if (forceLayout.running) forceLayout.stop();
    else {
      if (store.get().layout !== "force") store.set({ layout: "force" });
      startForceLayout();
    }
  });
  $("layout-force").addEventListener("click", () => store.set({ layout: "force" }));
  $("layout-geo").addEventListener("click", () => {
    const dataset = store.get().dataset;
    if (!dataset || geoCoverage(dataset) === 0) return toast("No actor has lat/lon coordinates.");
    store.set({ layout: "geo" });
  });
  const basemap = $<HTMLInputElement>("basemap-url");
  basemap.value = localStorage.getItem(BASEMAP_KEY) ?? "";
  store.set({ basemap: basemap.value });
  basemap.addEventListener("change", () => {
    localStorage.setItem(BASEMAP_KEY, basemap.value.trim());
    store.set({ basemap: basemap.value.trim() });
    if (basemap.value.trim() !== "" && store.get().layout !== "geo")
      toast("The tiles show in the Map (lat/lon) layout.");
  });
  $<HTMLInputElement>("outline-input").addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void importOutline(file).finally(() => (input.value = ""));
  });
  $("outline-clear").addEventListener("click", () => {
    outline = null;
    applyOutline();
  });
  $("zoom-in").addEventListener("click", () => graphView?.zoom(1.5));
  $("zoom-out").addEventListener("click", () => graphView?.zoom(1 / 1.5));
  $("zoom-reset").addEventListener("click", () => graphView?.resetCamera());
  $("export-png").addEventListener("click", () => {
    const dataset = store.get().dataset;
    if (!graphView || !dataset) return;
    if (store.get().view !== "graph") store.set({ view: "graph" });
    downloadUrl(`${fileStem(dataset)}.png`, graphView.toPng());
  });
  $("export-gexf").addEventListener("click", () => {
    const dataset = store.get().dataset;
    if (!dataset || !graphView) return;
    download(
      `${fileStem(dataset)}.gexf`,
      gexf(exportRows(dataset, rows, graphView.getGraph(), figures)),
      "application/xml",
    );
  });
  $("export-csv").addEventListener("click", () => {
    const dataset = store.get().dataset;
    if (!dataset || !graphView) return;
    const texts = csvPair(exportRows(dataset, rows, graphView.getGraph(), figures));
    download(`${fileStem(dataset)}-actors.csv`, texts.actors, "text/csv");
    download(`${fileStem(dataset)}-links.csv`, texts.links, "text/csv");
  });
  $("export-link").addEventListener("click", () => {
    const url = location.href;
    void navigator.clipboard?.writeText(url).then(
      () => toast("Link copied."),
      () => toast(url),
    );
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && store.get().selected !== null) store.set({ selected: null });
  });
}

store.subscribe((state, previous) => {
  renderStatus(state);
  if (state.datasets !== previous.datasets) renderPicker();
  const structural = state.filters !== previous.filters || state.layout !== previous.layout;
  if (state.dataset === previous.dataset && !structural && state.drawAllLinks !== previous.drawAllLinks)
    derive(true);
  if (state.dataset === previous.dataset && structural) {
    filtersPanel?.sync(state.filters);
    derive(true);
    scheduleAnalysis();
  } else if (state.dataset === previous.dataset && state.encoding !== previous.encoding) derive(false);
  if (state.selected !== previous.selected) {
    applyHighlight();
    renderPanel();
  }
  if (state.search !== previous.search || state.analysis.status !== previous.analysis.status)
    applyHighlight();
  if (state.basemap !== previous.basemap)
    graphView?.setBasemap(state.layout === "geo" ? state.basemap : null);
  if (state.layout !== previous.layout) applyOutline();
  if (state.view !== previous.view) showView(state.view);
  if (state.compare !== previous.compare) renderCompare();
  if (state.analysis.status !== previous.analysis.status && state.view === "middle") renderMiddle();
  $<HTMLSelectElement>("colour-by").value = state.encoding.colourBy;
  $("layout-force").setAttribute("aria-pressed", String(state.layout === "force"));
  $("layout-geo").setAttribute("aria-pressed", String(state.layout === "geo"));
  if (state.dataset) history.replaceState(null, "", `#${encodeUrlState(state)}`);
});

window.__explorer = {
  state: () => store.get(),
  nodeColour: (actorId) => {
    const p = positionOfId.get(actorId);
    const graph = graphView?.getGraph();
    return p !== undefined && graph?.hasNode(String(p)) ? graph.getNodeAttribute(String(p), "color") : null;
  },
  nodeScreen: (actorId) => {
    const p = positionOfId.get(actorId);
    return p === undefined ? null : (graphView?.viewportPosition(String(p)) ?? null);
  },
  visibleActors: () => graphView?.getGraph().order ?? 0,
};

async function boot(): Promise<void> {
  // NOTE: read the hash first: every store update rewrites it.
  const url = decodeUrlState(location.hash);
  wire();
  await registry.init();
  store.set({ datasets: registry.entries() });
  if (url.view) store.set({ view: url.view });
  const preset: Partial<AppState> = {};
  if (url.filters) preset.filters = url.filters;
  if (url.encoding) preset.encoding = url.encoding;
  if (url.layout) preset.layout = url.layout;
  if (url.selected !== undefined) preset.selected = url.selected;
  store.set({ drawAllLinks: url.drawAllLinks ?? false, threads: url.threads ?? null });
  renderSizeOptions(null);
  await openDataset(url.dataset ?? registry.defaultKey(), preset);
}

void boot();
