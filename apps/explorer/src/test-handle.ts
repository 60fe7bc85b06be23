/**
 * The read-only handle the page exposes for end-to-end tests and
 * benchmarks/explorer (`window.__explorer`): what is drawn, not how.
 */
import type { AppState } from "./state/app-state.js";

export interface ExplorerHandle {
  state: () => AppState;
  nodeColour: (actorId: string) => string | null;
  nodeScreen: (actorId: string) => { x: number; y: number } | null;
  /** The drawn size of an actor's node, or null when it is not drawn. */
  nodeSize: (actorId: string) => number | null;
  /** What sigma draws for an actor after the highlight reducers (dimmed nodes are grey), or null. */
  nodeDrawn: (actorId: string) => { color: string; highlighted: boolean } | null;
  /** Links drawn on the map (pairs, after filters and the link budget). */
  visibleLinks: () => number;
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
