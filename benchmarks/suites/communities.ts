/**
 * Communities suite (issue 4): Catalyse's Leiden against
 * graphology-communities-louvain (what Gephi-like JavaScript tools run) on the
 * same graphs, in the same process: Barabási–Albert graphs of 10k and 50k
 * actors (m = 5, no planted structure) and a 6-world planted partition
 * (6 × 1,000 actors, pIn 0.01, pOut 0.0004: about 10 links inside the group
 * and 2 outside per actor). Target: Leiden no slower than 2× Louvain at equal
 * or better modularity, and NMI > 0.9 to the planted worlds.
 *
 * The runner times the default export like every suite; running this file
 * directly (`node --conditions=source --import tsx suites/communities.ts
 * [--runs N] [--readme]`) also reports modularity and NMI, which only this
 * suite has, and writes results/communities-quality.json.
 *
 * Ratios are Leiden's time over Louvain's (at most 2 meets the target); the
 * CPU columns count only this process, steadier than the wall clock when the
 * machine is shared. Catalyse's Leiden runs on the compact index (built once, as `analyze`
 * does), Louvain on the graphology graph with a seeded rng; the modularity
 * of both partitions is computed by the same function.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRandom, leiden, modularity, normalizedMutualInformation, numberBySize } from "@catalyse/core";
import louvain from "graphology-communities-louvain";
import { plantedPartition } from "../graphs/planted-partition.js";
import { STANDARD_GRAPHS } from "../graphs/standard.js";
import { type BenchmarkGraph, benchmarkGraph } from "../graphs/territory.js";
import { formatMs, machine } from "../lib/measure.js";
import { writeReadmeSection } from "../lib/readme-section.js";
import type { Suite } from "../lib/suite.js";

const SEED = 17;

const runLeiden = (g: BenchmarkGraph) => leiden(g.index, { seed: SEED });
const runLouvain = (g: BenchmarkGraph) =>
  louvain(g.graph, { getEdgeWeight: "weight", rng: createRandom(SEED) });

const suite: Suite = {
  name: "communities",
  description: "Leiden (Catalyse) against graphology-communities-louvain, Barabási–Albert graphs (m = 5)",
  graphs: ["ba-10k", "ba-50k"],
  cases: [
    {
      metric: "leiden vs louvain",
      ours: runLeiden,
      baseline: { name: "graphology-communities-louvain", run: runLouvain },
      runs: { "ba-10k": 5, "ba-50k": 3 },
    },
  ],
};

export default suite;

/** The planted 6-world graph, with its groups. */
export function plantedGraph(): { graph: BenchmarkGraph; groupOf: Int32Array } {
  const edges = plantedPartition({ groups: 6, size: 1000, pIn: 0.01, pOut: 0.0004, seed: 6 });
  return { graph: benchmarkGraph("planted-6x1000", edges, false), groupOf: edges.groupOf };
}

export interface QualityRow {
  graph: string;
  actors: number;
  links: number;
  /** Median wall-clock times. */
  leidenMs: number;
  louvainMs: number;
  /** Median CPU times of the process, steadier than wall-clock on a shared machine. */
  leidenCpuMs: number;
  louvainCpuMs: number;
  leidenModularity: number | null;
  louvainModularity: number | null;
  leidenCommunities: number;
  louvainCommunities: number;
  leidenNmi: number | null;
  louvainNmi: number | null;
}

/** Times both methods (alternating, medians) and scores the partitions they return. */
export function qualityRows(runs: number): QualityRow[] {
  const graphs: { graph: BenchmarkGraph; groupOf: Int32Array | null }[] = ["ba-10k", "ba-50k"].map((name) => {
    const spec = STANDARD_GRAPHS.find((g) => g.name === name)!;
    return { graph: benchmarkGraph(name, spec.make(), spec.weighted), groupOf: null };
  });
  graphs.push(plantedGraph());
  return graphs.map(({ graph, groupOf }) => {
    const [ours, theirs] = measureWallAndCpu([() => runLeiden(graph), () => runLouvain(graph)], runs);
    const ourPartition = runLeiden(graph).communityOf;
    const mapping = runLouvain(graph);
    const theirPartition = numberBySize(graph.index.keys.map((key) => mapping[key]!)).communityOf;
    const nmi = (partition: Int32Array) =>
      groupOf === null ? null : normalizedMutualInformation(partition, groupOf);
    return {
      graph: graph.name,
      actors: graph.index.order,
      links: graph.index.size,
      leidenMs: ours!.wall,
      louvainMs: theirs!.wall,
      leidenCpuMs: ours!.cpu,
      louvainCpuMs: theirs!.cpu,
      leidenModularity: modularity(graph.index, ourPartition),
      louvainModularity: modularity(graph.index, theirPartition),
      leidenCommunities: numberBySize(ourPartition).sizes.length,
      louvainCommunities: numberBySize(theirPartition).sizes.length,
      leidenNmi: nmi(ourPartition),
      louvainNmi: nmi(theirPartition),
    };
  });
}

/**
 * Like lib/measure.ts (a warm-up each, then runs alternating between the
 * contenders so a burst of load hits both), with the process CPU time beside
 * the wall-clock time: on a loaded machine the wall clock also counts the time
 * other processes held the cores.
 */
function measureWallAndCpu(fns: readonly (() => unknown)[], runs: number): { wall: number; cpu: number }[] {
  for (const fn of fns) fn();
  const wall: number[][] = fns.map(() => []);
  const cpu: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++)
    fns.forEach((fn, f) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      fn();
      wall[f]!.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu[f]!.push((used.user + used.system) / 1000);
    });
  return fns.map((_, f) => ({ wall: median(wall[f]!), cpu: median(cpu[f]!) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fixed = (x: number | null, digits = 4) => (x === null ? "–" : x.toFixed(digits));

export function qualityTable(rows: readonly QualityRow[]): string {
  const lines = [
    "| graph | actors | links | Leiden | Louvain | ratio | Leiden CPU | Louvain CPU | CPU ratio | Q Leiden | Q Louvain | k Leiden | k Louvain | NMI Leiden | NMI Louvain |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of rows)
    lines.push(
      `| ${r.graph} | ${r.actors} | ${r.links} | ${formatMs(r.leidenMs)} | ${formatMs(r.louvainMs)} | ` +
        `${(r.leidenMs / r.louvainMs).toFixed(2)}× | ${formatMs(r.leidenCpuMs)} | ${formatMs(r.louvainCpuMs)} | ` +
        `${(r.leidenCpuMs / r.louvainCpuMs).toFixed(2)}× | ${fixed(r.leidenModularity)} | ${fixed(r.louvainModularity)} | ` +
        `${r.leidenCommunities} | ${r.louvainCommunities} | ${fixed(r.leidenNmi, 3)} | ${fixed(r.louvainNmi, 3)} |`,
    );
  return lines.join("\n");
}

function main(argv: string[]): void {
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const here = dirname(fileURLToPath(import.meta.url));
  const host = machine();
  const rows = qualityRows(runs);
  const markdown = qualityTable(rows);
  console.log(`# ${host}\n\n${markdown}\n`);
  mkdirSync(join(here, "..", "results"), { recursive: true });
  writeFileSync(
    join(here, "..", "results", "communities-quality.json"),
    JSON.stringify(
      { suite: "communities-quality", machine: host, date: new Date().toISOString(), runs, rows },
      null,
      1,
    ),
  );
  if (argv.includes("--readme"))
    writeReadmeSection(
      join(here, "..", "README.md"),
      "<!-- bench:communities-quality -->",
      "<!-- /bench:communities-quality -->",
      `_Leiden against graphology-communities-louvain, median of ${runs} alternating runs, seed ${SEED}; ` +
        `${new Date().toISOString().slice(0, 16)}Z on ${host}._\n\n${markdown}`,
      { appendUnder: "communities: quality" },
    );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2));
