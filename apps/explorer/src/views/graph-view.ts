/**
 * The sigma view: draws the visual graph and reports pointer events. It owns
 * no data: the app hands it a visual graph (`setGraph`) and a highlight state
 * (read by the reducers), and it only tells the app what was clicked.
 */
import Sigma from "sigma";
import {
  createEdgeReducer,
  createNodeReducer,
  focusOf,
  type HighlightState,
  sameHighlight,
} from "../controllers/highlight.js";
import type { OutlinePath } from "../geo/outline.js";
import { Basemap } from "./basemap.js";
import { OutlineLayer } from "./outline-layer.js";
import type { VisualEdge, VisualGraph, VisualNode } from "./visual-graph.js";

/** `prefers-reduced-motion`: the camera jumps instead of gliding. */
function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
}

/** Above this many links a graph is drawn more cheaply (see the settings). */
const LARGE_LINKS = 10_000;

export interface GraphViewEvents {
  onSelect: (key: string | null) => void;
  onHover: (key: string | null) => void;
}

export class GraphView {
  private readonly sigma: Sigma<VisualNode, VisualEdge>;
  private graph: VisualGraph;
  private highlight: HighlightState;
  private readonly basemap: Basemap;
  private basemapOn = false;
  private readonly outline: OutlineLayer;

  /** `highlight` is the first frame's: sigma processes every node and link once, as they will be drawn. */
  constructor(
    container: HTMLElement,
    graph: VisualGraph,
    highlight: HighlightState,
    events: GraphViewEvents,
  ) {
    this.graph = graph;
    this.highlight = highlight;
    this.sigma = new Sigma<VisualNode, VisualEdge>(graph, container, {
      settings: {
        itemSizesReference: "screen",
        labelRenderedSizeThreshold: 9,
        labelDensity: 0.6,
        minEdgeThickness: 0.6,
        stagePadding: 40,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        // The graph tab is hidden (zero-sized) while another view shows.
        allowInvalidContainer: true,
        // Panning or zooming a large graph redraws only nodes until the camera stops.
        hideEdgesOnMove: graph.size > LARGE_LINKS,
        // Large graphs: no anti-aliasing and a coarser picking layer, each
        // frame of tens of thousands of links then costs far less.
        antialiasEdges: graph.size <= LARGE_LINKS,
        pickingDownSizingRatio: graph.size > LARGE_LINKS ? 4 : 2,
      },
      nodeReducer: createNodeReducer(
        () => this.graph,
        () => this.highlight,
      ),
      edgeReducer: createEdgeReducer(
        () => this.graph,
        () => this.highlight,
      ),
    });
    this.basemap = new Basemap(container, () => this.sigma.scheduleRender());
    this.outline = new OutlineLayer(container, container.querySelector<HTMLElement>(".basemap-canvas"));
    this.sigma.on("afterRender", () => {
      const projection = {
        graphToViewport: (point: { x: number; y: number }) => this.sigma.graphToViewport(point),
        viewportToGraph: (point: { x: number; y: number }) => this.sigma.viewportToGraph(point),
      };
      if (this.basemapOn) this.basemap.draw(projection);
      if (this.outline.active) this.outline.draw(projection);
    });
    this.sigma.on("clickNode", ({ node }) => events.onSelect(node));
    this.sigma.on("clickStage", () => events.onSelect(null));
    this.sigma.on("enterNode", ({ node }) => {
      container.style.cursor = "pointer";
      events.onHover(node);
    });
    this.sigma.on("leaveNode", () => {
      container.style.cursor = "";
      events.onHover(null);
    });
  }

  /** What sigma draws for a node after the reducers (tests read `highlighted`). */
  nodeDisplay(key: string): { color: string; highlighted?: boolean } | undefined {
    return this.sigma.getNodeDisplayData(key);
  }

  getGraph(): VisualGraph {
    return this.graph;
  }

  /** A new graph, drawn with `highlight` (sigma processes it once). */
  setGraph(graph: VisualGraph, highlight: HighlightState): void {
    this.graph = graph;
    this.highlight = highlight;
    this.sigma.setSetting("hideEdgesOnMove", graph.size > LARGE_LINKS);
    this.sigma.setSetting("pickingDownSizingRatio", graph.size > LARGE_LINKS ? 4 : 2);
    this.sigma.setGraph(graph);
  }

  setHighlight(highlight: HighlightState): void {
    const previous = this.highlight;
    // Every store update asks again; an unchanged highlight costs nothing.
    if (sameHighlight(previous, highlight)) return;
    this.highlight = highlight;
    // Links only change with the focus or with hiding: a search refreshes the
    // nodes alone, which on 25,000 links saves reprocessing every one of them.
    const edgesChanged =
      focusOf(previous) !== focusOf(highlight) ||
      Boolean(previous.hideEdges) !== Boolean(highlight.hideEdges);
    this.sigma.refresh({
      ...(edgesChanged ? {} : { partialGraph: { nodes: this.graph.nodes() } }),
      skipIndexation: true,
      schedule: true,
    });
  }

  /** Centres the camera on a node. */
  focus(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const attrs = this.graph.getNodeAttributes(key);
    // The camera lives in the framed (normalised) space, not in graph coordinates.
    const framed = this.sigma.graphToFramedGraph({ x: attrs.x, y: attrs.y });
    const ratio = Math.min(this.sigma.getCamera().getState().ratio, this.graph.order > 200 ? 0.35 : 0.8);
    const target = { x: framed.x, y: framed.y, ratio };
    if (prefersReducedMotion()) this.sigma.getCamera().setState(target);
    else void this.sigma.getCamera().animate(target, { duration: 400 });
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    const target = { ratio: camera.getState().ratio / factor };
    if (prefersReducedMotion()) camera.setState(target);
    else void camera.animate(target, { duration: 200 });
  }

  /**
   * Fits the whole graph in view. Sigma frames the graph's extent; the ratio
   * above 1 leaves room for the labels, drawn to the right of their nodes.
   */
  fit(): void {
    const camera = this.sigma.getCamera();
    const target = { x: 0.53, y: 0.5, ratio: 1.12, angle: 0 };
    if (prefersReducedMotion()) camera.setState(target);
    else void camera.animate(target, { duration: 300 });
  }

  /** Screen position (viewport pixels) of a node, for tests and tooltips. */
  viewportPosition(key: string): { x: number; y: number } | null {
    const attrs = this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : null;
    if (!attrs) return null;
    return this.sigma.graphToViewport({ x: attrs.x, y: attrs.y });
  }

  /** A tile URL template drawn under the graph (geographic layout only), or null for none. */
  setBasemap(template: string | null): void {
    this.basemapOn = template !== null && template.trim() !== "";
    this.basemap.setTemplate(this.basemapOn ? (template ?? "") : "");
    this.sigma.scheduleRender();
  }

  /** A territory outline drawn under the graph (geographic layout only), or null for none. */
  setOutline(paths: OutlinePath[] | null): void {
    this.outline.setPaths(paths);
    this.sigma.scheduleRender();
  }

  /** Called when the container is shown again after being hidden. */
  resize(): void {
    this.sigma.resize(true);
    this.sigma.refresh({ skipIndexation: true });
  }

  kill(): void {
    this.sigma.kill();
  }
}
