/**
 * The benchmark runner: `pnpm --dir benchmarks bench [suite…] [options]`
 * (or `pnpm bench` from the root).
 *
 * Options:
 *   --graphs ba-1k,ba-10k   only these graphs (default: each suite's own)
 *   --runs N                runs per measurement (default: 7 on 1k, 5 on 10k, 1 on 50k)
 *   --python                also time NetworkX and igraph (python/reference_times.py)
 *   --readme                write the table into README.md between the suite's markers
 *
 * Suites are the files in suites/ (default export: a `Suite`); with no suite
 * named, every suite runs. Results also go to results/<suite>.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type GraphSpec, STANDARD_GRAPHS } from "./graphs/standard.js";
import { type BenchmarkGraph, benchmarkGraph, writeEdgeList } from "./graphs/territory.js";
import { formatMs, machine, measure, type Timing } from "./lib/measure.js";
import { writeReadmeSection } from "./lib/readme-section.js";
import type { Suite } from "./lib/suite.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS = join(HERE, "results");
const PYTHON = "/usr/bin/python3";

interface Row {
  metric: string;
  graph: string;
  ours: number;
  /** `ours` extrapolated from a sample (see BenchmarkCase.scale). */
  estimated: boolean;
  runs: number;
  baseline: string | null;
  baselineMs: number | null;
  networkx: number | null;
  networkxEstimated: boolean;
  igraph: number | null;
}

interface Args {
  suites: string[];
  graphs: string[] | null;
  runs: number | null;
  python: boolean;
  readme: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { suites: [], graphs: null, runs: null, python: false, readme: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--graphs") args.graphs = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (arg === "--runs") args.runs = Number(argv[++i]);
    else if (arg === "--python") args.python = true;
    else if (arg === "--readme") args.readme = true;
    else if (arg.startsWith("--")) throw new Error(`bench: unknown option ${arg}; see the header of run.ts`);
    else args.suites.push(arg);
  }
  return args;
}

async function loadSuites(): Promise<Suite[]> {
  const files = readdirSync(join(HERE, "suites")).filter((f) => f.endsWith(".ts"));
  const suites: Suite[] = [];
  for (const file of files.sort()) suites.push((await import(`./suites/${file}`)).default as Suite);
  return suites;
}

function defaultRuns(graph: string): number {
  if (graph.includes("50k")) return 1;
  if (graph.includes("10k")) return 5;
  return 7;
}

const graphCache = new Map<string, BenchmarkGraph>();
function loadGraph(spec: GraphSpec): BenchmarkGraph {
  let graph = graphCache.get(spec.name);
  if (!graph) {
    graph = benchmarkGraph(spec.name, spec.make(), spec.weighted);
    graphCache.set(spec.name, graph);
  }
  return graph;
}

type PythonTimes = Record<
  string,
  { networkx: number | null; networkxEstimated: boolean; igraph: number | null }
>;

function pythonTimes(graph: BenchmarkGraph, metrics: string[], runs: number): PythonTimes {
  const path = join(RESULTS, `${graph.name}.edges`);
  writeEdgeList(graph.edges, path);
  const args = [join(HERE, "python", "reference_times.py"), path, metrics.join(","), "--runs", String(runs)];
  if (graph.weighted) args.push("--weighted");
  const out = execFileSync(PYTHON, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out) as PythonTimes;
}

function ratio(a: number | null, b: number): string {
  return a === null ? "–" : `${(a / b).toFixed(1)}×`;
}

function table(rows: Row[]): string {
  const lines = [
    "| metric | graph | Catalyse | graphology-metrics | ratio | igraph | ratio | NetworkX | ratio |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of rows) {
    const nx = r.networkx === null ? "–" : `${r.networkxEstimated ? "≈" : ""}${formatMs(r.networkx)}`;
    lines.push(
      `| ${r.metric} | ${r.graph} | ${r.estimated ? "≈" : ""}${formatMs(r.ours)} | ${formatMs(r.baselineMs)} | ${ratio(r.baselineMs, r.ours)} | ${formatMs(r.igraph)} | ${ratio(r.igraph, r.ours)} | ${nx} | ${ratio(r.networkx, r.ours)} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const suites = (await loadSuites()).filter((s) => args.suites.length === 0 || args.suites.includes(s.name));
  if (suites.length === 0) throw new Error(`bench: no suite named ${args.suites.join(", ")} in suites/`);
  mkdirSync(RESULTS, { recursive: true });
  const host = machine();
  console.log(`# ${host}`);
  for (const suite of suites) {
    const rows: Row[] = [];
    const graphs = suite.graphs.filter((g) => !args.graphs || args.graphs.includes(g));
    for (const name of graphs) {
      const spec = STANDARD_GRAPHS.find((g) => g.name === name);
      if (!spec) throw new Error(`bench: suite ${suite.name} asks for unknown graph ${name}`);
      const graph = loadGraph(spec);
      const cases = suite.cases.filter((c) => !c.graphs || c.graphs.includes(name));
      const runs = (c: (typeof cases)[number]) => c.runs?.[name] ?? args.runs ?? defaultRuns(name);
      const python = args.python
        ? pythonTimes(
            graph,
            cases.flatMap((c) => (c.python ? [c.python] : [])),
            Math.min(3, args.runs ?? defaultRuns(name)),
          )
        : {};
      for (const c of cases) {
        // One run on the largest graphs is already minutes for exact betweenness: no warm-up there.
        const n = runs(c);
        const baseline = c.baseline;
        const contenders = baseline
          ? [() => c.ours(graph), () => baseline.run(graph)]
          : [() => c.ours(graph)];
        const [ours, base] = measure(contenders, n, n > 1) as [Timing, Timing | undefined];
        const py = c.python ? python[c.python] : undefined;
        const scale = c.scale?.(graph) ?? 1;
        const row: Row = {
          metric: c.metric,
          graph: name,
          ours: ours.median * scale,
          estimated: scale !== 1,
          runs: n,
          baseline: c.baseline?.name ?? null,
          baselineMs: base?.median ?? null,
          networkx: py?.networkx ?? null,
          networkxEstimated: py?.networkxEstimated ?? false,
          igraph: py?.igraph ?? null,
        };
        rows.push(row);
        console.log(
          `${suite.name} ${name} ${c.metric}: ${formatMs(row.ours)}` +
            (row.baselineMs === null
              ? ""
              : ` vs ${formatMs(row.baselineMs)} (${ratio(row.baselineMs, row.ours)})`) +
            (row.igraph === null ? "" : `, igraph ${formatMs(row.igraph)}`),
        );
      }
    }
    const markdown = table(rows);
    console.log(`\n## ${suite.name}\n\n${markdown}\n`);
    writeFileSync(
      join(RESULTS, `${suite.name}.json`),
      JSON.stringify({ suite: suite.name, machine: host, date: new Date().toISOString(), rows }, null, 1),
    );
    if (args.readme) writeReadme(suite, host, markdown);
  }
}

function writeReadme(suite: Suite, host: string, markdown: string) {
  writeReadmeSection(
    join(HERE, "README.md"),
    `<!-- bench:${suite.name} -->`,
    `<!-- /bench:${suite.name} -->`,
    `_${suite.description}; ${new Date().toISOString().slice(0, 16)}Z on ${host}._\n\n${markdown}`,
    { appendUnder: suite.name },
  );
}

await main();
