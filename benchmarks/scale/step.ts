/**
 * One measurement of the scale benchmark, run in its own process so that its
 * peak memory (maxRSS, worker threads included) and its time limit are its own.
 * Usage: step.ts <step> <territory folder>; prints one JSON line
 * `{ step, seconds, peakRssMb, detail }` on stdout.
 */
import { createRequire } from "node:module";
import { streamTerritory } from "../../packages/bulk/src/index.js";
import { runCli } from "../../packages/cli/src/index.js";
import {
  approximateCloseness,
  betweenness,
  type CompactIndex,
  closeness,
  clusteringValues,
  computeApproximateBetweenness,
  coreNumber,
  createCompactIndex,
  eigenvector,
  leiden,
  nullModels,
  pagerank,
} from "../../packages/core/src/index.js";
import { readTerritoryPath } from "../../packages/io/src/node.js";
import {
  createNodePool,
  parallelApproximateBetweenness,
  parallelBetweenness,
  parallelCloseness,
  parallelNullReplicates,
} from "../../packages/parallel/src/node.js";

// graphology and graphology-metrics are core's dependencies; resolve them from there.
const fromCore = createRequire(new URL("../../packages/core/package.json", import.meta.url));
type Graphology = new (options: {
  type: string;
}) => {
  addNode(key: string): void;
  addEdge(source: string, target: string, attributes: { weight: number }): void;
};
type GraphMetric = (graph: unknown, options?: object) => unknown;

const APPROX = { epsilon: 0.01, delta: 0.1, seed: 1 };
/** Null-model replicates timed (each: a rewiring, then every graph-level figure, exact betweenness and closeness). */
const NULL_REPLICATES = 20;

async function streamed(folder: string): Promise<CompactIndex> {
  return (await streamTerritory(folder)).index;
}

/** Each step: what it measures, given the folder; returns the timed part's detail. */
const STEPS: Record<string, (folder: string) => Promise<{ seconds: number; detail?: unknown }>> = {
  "load-stream": async (folder) => timed(async () => (await streamTerritory(folder)).index.size),
  "load-graph": async (folder) => timed(async () => (await readTerritoryPath(folder)).graph.size),
  index: async (folder) => {
    const { graph } = await readTerritoryPath(folder);
    return timed(async () => createCompactIndex(graph).size);
  },
  "betweenness-1": async (folder) => {
    const index = await streamed(folder);
    return timed(async () => betweenness.compute(index).length);
  },
  "betweenness-2": async (folder) =>
    withPool(folder, 2, async (pool, index) => (await parallelBetweenness(pool, index)).length),
  "approx-1": async (folder) => {
    const index = await streamed(folder);
    return timed(async () => computeApproximateBetweenness(index, APPROX).plan);
  },
  "approx-2": async (folder) =>
    withPool(
      folder,
      2,
      async (pool, index) => (await parallelApproximateBetweenness(pool, index, APPROX)).plan,
    ),
  "approx-closeness": async (folder) => {
    const index = await streamed(folder);
    return timed(async () => approximateCloseness(index, { seed: 1 }).sources);
  },
  "closeness-1": async (folder) => {
    const index = await streamed(folder);
    return timed(async () => closeness.compute(index).length);
  },
  "closeness-2": async (folder) =>
    withPool(folder, 2, async (pool, index) => (await parallelCloseness(pool, index)).length),
  pagerank: async (folder) => {
    const index = await streamed(folder);
    return timed(async () => pagerank.compute(index).length);
  },
  eigenvector: async (folder) => {
    const index = await streamed(folder);
    return timed(async () => eigenvector.compute(index).length);
  },
  core: async (folder) => {
    const index = await streamed(folder);
    return timed(async () => coreNumber.compute(index).length);
  },
  clustering: async (folder) => {
    const index = await streamed(folder);
    return timed(async () => clusteringValues(index).length);
  },
  leiden: async (folder) => {
    const index = await streamed(folder);
    return timed(async () => leiden(index, { seed: 1 }).communities);
  },
  "null-1": async (folder) => {
    const index = await streamed(folder);
    return timed(async () => nullModels(index, { replicates: NULL_REPLICATES }).meanSwaps);
  },
  "null-2": async (folder) =>
    withPool(folder, 2, async (pool, index) => {
      const rewired = await parallelNullReplicates(pool, index, { replicates: NULL_REPLICATES });
      return nullModels(index, { replicates: NULL_REPLICATES, rewired }).meanSwaps;
    }),
  analyze: async (folder) =>
    timed(async () => {
      let stderr = "";
      const code = await runCli(["analyze", folder, "--format", "json", "--out", "/dev/null"], {
        stdout: () => {},
        stderr: (text) => {
          stderr += text;
        },
        stderrIsTTY: false,
        cwd: process.cwd(),
      });
      if (code !== 0) throw new Error(`analyze exited ${code}: ${stderr}`);
      return stderr.match(/notice: .*/)?.[0] ?? "exact";
    }),
  "graphology-betweenness": async (folder) =>
    withGraphology(folder, "graphology-metrics/centrality/betweenness", { getEdgeWeight: null }),
  "graphology-closeness": async (folder) =>
    withGraphology(folder, "graphology-metrics/centrality/closeness", {}),
  "graphology-pagerank": async (folder) =>
    withGraphology(folder, "graphology-metrics/centrality/pagerank", { getEdgeWeight: "weight" }),
};

async function timed(run: () => Promise<unknown>): Promise<{ seconds: number; detail: unknown }> {
  const start = performance.now();
  const detail = await run();
  return { seconds: (performance.now() - start) / 1000, detail };
}

async function withPool(
  folder: string,
  threads: number,
  run: (pool: ReturnType<typeof createNodePool>, index: CompactIndex) => Promise<unknown>,
): Promise<{ seconds: number; detail: unknown }> {
  const index = await streamed(folder);
  const pool = createNodePool({ threads });
  // Start the workers and share the index before timing (a long-lived pool pays this once).
  const warm = { start: 0, end: Math.min(1, index.order), kind: "closeness" } as const;
  await Promise.all(Array.from({ length: threads }, () => pool.run(index, "closeness", warm)));
  try {
    return await timed(() => run(pool, index));
  } finally {
    await pool.close();
  }
}

async function withGraphology(
  folder: string,
  module: string,
  options: object,
): Promise<{ seconds: number; detail: unknown }> {
  const index = await streamed(folder);
  const Graph = fromCore("graphology") as Graphology;
  const metric = fromCore(module) as GraphMetric;
  const graph = new Graph({ type: index.directed ? "directed" : "undirected" });
  for (let i = 0; i < index.order; i++) graph.addNode(String(i));
  for (let e = 0; e < index.size; e++)
    graph.addEdge(String(index.linkSource[e]), String(index.linkTarget[e]), { weight: index.linkWeight[e]! });
  return timed(async () => Object.keys(metric(graph, options) as object).length);
}

const [step, folder] = process.argv.slice(2);
const run = step === undefined ? undefined : STEPS[step];
if (run === undefined || folder === undefined) {
  console.error(`usage: step.ts <${Object.keys(STEPS).join("|")}> <folder>`);
  process.exit(2);
}
const { seconds, detail } = await run(folder);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ step, seconds, peakRssMb, detail }));
process.exit(0);
