/**
 * Installs `window.__explorer` (see test-handle.ts). Kept apart from the
 * handle's type, which the tests and benchmarks import without the app.
 */
import type { AppState } from "./state/app-state.js";
import { collectiveNodeKey } from "./state/dataset-collectives.js";
import type { Derived } from "./state/derived.js";
import type { Store } from "./state/store.js";
import type {} from "./test-handle.js";
import type { GraphStage } from "./views/graph-stage.js";

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
    nodeSize: (actorId) => {
      const key = keyOf(actorId);
      return key === null ? null : (stage.graph()?.getNodeAttribute(key, "size") ?? null);
    },
    nodeDrawn: (actorId) => {
      const key = keyOf(actorId);
      const drawn = key === null ? undefined : stage.view()?.nodeDisplay(key);
      return drawn ? { color: drawn.color, highlighted: drawn.highlighted === true } : null;
    },
    collectiveScreen: (collectiveId) => {
      const key = collectiveNodeKey(collectiveId);
      return stage.graph()?.hasNode(key) ? (stage.view()?.viewportPosition(key) ?? null) : null;
    },
    visibleActors: () => stage.graph()?.order ?? 0,
    visibleLinks: () => stage.graph()?.size ?? 0,
    softwareWebGL: stage.softwareWebGL,
  };
}
