/**
 * Visual attributes: the third step of the one-way flow (dataset → filtered
 * rows → visual graph → sigma). Builds the graph sigma draws, with x, y,
 * size, colour and label on every node, and the legends that describe the
 * same scales. Node keys are the actor's position in the dataset (never the
 * actor id: graphology mishandles a node keyed `__proto__`).
 */
import type { ActorFigures } from "@catalyse/core";
import { scaleSqrt } from "d3-scale";
import Graph from "graphology";
import { type Dataset, worldOf } from "../state/dataset.js";
import type { CollectiveRows } from "../state/dataset-collectives.js";
import type { Encoding } from "../state/encoding.js";
import type { FilteredRows } from "../state/filters.js";
import { type MetricKey, metricValue } from "../state/metrics.js";
import { addTwoModeCollectives, projectedPairs } from "./collective-visuals.js";
import { strongestLinks } from "./link-budget.js";
import { communityColour, worldColours } from "./palette.js";

export interface VisualNode {
  [key: string]: unknown;
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The actor id, for the panel and search. */
  actorId: string;
  world: string;
}

export interface VisualEdge {
  [key: string]: unknown;
  size: number;
  color: string;
  weight: number;
}

export type VisualGraph = Graph<VisualNode, VisualEdge>;

export interface ColourLegendEntry {
  label: string;
  colour: string;
  count: number;
  /** Colouring by community: its index (null: none); undefined when colours mean worlds. */
  community?: number | null;
}

export interface SizeLegend {
  metric: MetricKey;
  /** Values with the node size each gets. */
  ticks: { value: number; size: number }[];
  /** True when no actor has a value yet (sizes are uniform). */
  pending: boolean;
}

export interface VisualResult {
  graph: VisualGraph;
  /** Distinct links in the rows (pairs merged), and how many of them the graph holds. */
  links: { total: number; drawn: number };
  colourLegend: ColourLegendEntry[];
  sizeLegend: SizeLegend;
}

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 16;
const EDGE_COLOUR = "#c9ced6";

export interface VisualInput {
  dataset: Dataset;
  rows: FilteredRows;
  /** x, y of each dataset actor, interleaved. */
  positions: Float64Array;
  encoding: Encoding;
  /** Metrics by actor id, from the latest analysis (may be stale or absent). */
  figures: ReadonlyMap<string, ActorFigures> | null;
  worlds: readonly string[];
  /**
   * Whether to add the links (default true). False when only node sizes and
   * colours are patched into the live graph: building 25,000 links to throw
   * them away cost the page a long pause when the analysis answered.
   */
  edges?: boolean;
  /** At most this many links are drawn, the heaviest (see link-budget.ts). Default: all. */
  linkBudget?: number;
  /** Collectives and memberships of the actors shown (absent: none), drawn as `encoding.collectives` says. */
  collectives?: CollectiveRows;
}

export function buildVisualGraph(input: VisualInput): VisualResult {
  const { dataset, rows, positions, encoding, figures } = input;
  const graph: VisualGraph = new Graph<VisualNode, VisualEdge>({
    type: dataset.meta.directed ? "directed" : "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const colours = worldColours(input.worlds);

  // Size: the metric from the analysis, else degree in the filtered rows, so
  // the graph is readable before the worker answers.
  const localDegree = new Map<string, number>();
  for (const link of rows.links) {
    localDegree.set(link.source, (localDegree.get(link.source) ?? 0) + 1);
    localDegree.set(link.target, (localDegree.get(link.target) ?? 0) + 1);
  }
  const sizeValue = (id: string): number | null => {
    const actor = figures?.get(id);
    if (actor) return metricValue(actor, encoding.sizeBy);
    return encoding.sizeBy === "degree" ? (localDegree.get(id) ?? 0) : null;
  };
  const values = rows.actors.map((actor) => sizeValue(actor.id));
  const max = values.reduce<number>((best, value) => (value !== null && value > best ? value : best), 0);
  const pending = values.every((value) => value === null);
  // Large territories get smaller nodes, so the structure stays readable.
  const shrink = rows.actors.length > 1000 ? 0.55 : 1;
  const scale = scaleSqrt()
    .domain([0, max > 0 ? max : 1])
    .range([MIN_NODE_SIZE * (shrink < 1 ? 0.6 : 1), MAX_NODE_SIZE * shrink])
    .clamp(true);

  const keyOf = new Map<string, string>();
  const counts = new Map<string, number>();
  rows.actors.forEach((actor, i) => {
    const position = rows.actorPositions[i]!;
    const key = String(position);
    keyOf.set(actor.id, key);
    const world = worldOf(actor);
    const community = figures?.get(actor.id)?.community ?? null;
    const legendKey = encoding.colourBy === "world" ? world : community === null ? "—" : String(community);
    counts.set(legendKey, (counts.get(legendKey) ?? 0) + 1);
    const value = values[i] ?? null;
    graph.addNode(key, {
      x: positions[2 * position] ?? 0,
      y: positions[2 * position + 1] ?? 0,
      size: value === null ? MIN_NODE_SIZE : scale(value),
      color: encoding.colourBy === "world" ? (colours.get(world) ?? "#8C8C8C") : communityColour(community),
      label: actor.label?.trim() || actor.id,
      actorId: actor.id,
      world,
    });
  });

  // Pairs first (parallel links merged, their weights summed), then the budget.
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  const directed = dataset.meta.directed === true;
  for (const link of input.edges === false ? [] : rows.links) {
    const source = keyOf.get(link.source);
    const target = keyOf.get(link.target);
    if (source === undefined || target === undefined || source === target) continue;
    const pairKey = directed || source < target ? `${source}|${target}` : `${target}|${source}`;
    const pair = pairs.get(pairKey);
    if (pair) pair.weight += link.weight ?? 1;
    else pairs.set(pairKey, { source, target, weight: link.weight ?? 1 });
  }
  if (input.collectives && encoding.collectives !== "two-mode" && input.edges !== false)
    for (const [a, b, weight] of projectedPairs(input.collectives)) {
      const source = keyOf.get(a);
      const target = keyOf.get(b);
      if (source === undefined || target === undefined) continue;
      const pairKey = source < target ? `${source}|${target}` : `${target}|${source}`;
      const pair = pairs.get(pairKey);
      if (pair) pair.weight += weight;
      else pairs.set(pairKey, { source, target, weight });
    }
  const drawn = strongestLinks([...pairs.values()], input.linkBudget ?? Number.POSITIVE_INFINITY);
  let maxWeight = 1;
  for (const pair of drawn) maxWeight = Math.max(maxWeight, pair.weight);
  const width = scaleSqrt().domain([0, maxWeight]).range([0.5, 3]);
  for (const pair of drawn)
    graph.addEdge(pair.source, pair.target, {
      size: width(pair.weight),
      color: EDGE_COLOUR,
      weight: pair.weight,
    });

  if (input.collectives && encoding.collectives === "two-mode" && input.edges !== false)
    addTwoModeCollectives(graph, input.collectives, keyOf);

  const colourLegend: ColourLegendEntry[] =
    encoding.colourBy === "world"
      ? input.worlds
          .filter((world) => counts.has(world))
          .map((world) => ({ label: world, colour: colours.get(world)!, count: counts.get(world)! }))
      : [...counts.entries()]
          .sort((a, b) => (a[0] === "—" ? 1 : b[0] === "—" ? -1 : Number(a[0]) - Number(b[0])))
          .map(([label, count]) => ({
            label: label === "—" ? "no community" : `community ${Number(label) + 1}`,
            colour: communityColour(label === "—" ? null : Number(label)),
            count,
            community: label === "—" ? null : Number(label),
          }));

  const ticks = pending ? [] : niceTicks(max).map((value) => ({ value, size: scale(value) }));
  return {
    graph,
    links: { total: pairs.size, drawn: drawn.length },
    colourLegend,
    sizeLegend: { metric: encoding.sizeBy, ticks, pending },
  };
}

/** Three legend values: a quarter, half and all of the maximum, rounded to two significant digits. */
function niceTicks(max: number): number[] {
  if (max <= 0) return [0];
  const round = (value: number) => Number(value.toPrecision(2));
  return [...new Set([round(max / 4), round(max / 2), max])].filter((value) => value > 0);
}
