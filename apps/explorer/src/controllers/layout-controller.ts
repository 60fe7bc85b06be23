/**
 * Layouts: the force positions of each territory (kept across filters and
 * visits), ForceAtlas2 in its worker (started, stopped, its positions saved,
 * as gephi-lite does), and the geographic positions.
 */
import { ForceLayout } from "../layout/force-layout.js";
import { geoCoverage, geoPositions, initialPositions } from "../layout/positions.js";
import type { Dataset } from "../state/dataset.js";
import { type AppContext, notify } from "./context.js";

/** Above this many actors, ForceAtlas2 waits for the user. */
export const AUTO_LAYOUT_MAX = 2000;

export interface LayoutController {
  /** Positions for the current layout (x, y interleaved by dataset position). */
  positions: (dataset: Dataset) => Float64Array;
  /** Lays a freshly opened territory out, unless it is large or was laid out before. */
  afterOpen: (dataset: Dataset) => void;
  start: () => void;
  stop: () => void;
  toggle: () => void;
  /** Copies the live graph's positions back (before the graph is rebuilt). */
  save: () => void;
  useGeo: () => void;
}

export function createLayoutController({ store, derived, live }: AppContext): LayoutController {
  const force = new ForceLayout();
  const forcePositions = new Map<string, Float64Array>();
  const settled = new Set<string>();

  const forceOf = (dataset: Dataset) => {
    let positions = forcePositions.get(dataset.key);
    if (!positions) {
      positions = initialPositions(dataset, derived.worlds());
      forcePositions.set(dataset.key, positions);
    }
    return positions;
  };

  const save = () => {
    const state = store.get();
    const graph = live.graph();
    if (!graph || !state.dataset || state.layout !== "force") return;
    const positions = forcePositions.get(state.dataset.key);
    if (!positions) return;
    graph.forEachNode((key, attrs) => {
      const i = Number(key);
      positions[2 * i] = attrs.x;
      positions[2 * i + 1] = attrs.y;
    });
  };

  const start = () => {
    const graph = live.graph();
    const key = store.get().dataset?.key;
    if (!graph || store.get().layout !== "force") return;
    force.start(graph, {
      onProgress: (progress) => store.set({ layoutRun: { running: true, progress } }),
      onStop: () => {
        if (key) settled.add(key);
        save();
        store.set((s) => ({ layoutRun: { running: false, progress: 1 }, fitRequest: s.fitRequest + 1 }));
      },
    });
  };

  return {
    positions: (dataset) =>
      store.get().layout === "geo" ? (geoPositions(dataset) ?? forceOf(dataset)) : forceOf(dataset),
    afterOpen: (dataset) => {
      if (store.get().layout !== "force" || settled.has(dataset.key)) return;
      // Redrawing tens of thousands of links at every iteration competes with reading the graph.
      if (dataset.actors.length <= AUTO_LAYOUT_MAX) start();
      else notify(store, { id: "explorer.notice.large" });
    },
    start,
    stop: () => force.stop(),
    toggle: () => {
      if (force.running) return force.stop();
      if (store.get().layout !== "force") store.set({ layout: "force" });
      start();
    },
    save,
    useGeo: () => {
      const dataset = store.get().dataset;
      if (!dataset || geoCoverage(dataset) === 0) return notify(store, { id: "explorer.notice.no-geo" });
      store.set((s) => ({ layout: "geo", fitRequest: s.fitRequest + 1 }));
    },
  };
}
