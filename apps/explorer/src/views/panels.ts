/**
 * The panels rendered from the state: the dataset picker, size options,
 * legends, search suggestions, the actor panel, "No one in the middle" and
 * Compare. Each render is a pure function of the state and the derived
 * state, plus the callbacks to the controllers.
 */

import { qapReadings, type Translator } from "@catalyse/readings";
import { qapPredictors } from "../analysis/qap-view.js";
import { h, replace } from "../dom.js";
import { type AppState, analysisKey } from "../state/app-state.js";
import { datasetLinkTypes, UNTYPED_LINK } from "../state/dataset.js";
import { collectiveDetails, collectivesForRows, collectivesOfActor } from "../state/dataset-collectives.js";
import { datasetName } from "../state/dataset-name.js";
import type { Derived } from "../state/derived.js";
import { onlyLinkType } from "../state/link-type-filter.js";
import { availableMetrics, METRICS } from "../state/metrics.js";
import { LARGE_TERRITORY } from "../workers/analysis-protocol.js";
import { byId } from "./by-id.js";
import { renderCollectivePanel } from "./collective-panel.js";
import { renderCompareView } from "./compare-view.js";
import type { GraphStage } from "./graph-stage.js";
import { renderLegends } from "./legends.js";
import { metricLabel } from "./metric-texts.js";
import { renderMiddlePanel } from "./middle-panel.js";
import { renderSidePanel } from "./side-panel.js";

/** Above this many actors, the search box offers no suggestion list (too slow to build). */
const SUGGESTIONS_MAX = 1500;

export interface PanelActions {
  selectAndFocus: (actorId: string) => void;
  selectCollective: (collectiveId: string) => void;
  closeActor: () => void;
  toggleCompare: (key: string) => void;
  highlightCore: (on: boolean) => void;
  /** Shows one kind of alliance (link type) on the map, or every kind (null). */
  showKind: (kind: string | null) => void;
  qapToggle: (predictor: string) => void;
  qapRun: () => void;
}

export function renderPicker(state: AppState, t: Translator): void {
  const current = state.dataset?.key;
  replace(
    byId("dataset-picker"),
    state.datasets.map((entry) =>
      h("option", { value: entry.key, selected: entry.key === current }, datasetName(entry, t)),
    ),
  );
}

export function renderSizeOptions(state: AppState, derived: Derived): void {
  const t = derived.t();
  const result = state.analysis.result;
  const metrics = result
    ? availableMetrics(result.document.actors)
    : METRICS.filter((m) => m.key === "degree" || m.key === state.encoding.sizeBy);
  const current = state.encoding.sizeBy;
  const select = byId<HTMLSelectElement>("size-by");
  replace(
    select,
    metrics.map((metric) =>
      h("option", { value: metric.key, selected: metric.key === current }, metricLabel(t, metric.key)),
    ),
  );
  byId<HTMLSelectElement>("colour-by").value = state.encoding.colourBy;
  byId<HTMLSelectElement>("collectives-view").value = state.encoding.collectives ?? "projected";
  // Only territories with collectives offer the choice.
  byId("collectives-view-field").hidden = (state.dataset?.collectives?.length ?? 0) === 0;
}

export function renderGraphLegends(state: AppState, derived: Derived, stage: GraphStage): void {
  const visual = stage.visual();
  if (!visual) return;
  const t = derived.t();
  replace(
    byId("legends"),
    renderLegends(
      visual.colourLegend,
      visual.sizeLegend,
      t.t(state.encoding.colourBy === "world" ? "explorer.legend.world" : "explorer.legend.community"),
      state.encoding.colourBy === "world" ? derived.worlds() : null,
      t,
    ),
  );
}

export function renderSearchOptions(derived: Derived): void {
  const actors = derived.rows().actors;
  replace(
    byId("search-options"),
    actors.length > SUGGESTIONS_MAX
      ? []
      : actors.map((actor) => h("option", { value: actor.label?.trim() || actor.id })),
  );
}

export function renderActorPanel(
  state: AppState,
  derived: Derived,
  stage: GraphStage,
  actions: PanelActions,
): void {
  const aside = byId("actor-panel");
  if (state.selectedCollective !== null) {
    renderSelectedCollective(aside, state, derived, actions);
    return;
  }
  const position = state.selected === null ? undefined : derived.positionOf(state.selected);
  const actor = position === undefined ? undefined : state.dataset?.actors[position];
  const key = String(position);
  const graph = stage.graph();
  // An actor the filters hide has no panel (the filters controller also clears the selection).
  if (!actor || !graph?.hasNode(key) || state.view !== "graph") {
    aside.hidden = true;
    replace(aside);
    return;
  }
  const neighbours = graph.mapNeighbors(key, (neighbour, attrs) => ({
    id: attrs.actorId,
    label: attrs.label,
    world: attrs.world,
    weight: graph.getEdgeAttribute(graph.edge(key, neighbour) ?? graph.edge(neighbour, key)!, "weight"),
  }));
  aside.hidden = false;
  replace(
    aside,
    renderSidePanel({
      actor,
      figures: derived.figures()?.get(actor.id) ?? null,
      allFigures: state.analysis.result?.document.actors ?? [],
      ranks: derived.ranks,
      neighbours,
      worldColour: derived.worldColour,
      worlds: derived.worlds(),
      collectives: state.dataset ? collectivesOfActor(state.dataset, actor.id) : [],
      t: derived.t(),
      onSelect: actions.selectAndFocus,
      onSelectCollective: actions.selectCollective,
      onClose: actions.closeActor,
    }),
  );
}

/** The collective panel in the actor panel's place; hidden when the collective has no member shown. */
function renderSelectedCollective(
  aside: HTMLElement,
  state: AppState,
  derived: Derived,
  actions: PanelActions,
): void {
  const id = state.selectedCollective;
  const collective =
    id === null || state.dataset === null
      ? undefined
      : collectiveDetails(state.dataset, id, derived.rows().actors);
  aside.hidden = collective === undefined || collective.members.length === 0 || state.view !== "graph";
  if (aside.hidden || collective === undefined) {
    replace(aside);
    return;
  }
  const figures = state.analysis.result?.document.collectives?.find((c) => c.id === collective.id) ?? null;
  replace(
    aside,
    renderCollectivePanel({
      collective,
      figures,
      worldColour: derived.worldColour,
      worlds: derived.worlds(),
      t: derived.t(),
      onSelectActor: actions.selectAndFocus,
      onClose: actions.closeActor,
    }),
  );
}

export function renderMiddle(state: AppState, derived: Derived, actions: PanelActions): void {
  if (state.view !== "middle") return;
  const t = derived.t();
  const status = state.analysis.status === "running" ? t.t("explorer.analysis.waiting") : "";
  const rows = derived.rows();
  const types = state.dataset ? datasetLinkTypes(state.dataset) : [];
  const view = byId("middle-view");
  const entry = state.datasets.find((e) => e.key === state.dataset?.key);
  const name = entry ? datasetName(entry, t) : (state.dataset?.name ?? "");
  // The panel is rebuilt from the state: the control that had the focus gets it back (keyboard use).
  const focused =
    document.activeElement?.id && view.contains(document.activeElement) ? document.activeElement.id : null;
  replace(
    view,
    renderMiddlePanel(
      state.analysis.result,
      status,
      {
        highlightCore: state.highlightCore,
        onHighlightCore: actions.highlightCore,
        onlyKind: onlyLinkType(types, state.filters),
        layersSkipped:
          types.filter((type) => type !== UNTYPED_LINK).length >= 2 && rows.actors.length > LARGE_TERRITORY,
        onShowKind: actions.showKind,
        qap: {
          qap: state.qap,
          current: state.qap.key === analysisKey(state),
          supported: state.dataset
            ? qapPredictors({
                actors: rows.actors,
                collectives: collectivesForRows(state.dataset, rows.actors).memberships.length > 0,
              })
            : [],
          actors: rows.actors.length,
          readings: (run) =>
            qapReadings(run.result, { name, directed: state.dataset?.meta.directed === true, lang: t.lang }),
          onToggle: actions.qapToggle,
          onRun: actions.qapRun,
        },
      },
      t,
    ),
  );
  if (focused) document.getElementById(focused)?.focus();
}

export function renderCompare(state: AppState, derived: Derived, actions: PanelActions): void {
  if (state.view !== "compare") return;
  const t = derived.t();
  replace(
    byId("compare-view"),
    renderCompareView({
      entries: state.datasets.map((entry) => ({ ...entry, name: datasetName(entry, t) })),
      selected: state.compare,
      documents: state.compareDocuments,
      focus: state.dataset?.key ?? null,
      pending: state.comparePending,
      onToggle: actions.toggleCompare,
      t,
    }),
  );
}

export function renderTabs(state: AppState): void {
  for (const name of ["graph", "middle", "compare"] as const) {
    byId(`${name}-view`).hidden = name !== state.view;
    const tab = byId(`tab-${name}`);
    tab.setAttribute("aria-selected", String(name === state.view));
    // Roving tabindex: one tab stop for the tab list, arrows move within it.
    tab.tabIndex = name === state.view ? 0 : -1;
  }
}
