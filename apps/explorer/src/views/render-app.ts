/**
 * One subscription that renders every view from the state, each only when
 * what it shows changed; and the reactions that start work (an analysis
 * when the filters settle, compare figures when territories are ticked).
 */
import { replace } from "../dom.js";
import type { AppState } from "../state/app-state.js";
import type { Derived } from "../state/derived.js";
import type { Store } from "../state/store.js";
import { encodeUrlState } from "../state/url-state.js";
import { renderActorsTable } from "./actors-table.js";
import { byId } from "./by-id.js";
import type { Controllers } from "./controls.js";
import { createFiltersPanel, type FiltersPanel } from "./filters-panel.js";
import type { GraphStage } from "./graph-stage.js";
import {
  type PanelActions,
  renderActorPanel,
  renderCompare,
  renderGraphLegends,
  renderMiddle,
  renderPicker,
  renderSearchOptions,
  renderSizeOptions,
  renderTabs,
} from "./panels.js";
import { renderStaticTexts } from "./static-texts.js";
import {
  createToast,
  renderAnalysisStatus,
  renderFilterSummary,
  renderImportReport,
  renderLayoutStatus,
} from "./status-view.js";

export function renderApp(store: Store<AppState>, derived: Derived, stage: GraphStage, c: Controllers): void {
  const toast = createToast();
  let filtersPanel: FiltersPanel | null = null;
  const panelActions: PanelActions = {
    selectAndFocus: c.selection.selectAndFocus,
    selectCollective: c.selection.selectCollectiveAndFocus,
    closeActor: () => c.selection.select(null),
    toggleCompare: (key) =>
      store.set((s) => ({
        compare: s.compare.includes(key) ? s.compare.filter((k) => k !== key) : [...s.compare, key],
      })),
    highlightCore: (highlightCore) => store.set({ highlightCore }),
    // "Show on the map" shows the map; "Show every kind" stays on the card.
    showKind: (kind) => {
      c.filters.showKind(kind);
      if (kind !== null) store.set({ view: "graph" });
    },
    qapToggle: c.qap.toggle,
    qapRun: c.qap.run,
  };
  const statusActions = {
    dismissReport: c.dataset.dismissReport,
    drawAllLinks: (drawAllLinks: boolean) => store.set({ drawAllLinks }),
  };
  const tableActions = {
    sort: (sortBy: AppState["actorTable"]["sortBy"]) =>
      store.set((s) => ({
        actorTable: {
          sortBy,
          // A new column starts with its natural order: names A→Z, figures largest first.
          descending:
            s.actorTable.sortBy === sortBy
              ? !s.actorTable.descending
              : sortBy === "degree" || sortBy === "betweenness" || sortBy === "coreness",
        },
      })),
    select: c.selection.selectAndFocus,
  };

  store.subscribe((state, previous) => {
    const changed = <K extends keyof AppState>(...keys: K[]) =>
      keys.some((key) => state[key] !== previous[key]);
    const rowsChanged = changed("dataset", "filters");
    const resultChanged = state.analysis.result !== previous.analysis.result;
    // A new language redraws every text.
    const lang = changed("lang");
    const t = derived.t();

    if (lang) renderStaticTexts(t);
    if (changed("dataset") || lang) {
      const dataset = state.dataset;
      filtersPanel = dataset
        ? createFiltersPanel(dataset, state.filters, derived.worldColour, c.filters.update, t)
        : null;
      replace(byId("filters"), filtersPanel?.element ?? "");
      byId<HTMLSelectElement>("dataset-picker").value = dataset?.key ?? "";
    } else if (changed("filters")) filtersPanel?.sync(state.filters);
    if (rowsChanged && previous.dataset === state.dataset) c.analysis.schedule();

    stage.render(state, previous.dataset === null && state.dataset !== null ? null : previous);

    if (changed("analysis") || lang) renderAnalysisStatus(state, t);
    if (changed("layoutRun", "layout") || lang) renderLayoutStatus(state, t);
    if (changed("datasets") || lang) renderPicker(state, t);
    if (changed("importReport") || lang) renderImportReport(state.importReport, statusActions, t);
    if (changed("notice")) toast(state.notice, t);
    if (resultChanged || changed("encoding") || lang) renderSizeOptions(state, derived);
    if (rowsChanged || resultChanged || lang || changed("encoding", "layout", "drawAllLinks")) {
      renderGraphLegends(state, derived, stage);
      const rows = derived.rows();
      renderFilterSummary(
        state,
        stage.visual(),
        { actors: rows.actors.length, links: rows.links.length },
        stage.softwareWebGL,
        statusActions,
        t,
      );
    }
    if (rowsChanged) renderSearchOptions(derived);
    if (rowsChanged || resultChanged || lang || changed("actorTable", "selected"))
      renderActorsTable(state, derived, tableActions);
    if (rowsChanged || resultChanged || lang || changed("selected", "selectedCollective", "view"))
      renderActorPanel(state, derived, stage, panelActions);
    if (changed("view")) renderTabs(state);
    if (changed("view", "analysis", "qap", "highlightCore") || rowsChanged || lang)
      renderMiddle(state, derived, panelActions);
    if (changed("view", "compare", "compareDocuments", "comparePending", "datasets") || lang) {
      renderCompare(state, derived, panelActions);
      if (state.view === "compare") void c.analysis.fillCompare();
    }
    if (state.dataset) history.replaceState(null, "", `#${encodeUrlState(state)}`);
  });
}
