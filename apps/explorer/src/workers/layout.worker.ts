/**
 * ForceAtlas2 (Jacomy et al. 2014) iterations in a worker, with
 * graphology-layout-forceatlas2's own iteration step. Unlike the package's
 * supervisor, which hands every iteration back to the page, this worker posts
 * positions every `postEveryMs` (200–600 ms): with tens of thousands of links, applying
 * and redrawing each iteration would keep the page busy.
 */
import iterate from "graphology-layout-forceatlas2/iterate.js";

export interface LayoutRequest {
  nodes: Float32Array;
  edges: Float32Array;
  settings: object;
  iterations: number;
  /** How often positions are posted. */
  postEveryMs: number;
}

export type LayoutMessage = {
  type: "positions";
  nodes: Float32Array;
  done: number;
  total: number;
  final: boolean;
};

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, settings, iterations, postEveryMs } = event.data;
  let done = 0;
  const step = () => {
    const started = performance.now();
    while (done < iterations && performance.now() - started < postEveryMs) {
      iterate(settings, nodes, edges);
      done++;
    }
    const final = done >= iterations;
    const copy = nodes.slice();
    (self as unknown as Worker).postMessage(
      { type: "positions", nodes: copy, done, total: iterations, final } satisfies LayoutMessage,
      [copy.buffer],
    );
    // Yield between batches so the worker stays responsive to termination.
    if (!final) setTimeout(step, 0);
  };
  step();
});
