/**
 * Selection, hover and search. The selection is an actor id or a collective
 * id in the store (never both); the sigma reducers (highlight.ts) read it,
 * the actor or collective panel renders it.
 */
import { collectiveNodeKey } from "../state/dataset-collectives.js";
import type { AppContext } from "./context.js";
import { notify } from "./context.js";
import { searchNodes } from "./highlight.js";

/** Each search redraws every node through the reducers: keystrokes settle first. */
const SEARCH_SETTLE_MS = 200;

export interface SelectionController {
  select: (actorId: string | null) => void;
  /** Selects a collective by id (null: none); its panel lists its members. */
  selectCollective: (collectiveId: string | null) => void;
  /** Selects by node key (an actor's dataset position, or a collective node of the two-mode view), as sigma reports clicks. */
  selectKey: (key: string | null) => void;
  /** Selects and centres the camera on an actor (panel links, the actors table). */
  selectAndFocus: (actorId: string) => void;
  /** Selects a collective and centres the camera on its node when it is drawn (two-mode view). */
  selectCollectiveAndFocus: (collectiveId: string) => void;
  hover: (key: string | null) => void;
  typeSearch: (query: string) => void;
  /** Enter in the search box: selects the first match. */
  submitSearch: (query: string) => void;
}

export function createSelectionController({ store, derived, live }: AppContext): SelectionController {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const select = (actorId: string | null) => store.set({ selected: actorId, selectedCollective: null });
  const selectCollective = (collectiveId: string | null) =>
    store.set({ selected: null, selectedCollective: collectiveId });
  const selectKey = (key: string | null) => {
    const graph = live.graph();
    if (key === null || !graph?.hasNode(key)) return select(null);
    // NOTE: collective nodes carry their id in `collective` and an empty `actorId`.
    const collective = graph.getNodeAttribute(key, "collective");
    if (typeof collective === "string" && collective !== "") return selectCollective(collective);
    select(graph.getNodeAttribute(key, "actorId"));
  };
  return {
    select,
    selectCollective,
    selectKey,
    selectAndFocus: (actorId) => {
      select(actorId);
      const position = derived.positionOf(actorId);
      if (position !== undefined) live.focus(String(position));
    },
    selectCollectiveAndFocus: (collectiveId) => {
      selectCollective(collectiveId);
      const key = collectiveNodeKey(collectiveId);
      if (live.graph()?.hasNode(key)) live.focus(key);
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
