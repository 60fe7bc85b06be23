/**
 * The shape every actor-level metric shares, after graphology-metrics:
 * `metric(graph, options?)` returns a `Map<actorId, value>` and
 * `metric.assign(graph, options?)` writes the values as node attributes.
 * Metrics compute over a {@link CompactIndex}; passing one instead of a graph
 * lets callers (analyze, null models) index the graph only once.
 */
import { type CompactIndex, createCompactIndex, toActorMap } from "./compact-index.js";
import type { TerritoryGraph } from "./types.js";

/** A territory graph, or its compact index when the caller already built one. */
export type GraphInput = TerritoryGraph | CompactIndex;

export function isCompactIndex(input: GraphInput): input is CompactIndex {
  return "offsets" in input && input.offsets instanceof Int32Array;
}

/** The compact index of `input`, built when `input` is a graph. */
export function toCompactIndex(input: GraphInput): CompactIndex {
  return isCompactIndex(input) ? input : createCompactIndex(input);
}

export interface AssignOptions {
  /** Node attribute to write. Defaults to the metric's name. */
  attribute?: string;
}

export interface ActorMetric<Options, Value = number> {
  (input: GraphInput, options?: Options): Map<string, Value>;
  /** Writes each actor's value as a node attribute of `graph`. */
  assign(graph: TerritoryGraph, options?: Options & AssignOptions): void;
  /** The per-position values, for callers that hold the index (no Map built). */
  compute(index: CompactIndex, options?: Options): ArrayLike<Value>;
}

/** Wraps a per-position computation into the `metric` / `metric.assign` pair. */
export function createActorMetric<Options, Value = number>(
  name: string,
  compute: (index: CompactIndex, options: Options | undefined) => ArrayLike<Value>,
): ActorMetric<Options, Value> {
  const metric = (input: GraphInput, options?: Options): Map<string, Value> => {
    const index = toCompactIndex(input);
    return toActorMap(index, compute(index, options));
  };
  metric.assign = (graph: TerritoryGraph, options?: Options & AssignOptions): void => {
    const index = createCompactIndex(graph);
    const values = compute(index, options);
    const attribute = options?.attribute ?? name;
    for (let i = 0; i < index.order; i++) graph.setNodeAttribute(index.keys[i]!, attribute, values[i]);
  };
  metric.compute = (index: CompactIndex, options?: Options) => compute(index, options);
  Object.defineProperty(metric, "name", { value: name });
  return metric;
}
