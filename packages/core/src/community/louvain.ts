/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008)
 * through `graphology-communities-louvain`, kept for comparison with Gephi,
 * which runs the same method. Louvain can return badly connected or even
 * disconnected communities (Traag et al. 2019), hence Leiden is the default.
 * Compare with `nx.community.louvain_communities(G, weight="weight",
 * resolution=γ, seed=s)` (same method, different draws).
 *
 * The territory is read as undirected, as Leiden reads it. Louvain runs on a
 * throwaway graph keyed by actor position, never by actor id, so ids such as
 * `__proto__` cannot reach an object key.
 */
import { UndirectedGraph } from "graphology";
import louvainImplementation from "graphology-communities-louvain";
import { type GraphInput, toCompactIndex } from "../graph/actor-metric.js";
import { toActorMap } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED } from "../random.js";
import type { CommunityDetectionResult } from "./detection-result.js";
import { undirectedLevelGraph } from "./level-graph.js";
import { numberBySize, singletonLabels } from "./partition.js";
import { partitionQuality } from "./quality.js";

/** Options of `louvain`. */
export interface LouvainOptions {
  /** Resolution γ of modularity. Default 1. */
  resolution?: number;
  /** Seed of the random visiting order. Default `DEFAULT_SEED`. */
  seed?: number;
  /** Use link weights. Default true. */
  weighted?: boolean;
}

/** The Louvain partition (Blondel et al. 2008). */
export interface LouvainResult extends CommunityDetectionResult {
  method: "louvain";
}

/** Louvain communities (Blondel et al. 2008) through graphology-communities-louvain, seeded. */
export function louvain(input: GraphInput, options: LouvainOptions = {}): LouvainResult {
  const index = toCompactIndex(input);
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  const weighted = options.weighted ?? true;
  if (!(Number.isFinite(resolution) && resolution >= 0))
    throw new RangeError(`louvain: resolution must be a finite number ≥ 0, got ${resolution}.`);
  const level = undirectedLevelGraph(index, weighted);
  const n = level.order;
  const labels: Int32Array = singletonLabels(n);
  if (level.totalWeight > 0) {
    const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
    for (let v = 0; v < n; v++) graph.addNode(String(v));
    for (let v = 0; v < n; v++)
      for (let k = level.offsets[v]!; k < level.offsets[v + 1]!; k++) {
        const u = level.targets[k]!;
        if (u > v) graph.addEdge(String(v), String(u), { weight: level.weights[k]! });
      }
    const mapping = louvainImplementation(graph, {
      getEdgeWeight: "weight",
      resolution,
      rng: createRandom(seed),
    });
    for (let v = 0; v < n; v++) labels[v] = mapping[String(v)]!;
  }
  const { communityOf, sizes } = numberBySize(labels);
  return {
    method: "louvain",
    communities: toActorMap(index, communityOf),
    communityOf,
    sizes,
    count: sizes.length,
    modularity: partitionQuality(level, communityOf, "modularity", 1),
    quality: partitionQuality(level, communityOf, "modularity", resolution),
    resolution,
    seed,
  };
}
