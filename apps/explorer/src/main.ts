/**
 * The explorer's entry point: creates the store, the controllers and the
 * views, and tells the views when to render. See README.md in this folder:
 * state (store, derived state) → controllers (actions) → views (render).
 */
import "./styles/base.css";
import "./styles/topbar.css";
import "./styles/sidebar.css";
import "./styles/stage.css";
import "./styles/cards.css";
import "./styles/overlays.css";
import "./styles/last.css";
import { langOf } from "@catalyse/readings";
import { createAnalysisController } from "./controllers/analysis-controller.js";
import type { AppContext } from "./controllers/context.js";
import { createDatasetController } from "./controllers/dataset-controller.js";
import { createExportController } from "./controllers/export-controller.js";
import { createFiltersController } from "./controllers/filters-controller.js";
import { createLayoutController } from "./controllers/layout-controller.js";
import { createQapController } from "./controllers/qap-controller.js";
import { createSelectionController } from "./controllers/selection-controller.js";
import { exposeTestHandle } from "./expose-test-handle.js";
import { type AppState, initialState } from "./state/app-state.js";
import { createDerived } from "./state/derived.js";
import { DatasetRegistry } from "./state/registry.js";
import { Store } from "./state/store.js";
import { decodeUrlState } from "./state/url-state.js";
import { byId } from "./views/by-id.js";
import { bindControls } from "./views/controls.js";
import { createGraphStage } from "./views/graph-stage.js";
import { renderApp } from "./views/render-app.js";

async function boot(): Promise<void> {
  // NOTE: read the hash first: every store update rewrites it.
  const url = decodeUrlState(location.hash, location.search);
  const store = new Store<AppState>(initialState());
  const derived = createDerived(() => store.get());
  const registry = new DatasetRegistry();
  const context: AppContext = {
    store,
    derived,
    registry,
    live: { graph: () => stage.graph(), focus: (key) => stage.focus(key) },
  };
  const analysis = createAnalysisController(context);
  const layout = createLayoutController(context);
  const selection = createSelectionController(context);
  const filters = createFiltersController(context);
  const dataset = createDatasetController(context, analysis, layout);
  const stage = createGraphStage(byId("sigma"), derived, {
    onSelect: selection.selectKey,
    onHover: selection.hover,
    positions: (state) => (state.dataset ? layout.positions(state.dataset) : null),
    beforeRebuild: () => {
      layout.save();
      layout.stop();
    },
  });
  const exports = createExportController(context, () => stage.visual());
  const qap = createQapController(context);
  const controllers = { dataset, filters, analysis, layout, selection, exports, qap };
  renderApp(store, derived, stage, controllers);
  // The language first (the URL's, else the browser's), so the page never shows in the other one.
  store.set({ lang: url.lang ?? langOf(navigator.language) ?? "en" });
  bindControls(store, controllers, stage);
  exposeTestHandle(store, derived, stage);

  await registry.init();
  store.set({
    datasets: registry.entries(),
    ...(url.view ? { view: url.view } : {}),
    drawAllLinks: url.drawAllLinks ?? false,
    threads: url.threads ?? null,
  });
  await dataset.open(url.dataset ?? registry.defaultKey(), {
    ...(url.filters ? { filters: url.filters } : {}),
    ...(url.encoding ? { encoding: url.encoding } : {}),
    ...(url.layout ? { layout: url.layout } : {}),
    ...(url.selected !== undefined ? { selected: url.selected } : {}),
  });
}

void boot();
