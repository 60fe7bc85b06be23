// graphology-layout-forceatlas2 ships no types for its helpers and iteration
// step; these declare the parts the layout worker uses.
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology-types";
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: ((edge: string, attributes: Record<string, unknown>) => number) | null,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}

declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  const DEFAULT_SETTINGS: Record<string, number | boolean>;
  export default DEFAULT_SETTINGS;
}
