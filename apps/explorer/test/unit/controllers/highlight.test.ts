import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { describe, expect, it } from "vitest";
import {
  createEdgeReducer,
  createNodeReducer,
  EMPTY_HIGHLIGHT,
  MAX_HIGHLIGHTED_MATCHES,
  sameHighlight,
  searchNodes,
} from "../../../src/controllers/highlight.js";
import { initialPositions } from "../../../src/layout/positions.js";
import { datasetWorlds } from "../../../src/state/dataset.js";
import { DEFAULT_FILTERS, filterDataset } from "../../../src/state/filters.js";
import { buildVisualGraph } from "../../../src/views/visual-graph.js";
import { oddDataset } from "../helpers.js";

const dataset = oddDataset();
const worlds = datasetWorlds(dataset);
const { graph } = buildVisualGraph({
  dataset,
  rows: filterDataset(dataset, DEFAULT_FILTERS),
  positions: initialPositions(dataset, worlds),
  encoding: { colourBy: "world", sizeBy: "degree" },
  figures: null,
  worlds,
});
const data = (key: string) =>
  ({ ...graph.getNodeAttributes(key), highlighted: false }) as unknown as NodeDisplayData;

// What sigma draws: the display data merged with what a reducer changes.
function drawnNodes(...args: Parameters<typeof createNodeReducer>) {
  const reduce = createNodeReducer(...args);
  return (key: string, shown: NodeDisplayData) => ({ ...shown, ...reduce(key, shown) });
}
function drawnEdges(...args: Parameters<typeof createEdgeReducer>) {
  const reduce = createEdgeReducer(...args);
  return (key: string, shown: EdgeDisplayData) => ({ ...shown, ...reduce(key, shown) });
}

describe("highlight reducers", () => {
  it("on a search with many matches, keep matches coloured but neither highlighted nor labelled", () => {
    const many = new Set(Array.from({ length: MAX_HIGHLIGHTED_MATCHES + 1 }, (_, i) => String(i)));
    const reduce = drawnNodes(
      () => graph,
      () => ({ ...EMPTY_HIGHLIGHT, matches: many }),
    );
    const few = drawnNodes(
      () => graph,
      () => ({ ...EMPTY_HIGHLIGHT, matches: new Set(["0"]) }),
    );
    expect(reduce("0", data("0"))).toMatchObject({ color: data("0").color, highlighted: false });
    expect(reduce("0", data("0")).labelVisibility).toBeUndefined();
    expect(few("0", data("0"))).toMatchObject({ highlighted: true, labelVisibility: "visible" });
  });

  it("change nothing without hover, selection or search", () => {
    const reduce = drawnNodes(
      () => graph,
      () => EMPTY_HIGHLIGHT,
    );
    expect(reduce("0", data("0"))).toEqual(data("0"));
  });

  it("on hover, keep the neighbourhood and dim the rest", () => {
    const state = { ...EMPTY_HIGHLIGHT, hovered: "0" };
    const reduce = drawnNodes(
      () => graph,
      () => state,
    );
    expect(reduce("0", data("0")).highlighted).toBe(true);
    expect(reduce("1", data("1")).color).toBe(graph.getNodeAttribute("1", "color"));
    expect(reduce("4", data("4")).color).not.toBe(graph.getNodeAttribute("4", "color"));
    expect(reduce("4", data("4")).label).toBeNull();
    const edges = drawnEdges(
      () => graph,
      () => state,
    );
    const touching = graph.edge("0", "1")!;
    const away = graph.edge("1", "2")!;
    expect(edges(touching, { color: "#ccc" } as never).color).not.toBe(
      edges(away, { color: "#ccc" } as never).color,
    );
  });

  it("hide every link while asked to (large layouts)", () => {
    const edges = drawnEdges(
      () => graph,
      () => ({ ...EMPTY_HIGHLIGHT, hideEdges: true }),
    );
    expect(edges(graph.edge("0", "1")!, { color: "#ccc" } as never).visibility).toBe("hidden");
  });

  it("hover wins over selection", () => {
    const state = { ...EMPTY_HIGHLIGHT, hovered: "2", selected: "0" };
    const reduce = drawnNodes(
      () => graph,
      () => state,
    );
    expect(reduce("2", data("2")).highlighted).toBe(true);
    expect(reduce("0", data("0")).highlighted).toBe(false);
  });
});

describe("searchNodes", () => {
  it("matches labels and ids, ignoring case and accents", () => {
    expect(searchNodes(graph, "universite")).toEqual(new Set(["2"]));
    expect(searchNodes(graph, "PROTO")).toEqual(new Set(["0"]));
    expect(searchNodes(graph, "onerror")).toEqual(new Set(["0"]));
    expect(searchNodes(graph, "  ")).toBeNull();
  });
});

describe("sameHighlight", () => {
  it("compares search matches by content and every other field by value", () => {
    const base = { ...EMPTY_HIGHLIGHT, matches: new Set(["1", "2"]) };
    expect(sameHighlight(base, { ...base, matches: new Set(["2", "1"]) })).toBe(true);
    expect(sameHighlight(base, { ...base, matches: new Set(["1", "3"]) })).toBe(false);
    expect(sameHighlight(base, { ...base, matches: null })).toBe(false);
    expect(sameHighlight(base, { ...base, hovered: "1" })).toBe(false);
    expect(sameHighlight(base, { ...base, selected: "1" })).toBe(false);
    expect(sameHighlight(base, { ...base, hideEdges: true })).toBe(false);
    expect(sameHighlight(EMPTY_HIGHLIGHT, { ...EMPTY_HIGHLIGHT, hideEdges: false })).toBe(true);
  });
});
