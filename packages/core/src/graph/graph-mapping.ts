/**
 * Reading a graphology graph that another application holds (Gephi Lite, any
 * sigma app) without copying it into a territory: an attribute mapping says
 * which node attribute is the actor's world or label and which edge attribute
 * is the link's weight, and the graph is indexed straight into a compact index.
 *
 * The graph is read the way `createTerritory` reads rows: self-loops are
 * dropped and parallel links (a multigraph's, or both directions of a mixed
 * graph's undirected reading) are merged with their weights summed, so the
 * metrics see the same simple graph either route builds.
 * Node keys are taken as they are: a key such as `__proto__` or `constructor`
 * is an actor id like any other (every lookup goes through `Map`s).
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import { type CompactIndex, compactIndexFromArrays } from "./compact-index.js";
import { orderWorlds } from "./create-territory.js";
import { TerritoryError, type TerritoryIssue, territoryIssue } from "./territory-error.js";
import { UNKNOWN_WORLD } from "./types.js";

/** Which attributes of a graphology graph hold what Catalyse reads. */
export interface AttributeMapping {
  /**
   * Node attribute holding the actor id; `null` takes the node key. When the
   * attribute is missing on a node, its key is the id. Default `"id"` (what a
   * territory graph uses; a graph without such attribute falls back to its keys).
   */
  id?: string | null;
  /** Node attribute holding the actor's name. Default `"label"`; missing → the id. */
  label?: string;
  /** Node attribute holding the actor's world (sector). Default `"world"`; missing → {@link UNKNOWN_WORLD}. */
  world?: string;
  /** Edge attribute holding the link's weight (a number > 0). Default `"weight"`; missing → 1. */
  weight?: string;
  /**
   * Whether links are directed. Default: from the graph, directed when its type
   * is `"directed"` or when it is mixed and holds directed edges only.
   */
  directed?: boolean;
}

/** The attribute names a territory graph uses, the defaults of {@link AttributeMapping}. */
export const ATTRIBUTE_MAPPING_DEFAULTS = {
  id: "id",
  label: "label",
  world: "world",
  weight: "weight",
} as const satisfies Required<Omit<AttributeMapping, "directed">>;

/** Any graphology graph, whatever its attributes (a territory graph is one). */
// biome-ignore lint/suspicious/noExplicitAny: graphology's own "any attributes" graph type, as graphology-metrics takes it.
export type AnyGraph = AbstractGraph<any, any, any>;

/** A graphology graph paired with the attribute mapping to read it through (see {@link fromGraphology}). */
export interface MappedGraph {
  readonly kind: "mapped-graph";
  readonly graph: AnyGraph;
  readonly attributes: AttributeMapping;
}

/**
 * Pairs a graphology graph with an attribute mapping, for `analyze` and every
 * metric: `betweenness(fromGraphology(graph, { weight: "strength" }))`.
 * The graph is not copied; it is indexed when a metric runs, so results follow
 * its current state.
 */
export function fromGraphology(graph: AnyGraph, attributes: AttributeMapping = {}): MappedGraph {
  return { kind: "mapped-graph", graph, attributes };
}

/** Whether `input` was made by {@link fromGraphology}. */
export function isMappedGraph(input: unknown): input is MappedGraph {
  return typeof input === "object" && input !== null && (input as { kind?: unknown }).kind === "mapped-graph";
}

/** A graphology graph, alone (read with the territory attribute names) or with its mapping. */
export type GraphSource = AnyGraph | MappedGraph;

/** The graph and mapping of `source`. */
export function graphAndMapping(source: GraphSource): MappedGraph {
  return isMappedGraph(source) ? source : fromGraphology(source);
}

/** The mapping with its defaults filled in. */
function resolveMapping(mapping: AttributeMapping) {
  return {
    id: mapping.id === undefined ? ATTRIBUTE_MAPPING_DEFAULTS.id : mapping.id,
    label: mapping.label ?? ATTRIBUTE_MAPPING_DEFAULTS.label,
    world: mapping.world ?? ATTRIBUTE_MAPPING_DEFAULTS.world,
    weight: mapping.weight ?? ATTRIBUTE_MAPPING_DEFAULTS.weight,
  };
}

/** A node's actor id under `mapping`. */
function actorId(key: string, attrs: Attributes, idAttribute: string | null): string {
  if (idAttribute === null) return key;
  const value: unknown = attrs[idAttribute];
  return typeof value === "string" || typeof value === "number" ? String(value) : key;
}

/** Actor labels by index position, read through `mapping` (missing → the actor id). */
export function mappedLabels(graph: AnyGraph, index: CompactIndex, mapping: AttributeMapping = {}): string[] {
  const { label } = resolveMapping(mapping);
  return index.keys.map((key, i) => {
    const value: unknown = graph.getNodeAttribute(key, label);
    return typeof value === "string" && value !== "" ? value : String(value ?? index.ids[i]);
  });
}

/** Whether links of `graph` are read as directed (see {@link AttributeMapping.directed}). */
function isDirected(graph: AnyGraph, mapping: AttributeMapping): boolean {
  if (mapping.directed !== undefined) return mapping.directed;
  if (graph.type === "directed") return true;
  return graph.type === "mixed" && graph.undirectedSize === 0 && graph.directedSize > 0;
}

/**
 * Indexes a graphology graph (a territory graph, or any other through an
 * attribute mapping). Positions follow graphology's node order (input order);
 * links keep the order of their first edge.
 * @throws {TerritoryError} when a weight is not a number > 0 or two nodes share an id.
 */
export function createCompactIndex(graph: AnyGraph, mapping: AttributeMapping = {}): CompactIndex {
  const names = resolveMapping(mapping);
  const directed = isDirected(graph, mapping);
  const n = graph.order;
  const ids: string[] = new Array(n);
  const keys: string[] = new Array(n);
  const worldNamesOf: string[] = new Array(n);
  const position = new Map<string, number>();
  let i = 0;
  graph.forEachNode((key, attrs) => {
    ids[i] = actorId(key, attrs, names.id);
    keys[i] = key;
    const raw: unknown = attrs[names.world];
    worldNamesOf[i] = raw === undefined || raw === null || raw === "" ? UNKNOWN_WORLD : String(raw);
    position.set(key, i);
    i++;
  });
  // Worlds are coded in the order a territory lists them, so that both routes give one document.
  const declared: unknown = graph.getAttribute("worlds");
  const worldNames = orderWorlds(
    Array.isArray(declared) ? declared.filter((world) => typeof world === "string") : undefined,
    new Set(worldNamesOf),
  );
  const worldCode = new Map(worldNames.map((world, code) => [world, code]));
  const worldOf = Int32Array.from(worldNamesOf, (world) => worldCode.get(world)!);

  // NOTE: a simple graph (no multi-edges, no self-loops, one kind of edge) is
  // copied edge by edge; anything else merges by pair, as createTerritory does.
  const simple = !graph.multi && graph.selfLoopCount === 0 && graph.type !== "mixed";
  const m = graph.size;
  const linkSource = new Int32Array(m);
  const linkTarget = new Int32Array(m);
  const linkWeight = new Float64Array(m);
  const slotOfPair = new Map<number, number>();
  const problems: TerritoryIssue[] = [];
  let e = 0;
  let row = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    const at = row++;
    const raw: unknown = attrs[names.weight];
    const weight = raw === undefined || raw === null ? 1 : Number(raw);
    if (!Number.isFinite(weight) || weight <= 0) {
      problems.push(
        territoryIssue(
          "error",
          "invalid-weight",
          {
            mapping: "yes",
            edge,
            source,
            target,
            row: at,
            attribute: names.weight ?? "weight",
            value: JSON.stringify(raw) ?? String(raw),
          },
          { table: "links", row: at },
        ),
      );
      return;
    }
    let s = position.get(source)!;
    let t = position.get(target)!;
    if (!simple) {
      if (s === t) return;
      if (!directed && s > t) [s, t] = [t, s];
      const pair = s * n + t;
      const slot = slotOfPair.get(pair);
      if (slot !== undefined) {
        linkWeight[slot]! += weight;
        return;
      }
      slotOfPair.set(pair, e);
    }
    linkSource[e] = s;
    linkTarget[e] = t;
    linkWeight[e] = weight;
    e++;
  });
  if (problems.length > 0) throw new TerritoryError(problems);

  const index = compactIndexFromArrays({
    directed,
    ids,
    keys,
    worldOf,
    worldNames,
    linkSource: e === m ? linkSource : linkSource.slice(0, e),
    linkTarget: e === m ? linkTarget : linkTarget.slice(0, e),
    linkWeight: e === m ? linkWeight : linkWeight.slice(0, e),
  });
  if (index.positionOf.size !== n) {
    const repeated = ids.filter((id, i) => index.positionOf.get(id) !== i);
    throw new TerritoryError([
      territoryIssue(
        "error",
        "duplicate-actor",
        { mapping: "yes", count: repeated.length, id: repeated[0] ?? "", attribute: names.id ?? "key" },
        { table: "actors", field: names.id ?? "key" },
      ),
    ]);
  }
  return index;
}
