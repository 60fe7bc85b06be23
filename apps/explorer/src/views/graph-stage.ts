/**
 * The graph as drawn, rendered from the state: dataset → filtered rows →
 * visual graph → sigma (gephi-lite's GraphRendering). Rebuilds the visual
 * graph when rows, layout or the link budget change; patches sizes and
 * colours in place when only the metrics or the encoding change (a running
 * layout then keeps its positions); hands the highlight to the reducers.
 */
import type { LiveGraph } from "../controllers/context.js";
import type { HighlightState } from "../controllers/highlight.js";
import { searchNodes } from "../controllers/highlight.js";
import type { AppState } from "../state/app-state.js";
import { collectiveNodeKey, collectivesForRows } from "../state/dataset-collectives.js";
import type { Derived } from "../state/derived.js";
import { GraphView } from "./graph-view.js";
import { isSoftwareRenderer, SOFTWARE_LINK_BUDGET, webglRenderer } from "./link-budget.js";
import { buildVisualGraph, type VisualGraph, type VisualResult } from "./visual-graph.js";

/** Above this many links, links are hidden while ForceAtlas2 runs and until the metrics land. */
const HIDE_EDGES_ABOVE = 10_000;

export interface GraphStageEvents {
  onSelect: (key: string | null) => void;
  onHover: (key: string | null) => void;
  /** Positions of the current layout, and saving the live ones before a rebuild. */
  positions: (state: AppState) => Float64Array | null;
  beforeRebuild: () => void;
}

export interface GraphStage extends LiveGraph {
  render: (state: AppState, previous: AppState | null) => void;
  /** What was drawn last (legends, link counts), or null before the first load. */
  visual: () => VisualResult | null;
  view: () => GraphView | null;
  softwareWebGL: boolean;
}

export function createGraphStage(
  container: HTMLElement,
  derived: Derived,
  events: GraphStageEvents,
): GraphStage {
  // Read once: whether WebGL runs on a software rasteriser here (see link-budget.ts).
  const softwareWebGL = isSoftwareRenderer(webglRenderer() ?? "");
  let view: GraphView | null = null;
  let visual: VisualResult | null = null;

  const highlight = (state: AppState, graph: VisualGraph): HighlightState => {
    const position = state.selected === null ? undefined : derived.positionOf(state.selected);
    // A selected collective is a node of the two-mode view only; in the projected view nothing is lit.
    const selected =
      state.selectedCollective !== null
        ? collectiveNodeKey(state.selectedCollective)
        : position === undefined
          ? null
          : String(position);
    return {
      // Large graphs draw no links until the metrics are in: sizes change when
      // they land, and every frame of tens of thousands of links in between is paid twice.
      hideEdges:
        graph.size > HIDE_EDGES_ABOVE &&
        (state.layoutRun.running || (state.analysis.status !== "done" && state.analysis.status !== "error")),
      hovered: state.hovered !== null && graph.hasNode(state.hovered) ? state.hovered : null,
      selected: selected !== null && graph.hasNode(selected) ? selected : null,
      // A search wins over the core: both use the "matches" highlight.
      matches: searchNodes(graph, state.search) ?? (state.highlightCore ? coreKeys(state, graph) : null),
    };
  };

  /** Node keys of the discrete core's actors shown (Borgatti & Everett, from the analysis). */
  const coreKeys = (state: AppState, graph: VisualGraph): Set<string> => {
    const keys = new Set<string>();
    for (const id of state.analysis.result?.document.graph.corePeriphery?.core ?? []) {
      const position = derived.positionOf(id);
      if (position !== undefined && graph.hasNode(String(position))) keys.add(String(position));
    }
    return keys;
  };

  const build = (state: AppState, structural: boolean) => {
    const dataset = state.dataset;
    const positions = dataset ? events.positions(state) : null;
    if (!dataset || !positions) return;
    const patch = view !== null && visual !== null && !structural;
    const next = buildVisualGraph({
      dataset,
      rows: derived.rows(),
      positions,
      encoding: state.encoding,
      figures: derived.figures(),
      worlds: derived.worlds(),
      collectives: collectivesForRows(dataset, derived.rows().actors),
      edges: !patch,
      linkBudget: softwareWebGL && !state.drawAllLinks ? SOFTWARE_LINK_BUDGET : Number.POSITIVE_INFINITY,
    });
    if (!view) {
      view = new GraphView(container, next.graph, highlight(state, next.graph), events);
    } else if (!patch || !visual) {
      view.setGraph(next.graph, highlight(state, next.graph));
    } else {
      const live = view.getGraph();
      const changed = live.someNode((key, attrs) => {
        if (!next.graph.hasNode(key)) return false;
        const fresh = next.graph.getNodeAttributes(key);
        return fresh.size !== attrs.size || fresh.color !== attrs.color;
      });
      // The hint lets sigma refresh the nodes only, without re-indexing.
      if (changed)
        live.updateEachNodeAttributes(
          (key, attrs) => {
            const fresh = next.graph.hasNode(key) ? next.graph.getNodeAttributes(key) : null;
            return fresh ? { ...attrs, size: fresh.size, color: fresh.color } : attrs;
          },
          { attributes: ["size", "color"] },
        );
      next.graph = live;
      // The live graph keeps its links, so their counts stand.
      next.links = visual.links;
    }
    visual = next;
  };

  return {
    softwareWebGL,
    graph: () => view?.getGraph() ?? null,
    focus: (key) => view?.focus(key),
    visual: () => visual,
    view: () => view,
    render: (state, previous) => {
      if (!state.dataset) return;
      const structural =
        previous === null ||
        state.dataset !== previous.dataset ||
        state.filters !== previous.filters ||
        state.layout !== previous.layout ||
        state.drawAllLinks !== previous.drawAllLinks ||
        // Two-mode adds collective nodes and membership links, projected adds co-membership links.
        state.encoding.collectives !== previous.encoding.collectives;
      if (structural) {
        if (previous?.dataset === state.dataset) events.beforeRebuild();
        build(state, true);
      } else if (state.encoding !== previous.encoding || state.analysis.result !== previous.analysis.result)
        build(state, false);
      if (!view) return;
      view.setHighlight(highlight(state, view.getGraph()));
      if (previous === null || state.fitRequest !== previous.fitRequest) view.fit();
      if (previous === null || state.basemap !== previous.basemap || state.layout !== previous.layout)
        view.setBasemap(state.layout === "geo" ? state.basemap : null);
      if (previous === null || state.outline !== previous.outline || state.layout !== previous.layout)
        view.setOutline(state.layout === "geo" ? state.outline : null);
      if (previous !== null && state.view !== previous.view && state.view === "graph") view.resize();
    },
  };
}
