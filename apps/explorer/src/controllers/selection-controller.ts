/**
 * Selection, hover and search. The selection is an actor id in the store;
 * the sigma reducers (highlight.ts) read it, the actor panel renders it.
 */
import type { AppContext } from "./context.js";
import { notify } from "./context.js";
import { searchNodes } from "./highlight.js";

/** Each search redraws every node through the reducers: keystrokes settle first. */
const SEARCH_SETTLE_MS = 200;

export interface SelectionController {
  select: (actorId: string | null) => void;
  /** Selects by node key (a dataset position), as sigma reports clicks. */
  selectKey: (key: string | null) => void;
  /** Selects and centres the camera on an actor (panel links, the actors table). */
  selectAndFocus: (actorId: string) => void;
  hover: (key: string | null) => void;
  typeSearch: (query: string) => void;
  /** Enter in the search box: selects the first match. */
  submitSearch: (query: string) => void;
}

export function createSelectionController({ store, derived, live }: AppContext): SelectionController {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const selectKey = (key: string | null) => {
    const graph = live.graph();
    store.set({
      selected: key !== null && graph?.hasNode(key) ? graph.getNodeAttribute(key, "actorId") : null,
    });
  };
  return {
    select: (actorId) => store.set({ selected: actorId }),
    selectKey,
    selectAndFocus: (actorId) => {
      store.set({ selected: actorId });
      const position = derived.positionOf(actorId);
      if (position !== undefined) live.focus(String(position));
    },
    hover: (key) => store.set({ hovered: key }),
    typeSearch: (query) => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => store.set({ search: query }), SEARCH_SETTLE_MS);
    },
    submitSearch: (query) => {
      const graph = live.graph();
      if (!graph) return;
      store.set({ search: query });
      const first = [...(searchNodes(graph, query) ?? [])][0];
      if (first === undefined) return notify(store, { id: "explorer.notice.no-match" });
      selectKey(first);
      live.focus(first);
    },
  };
}
