/**
 * The graphs the suites run on (issues 3 and 19): Barabási–Albert graphs of
 * 10k and 50k actors with m = 5, weighted twins (integer weights 1–5), and
 * small ones for `--smoke`, each from a fixed seed. Built once per process.
 */
import { barabasiAlbert, type EdgeList } from "./barabasi-albert.js";
import { type BenchmarkGraph, benchmarkGraph } from "./territory.js";

export interface GraphSpec {
  name: string;
  weighted: boolean;
  make: () => EdgeList;
}

const ba = (name: string, order: number, seed: number, weighted = false): GraphSpec => ({
  name,
  weighted,
  make: () => barabasiAlbert({ order, m: 5, seed, ...(weighted ? { maxWeight: 5 } : {}) }),
});

export const STANDARD_GRAPHS: readonly GraphSpec[] = [
  ba("ba-1k", 1_000, 1),
  ba("ba-10k", 10_000, 2),
  ba("ba-50k", 50_000, 3),
  ba("ba-10k-weighted", 10_000, 4, true),
  ba("ba-50k-weighted", 50_000, 5, true),
  ba("ba-smoke", 300, 11),
  ba("ba-smoke-weighted", 300, 12, true),
];

const cache = new Map<string, BenchmarkGraph>();

/** The named standard graph, built on first use. */
export function standardGraph(name: string): BenchmarkGraph {
  let graph = cache.get(name);
  if (!graph) {
    const spec = STANDARD_GRAPHS.find((g) => g.name === name);
    if (!spec) throw new Error(`bench: unknown graph ${name} (graphs/standard.ts)`);
    graph = benchmarkGraph(name, spec.make(), spec.weighted);
    cache.set(name, graph);
  }
  return graph;
}
