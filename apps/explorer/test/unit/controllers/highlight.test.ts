import type { NodeDisplayData } from "sigma/types";
import { describe, expect, it } from "vitest";
import {
  createEdgeReducer,
  createNodeReducer,
  EMPTY_HIGHLIGHT,
  MAX_HIGHLIGHTED_MATCHES,
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

describe("highlight reducers", () => {
  it("on a search with many matches, keep matches coloured but neither highlighted nor labelled", () => {
    const many = new Set(Array.from({ length: MAX_HIGHLIGHTED_MATCHES + 1 }, (_, i) => String(i)));
    const reduce = createNodeReducer(
      () => graph,
      () => ({ ...EMPTY_HIGHLIGHT, matches: many }),
    );
    const few = createNodeReducer(
      () => graph,
      () => ({ ...EMPTY_HIGHLIGHT, matches: new Set(["0"]) }),
    );
    expect(reduce("0", data("0"))).toMatchObject({ color: data("0").color, highlighted: false });
    expect(reduce("0", data("0")).labelVisibility).toBeUndefined();
    expect(few("0", data("0"))).toMatchObject({ highlighted: true, labelVisibility: "visible" });
  });

  it("change nothing without hover, selection or search", () => {
    const reduce = createNodeReducer(
      () => graph,
      () => EMPTY_HIGHLIGHT,
    );
    expect(reduce("0", data("0"))).toEqual(data("0"));
  });

  it("on hover, keep the neighbourhood and dim the rest", () => {
    const state = { ...EMPTY_HIGHLIGHT, hovered: "0" };
    const reduce = createNodeReducer(
      () => graph,
      () => state,
    );
    expect(reduce("0", data("0")).highlighted).toBe(true);
    expect(reduce("1", data("1")).color).toBe(graph.getNodeAttribute("1", "color"));
    expect(reduce("4", data("4")).color).not.toBe(graph.getNodeAttribute("4", "color"));
    expect(reduce("4", data("4")).label).toBeNull();
    const edges = createEdgeReducer(
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
    const edges = createEdgeReducer(
      () => graph,
      () => ({ ...EMPTY_HIGHLIGHT, hideEdges: true }),
    );
    expect(edges(graph.edge("0", "1")!, { color: "#ccc" } as never).visibility).toBe("hidden");
  });

  it("hover wins over selection", () => {
    const state = { ...EMPTY_HIGHLIGHT, hovered: "2", selected: "0" };
    const reduce = createNodeReducer(
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
