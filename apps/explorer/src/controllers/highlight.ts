/**
 * Highlight reducers: hover, selection and search only change how sigma
 * draws what the visual graph already holds (gephi-lite's rule: controllers
 * render nothing and only set reducers). Pure functions of the graph and the
 * highlight state, so they are unit-tested without WebGL.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { VisualGraph } from "../views/visual-graph.js";

export interface HighlightState {
  /** Node key under the pointer. */
  hovered: string | null;
  /** Node key of the selected actor. */
  selected: string | null;
  /** Node keys matching the search box, or null when the box is empty. */
  matches: ReadonlySet<string> | null;
  /** Hide links (while a large graph is being laid out, each redraw then costs far less). */
  hideEdges?: boolean;
}

export const EMPTY_HIGHLIGHT: HighlightState = { hovered: null, selected: null, matches: null };

const DIMMED_NODE = "#e3e6ea";
const DIMMED_EDGE = "#eef0f3";
const FOCUS_EDGE = "#5b6470";
/**
 * Above this many search matches, matches keep their colour but are neither
 * "highlighted" nor forced to show their label: sigma draws each highlighted
 * node on its hover canvas with a shadow blur, and hundreds of them (a search
 * for "Université" on a 5,000-actor territory) froze the page for ~11 s under
 * software WebGL.
 */
export const MAX_HIGHLIGHTED_MATCHES = 40;

/** The node whose neighbourhood is in focus: hover wins over selection. */
export function focusOf(state: HighlightState): string | null {
  return state.hovered ?? state.selected;
}

/** True when both states draw the same picture (search matches compared by content). */
export function sameHighlight(a: HighlightState, b: HighlightState): boolean {
  if (a.hovered !== b.hovered || a.selected !== b.selected) return false;
  if (Boolean(a.hideEdges) !== Boolean(b.hideEdges)) return false;
  if (a.matches === b.matches) return true;
  if (a.matches === null || b.matches === null || a.matches.size !== b.matches.size) return false;
  for (const key of a.matches) if (!b.matches.has(key)) return false;
  return true;
}

/*
 * The reducers return only what they change: sigma merges the result into a
 * copy of the display data itself, so a full copy here would be copied twice
 * (about a third of a refresh of 10,000 actors and 50,000 links).
 */
const UNCHANGED = Object.freeze({});
const HIDDEN_EDGE: Partial<EdgeDisplayData> = Object.freeze({ visibility: "hidden" as const });
const FOCUSED_EDGE: Partial<EdgeDisplayData> = Object.freeze({ color: FOCUS_EDGE, zIndex: 1 });
const DIMMED_EDGE_DATA: Partial<EdgeDisplayData> = Object.freeze({ color: DIMMED_EDGE, zIndex: 0 });

export function createNodeReducer(graph: () => VisualGraph, state: () => HighlightState) {
  return (key: string, _data: NodeDisplayData): Partial<NodeDisplayData> => {
    const s = state();
    const focus = focusOf(s);
    const g = graph();
    if (focus !== null && g.hasNode(focus)) {
      if (key === focus) return { highlighted: true, labelVisibility: "visible", zIndex: 2 };
      if (g.areNeighbors(focus, key)) return { labelVisibility: "visible", zIndex: 1 };
      return { color: DIMMED_NODE, label: null, zIndex: 0 };
    }
    if (s.matches !== null) {
      if (s.matches.has(key))
        return s.matches.size <= MAX_HIGHLIGHTED_MATCHES
          ? { highlighted: true, labelVisibility: "visible", zIndex: 1 }
          : { zIndex: 1 };
      return { color: DIMMED_NODE, label: null, zIndex: 0 };
    }
    return UNCHANGED;
  };
}

export function createEdgeReducer(graph: () => VisualGraph, state: () => HighlightState) {
  return (key: string, _data: EdgeDisplayData): Partial<EdgeDisplayData> => {
    const s = state();
    if (s.hideEdges) return HIDDEN_EDGE;
    const focus = focusOf(s);
    const g = graph();
    if (focus === null || !g.hasNode(focus) || !g.hasEdge(key)) return UNCHANGED;
    if (g.hasExtremity(key, focus)) return FOCUSED_EDGE;
    return DIMMED_EDGE_DATA;
  };
}

/** Node keys whose label or id contains the query (case- and accent-insensitive). */
export function searchNodes(graph: VisualGraph, query: string): Set<string> | null {
  const needle = fold(query.trim());
  if (needle === "") return null;
  const matches = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (fold(attrs.label).includes(needle) || fold(attrs.actorId).includes(needle)) matches.add(key);
  });
  return matches;
}

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
