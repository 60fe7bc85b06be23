/**
 * ForceAtlas2 (Jacomy et al. 2014) in a Web Worker. The graph is packed once
 * into graphology-layout-forceatlas2's matrices, iterated in
 * `workers/layout.worker.ts`, and positions come back in batches that are
 * written into the visual graph in one update (sigma redraws once per batch).
 * Progress is the share of the iteration budget done; stop keeps the positions.
 */
import { inferSettings } from "graphology-layout-forceatlas2";
import DEFAULT_SETTINGS from "graphology-layout-forceatlas2/defaults.js";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import type { VisualGraph } from "../views/visual-graph.js";
import type { LayoutMessage, LayoutRequest } from "../workers/layout.worker.js";

export interface ForceLayoutCallbacks {
  onProgress: (share: number) => void;
  /** Called when the layout stops (budget spent or stopped), positions kept in the graph. */
  onStop: () => void;
}

/** Iterations: more for small graphs, which converge slowly but cost little. */
export function iterationBudget(order: number): number {
  if (order <= 500) return 800;
  if (order <= 2000) return 500;
  return 300;
}

/** Every ForceAtlas2 setting, inferred for the graph's size. */
export function layoutSettings(graph: VisualGraph): Record<string, number | boolean> {
  // NOTE: the iteration step needs every setting (missing ones give NaN positions); inferSettings gives a few.
  return { ...DEFAULT_SETTINGS, ...inferSettings(graph), barnesHutOptimize: graph.order > 500 };
}

export class ForceLayout {
  private worker: Worker | null = null;
  private callbacks: ForceLayoutCallbacks | null = null;

  get running(): boolean {
    return this.worker !== null;
  }

  start(
    graph: VisualGraph,
    callbacks: ForceLayoutCallbacks,
    iterations = iterationBudget(graph.order),
  ): void {
    this.stop();
    if (graph.order === 0) return;
    const settings = layoutSettings(graph);
    const { nodes, edges } = graphToByteArrays(graph, (_edge, attrs) => Number(attrs.weight ?? 1));
    const worker = new Worker(new URL("../workers/layout.worker.ts", import.meta.url), { type: "module" });
    this.worker = worker;
    this.callbacks = callbacks;
    // Only the latest batch is applied, once per animation frame: when drawing
    // is slower than the worker (software WebGL, huge graphs), batches are
    // dropped instead of queuing up, and the page keeps answering input.
    let latest: LayoutMessage | null = null;
    let frame = 0;
    const apply = () => {
      frame = 0;
      const message = latest;
      latest = null;
      if (!message || this.worker !== worker) return;
      // NOTE: the matrix follows graph order; a graph changed meanwhile is stopped first (see main.ts).
      if (message.nodes.length === graph.order * 10) assignLayoutChanges(graph, message.nodes, null);
      callbacks.onProgress(message.done / message.total);
      if (message.final) this.stop();
    };
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (this.worker !== worker) return;
      latest = event.data;
      if (event.data.final) apply();
      else if (frame === 0) frame = requestAnimationFrame(apply);
    };
    callbacks.onProgress(0);
    // Larger graphs: fewer, bigger batches (each costs a full redraw).
    const postEveryMs = graph.order > 2000 ? 600 : 200;
    worker.postMessage({ nodes, edges, settings, iterations, postEveryMs } satisfies LayoutRequest, [
      nodes.buffer,
      edges.buffer,
    ]);
  }

  stop(): void {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.terminate();
    const callbacks = this.callbacks;
    this.callbacks = null;
    callbacks?.onStop();
  }
}
