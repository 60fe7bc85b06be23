/**
 * The read-only handle the page exposes for end-to-end tests and
 * benchmarks/explorer (`window.__explorer`): what is drawn, not how.
 */
import type { AppState } from "./state/app-state.js";

export interface ExplorerHandle {
  state: () => AppState;
  nodeColour: (actorId: string) => string | null;
  nodeScreen: (actorId: string) => { x: number; y: number } | null;
  /** Where a collective's node is drawn (two-mode view), null when it is not. */
  collectiveScreen: (collectiveId: string) => { x: number; y: number } | null;
  /** Nodes drawn: the actors shown, and the collectives too in the two-mode view. */
  visibleActors: () => number;
  /** True when WebGL runs on a software rasteriser (the link budget then applies). */
  softwareWebGL: boolean;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}
