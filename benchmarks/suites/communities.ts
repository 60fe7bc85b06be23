/**
 * Communities suite (issues 4 and 19): Catalyse's Leiden against
 * graphology-communities-louvain (what Gephi-like JavaScript tools run) on the
 * same graphs, in the same process, interleaved: Barabási–Albert graphs of 10k
 * and 50k actors (m = 5, no planted structure) and a 6-world planted partition
 * (6 × 1,000 actors, pIn 0.01, pOut 0.0004: about 10 links inside the group
 * and 2 outside per actor). Target: Leiden no slower than Louvain, with a
 * higher modularity.
 *
 * Leiden runs on the compact index (built once, as `analyze` does), Louvain on
 * the graphology graph with a seeded rng; the modularity of both partitions is
 * computed by the same function, outside the timing.
 */
import { type CompactIndex, createRandom, leiden, modularity, numberBySize } from "@catalyse/core";
import louvain from "graphology-communities-louvain";
import { plantedPartition } from "../graphs/planted-partition.js";
import { standardGraph } from "../graphs/standard.js";
import { type BenchmarkGraph, benchmarkGraph } from "../graphs/territory.js";
import { defineSuite } from "../lib/suite.js";

const SEED = 17;

/** The planted graph of `groups` × `size` actors, with its groups. */
export function plantedGraph(groups = 6, size = 1000): BenchmarkGraph {
  const edges = plantedPartition({ groups, size, pIn: 0.01 * (1000 / size), pOut: 0.0004, seed: 6 });
  return benchmarkGraph(`planted-${groups}x${size}`, edges, false);
}

function louvainPartition(index: CompactIndex, mapping: Record<string, number>): Int32Array {
  return numberBySize(index.keys.map((key) => mapping[key]!)).communityOf;
}

export default defineSuite<BenchmarkGraph>({
  name: "communities",
  description:
    "Leiden (Catalyse) against graphology-communities-louvain, seed 17, in process, interleaved; ratio: Louvain's median over Leiden's (above 1: Leiden faster); modularity of each partition by the same function",
  tools: ["Catalyse", "graphology-communities-louvain"],
  quality: "Q",
  workloads: ["ba-10k", "ba-50k", "planted-6x1000"],
  smokeWorkloads: ["ba-smoke", "planted-3x100"],
  load: (name) =>
    name.startsWith("planted-3")
      ? plantedGraph(3, 100)
      : name.startsWith("planted")
        ? plantedGraph()
        : standardGraph(name),
  cases: [
    {
      metric: "Leiden vs Louvain",
      contenders: [
        {
          tool: "Catalyse",
          run: (g) => leiden(g.index, { seed: SEED }),
          quality: (result, g) => modularity(g.index, (result as ReturnType<typeof leiden>).communityOf),
        },
        {
          tool: "graphology-communities-louvain",
          run: (g) => louvain(g.graph, { getEdgeWeight: "weight", rng: createRandom(SEED) }),
          quality: (result, g) =>
            modularity(g.index, louvainPartition(g.index, result as Record<string, number>)),
        },
      ],
    },
  ],
});
