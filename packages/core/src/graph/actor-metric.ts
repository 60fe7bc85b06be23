/**
 * The shape every actor-level metric shares, after graphology-metrics:
 * `metric(graph, options?)` returns a `Map<actorId, value>` and
 * `metric.assign(graph, options?)` writes the values as node attributes.
 * Metrics compute over a {@link CompactIndex}; passing one instead of a graph
 * lets callers (analyze, null models) index the graph only once.
 */
import { type CompactIndex, toActorMap } from "./compact-index.js";
import { createCompactIndex, type GraphSource, graphAndMapping } from "./graph-mapping.js";

/**
 * What every metric takes: a territory graph, any graphology graph (read with
 * the territory's attribute names, or through a mapping given with
 * {@link fromGraphology}), or a compact index when the caller already built one.
 */
export type GraphInput = GraphSource | CompactIndex;

/** Whether `input` is a compact index (rather than a graph to index). */
export function isCompactIndex(input: GraphInput): input is CompactIndex {
  return "offsets" in input && input.offsets instanceof Int32Array;
}

/** The compact index of `input`, built when `input` is a graph. */
export function toCompactIndex(input: GraphInput): CompactIndex {
  if (isCompactIndex(input)) return input;
  const { graph, attributes } = graphAndMapping(input);
  return createCompactIndex(graph, attributes);
}

/** Options of a metric's `.assign`. */
export interface AssignOptions {
  /** Node attribute to write. Defaults to the metric's name. */
  attribute?: string;
}

/** An actor-level metric: values by actor id, `.assign` to write them, `.compute` by position. */
export interface ActorMetric<Options, Value = number> {
  (input: GraphInput, options?: Options): Map<string, Value>;
  /** Writes each actor's value as a node attribute of the graph (under its own node keys). */
  assign(graph: GraphSource, options?: Options & AssignOptions): void;
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
  metric.assign = (source: GraphSource, options?: Options & AssignOptions): void => {
    const { graph, attributes } = graphAndMapping(source);
    const index = createCompactIndex(graph, attributes);
    const values = compute(index, options);
    const attribute = options?.attribute ?? name;
    for (let i = 0; i < index.order; i++) graph.setNodeAttribute(index.keys[i]!, attribute, values[i]);
  };
  metric.compute = (index: CompactIndex, options?: Options) => compute(index, options);
  Object.defineProperty(metric, "name", { value: name });
  return metric;
}
