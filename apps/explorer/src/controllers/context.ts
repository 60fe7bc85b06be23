/**
 * What every controller is given: the store, its derived state, the dataset
 * registry and the live graph the views draw. Controllers change the state
 * (gephi-lite's actions) and never render; views render from the state.
 */
import type { AppState, Message } from "../state/app-state.js";
import type { Derived } from "../state/derived.js";
import type { DatasetRegistry } from "../state/registry.js";
import type { Store } from "../state/store.js";
import type { VisualGraph } from "../views/visual-graph.js";

/** The graph on screen, as controllers see it (the sigma view implements it). */
export interface LiveGraph {
  /** The graph sigma draws (node keys are dataset positions), or null before the first load. */
  graph: () => VisualGraph | null;
  /** Centres the camera on a node. */
  focus: (key: string) => void;
}

export interface AppContext {
  store: Store<AppState>;
  derived: Derived;
  registry: DatasetRegistry;
  live: LiveGraph;
}

/** Shows a short transient message (the toast view renders it in the page's language). */
export function notify(store: Store<AppState>, message: Message): void {
  store.set((state) => ({ notice: { message, serial: (state.notice?.serial ?? 0) + 1 } }));
}
