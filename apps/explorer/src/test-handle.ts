/**
 * The read-only handle the page exposes for end-to-end tests and
 * benchmarks/explorer (`window.__explorer`): what is drawn, not how.
 */
import type { AppState } from "./state/app-state.js";
import type { Derived } from "./state/derived.js";
import type { Store } from "./state/store.js";
import type { GraphStage } from "./views/graph-stage.js";

export interface ExplorerHandle {
  state: () => AppState;
  nodeColour: (actorId: string) => string | null;
  nodeScreen: (actorId: string) => { x: number; y: number } | null;
  visibleActors: () => number;
  /** True when WebGL runs on a software rasteriser (the link budget then applies). */
  softwareWebGL: boolean;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

export function exposeTestHandle(store: Store<AppState>, derived: Derived, stage: GraphStage): void {
  const keyOf = (actorId: string) => {
    const position = derived.positionOf(actorId);
    const graph = stage.graph();
    return position !== undefined && graph?.hasNode(String(position)) ? String(position) : null;
  };
  window.__explorer = {
    state: () => store.get(),
    nodeColour: (actorId) => {
      const key = keyOf(actorId);
      return key === null ? null : (stage.graph()?.getNodeAttribute(key, "color") ?? null);
    },
    nodeScreen: (actorId) => {
      const key = keyOf(actorId);
      return key === null ? null : (stage.view()?.viewportPosition(key) ?? null);
    },
    visibleActors: () => stage.graph()?.order ?? 0,
    softwareWebGL: stage.softwareWebGL,
  };
}
