/**
 * The benchmark runner: `pnpm bench [suite…] [options]` from the repository
 * root (or `pnpm --dir benchmarks bench …`).
 *
 * Options:
 *   --readme      write each suite's table into README.md (from its results file)
 *   --smoke       tiny graphs, one repetition, nothing written to results/ or the README
 *   --only a,b    only these workloads (graph names)
 *   --no-python   leave igraph and NetworkX out
 *   --render      measure nothing: rewrite the README's tables from results/ as they are
 *
 * Every row interleaves its contenders (Catalyse, graphology-metrics, igraph,
 * NetworkX) repetition by repetition (lib/measure.ts), records the load average
 * before and after, and goes to results/<suite>.json; the README table is
 * rendered from that file (lib/results.ts), never edited by hand.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeEdgeList } from "./graphs/territory.js";
import { linkVisitFloorNs } from "./lib/link-visit-floor.js";
import {
  currentLoad,
  formatMs,
  interleave,
  MEASURE_DEFAULTS,
  machineInfo,
  type Timed,
  timeCall,
} from "./lib/measure.js";
import { PythonWorker, pythonContendersAvailable } from "./lib/python-worker.js";
import { writeReadmeSection } from "./lib/readme-section.js";
import {
  type ContenderResult,
  markers,
  median,
  placeholder,
  type RowResult,
  renderSuite,
  type SuiteResults,
} from "./lib/results.js";
import type { BenchmarkCase, Suite, Workload } from "./lib/suite.js";
import { renderTargets, TARGET_MARKERS } from "./lib/targets.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const RESULTS_DIR = join(HERE, "results");
export const README = join(HERE, "README.md");

export interface RunOptions {
  suites: string[];
  only: string[] | null;
  python: boolean;
  smoke: boolean;
  readme: boolean;
  /** Where results/<suite>.json go (default results/; smoke runs write nowhere unless given). */
  resultsDir: string | null;
  log: (line: string) => void;
}

export const RUN_DEFAULTS: RunOptions = {
  suites: [],
  only: null,
  python: true,
  smoke: false,
  readme: false,
  resultsDir: RESULTS_DIR,
  log: (line) => console.error(line),
};

function parseArgs(argv: readonly string[]): RunOptions {
  const options: RunOptions = { ...RUN_DEFAULTS, suites: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--readme") options.readme = true;
    else if (arg === "--smoke") options.smoke = true;
    else if (arg === "--no-python") options.python = false;
    else if (arg === "--only") options.only = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (arg.startsWith("--")) throw new Error(`bench: unknown option ${arg}; see the header of run.ts`);
    else options.suites.push(arg);
  }
  if (options.smoke) {
    options.readme = false;
    options.resultsDir = null;
  }
  return options;
}

export async function loadSuites(): Promise<Suite[]> {
  const files = readdirSync(join(HERE, "suites")).filter((f) => f.endsWith(".ts"));
  const suites: Suite[] = [];
  for (const file of files.sort()) suites.push((await import(`./suites/${file}`)).default as Suite);
  return suites;
}

/** Runs the suites and returns their results (also written to `resultsDir` and the README when asked). */
export async function runBenchmarks(options: Partial<RunOptions> = {}): Promise<SuiteResults[]> {
  const opts: RunOptions = { ...RUN_DEFAULTS, ...options };
  const all = await loadSuites();
  const suites = all.filter((s) => opts.suites.length === 0 || opts.suites.includes(s.name));
  if (suites.length === 0) throw new Error(`bench: no suite named ${opts.suites.join(", ")} in suites/`);
  const python = opts.python && pythonContendersAvailable() ? new PythonWorker() : null;
  if (opts.python && !python)
    opts.log("bench: python3-igraph or python3-networkx missing, igraph and NetworkX left out");
  // Edge lists for python/worker.py: large, never committed.
  const edgeDir = mkdtempSync(join(tmpdir(), "catalyse-bench-"));
  const out: SuiteResults[] = [];
  try {
    for (const suite of suites) out.push(await runSuite(suite, opts, python, edgeDir));
  } finally {
    await python?.close();
    rmSync(edgeDir, { recursive: true, force: true });
  }
  if (opts.readme) writeTargets();
  return out;
}

/** The results files present in `dir` (the last run of each suite). */
export function readResults(dir: string = RESULTS_DIR): SuiteResults[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as SuiteResults);
}

function writeTargets(): void {
  writeReadmeSection(README, TARGET_MARKERS.begin, TARGET_MARKERS.end, renderTargets(readResults()));
}

/** Every suite's README section from its results file (or the placeholder), and the targets. */
export async function renderReadme(): Promise<void> {
  const results = readResults();
  for (const suite of await loadSuites()) {
    const { begin, end } = markers(suite.name);
    const found = results.find((r) => r.suite === suite.name);
    writeReadmeSection(README, begin, end, found ? renderSuite(found) : placeholder(suite.name));
  }
  writeTargets();
}

/** One row: the case's contenders on one workload, interleaved, with the load around them. */
async function measureRow(
  suite: Suite,
  c: BenchmarkCase<Workload>,
  workload: Workload,
  python: PythonWorker | null,
  opts: RunOptions,
): Promise<RowResult> {
  const timed: Timed[] = c.contenders.map(
    (contender) => async () =>
      contender.skip?.(workload)
        ? null
        : timeCall(
            () => contender.run(workload),
            contender.quality && ((result) => contender.quality!(result, workload)),
          ),
  );
  const tools = c.contenders.map((contender) => contender.tool);
  if (python && c.python) {
    for (const tool of ["igraph", "networkx"] as const) {
      tools.push(tool === "igraph" ? "igraph" : "NetworkX");
      timed.push(async () => {
        const t = await python.time(workload.name, tool, c.python!);
        return t && { ms: t.ms, scale: t.scale, quality: null };
      });
    }
  }
  const loadBefore = currentLoad();
  const measured = await interleave(timed, { ...MEASURE_DEFAULTS, smoke: opts.smoke });
  const loadAfter = currentLoad();
  const contenders: Record<string, ContenderResult> = {};
  measured.samples.forEach((samples, i) => {
    if (!samples || samples.length === 0) return;
    contenders[tools[i]!] = {
      samples: samples.map((s) => s.ms),
      scale: samples[0]!.scale,
      quality: samples[samples.length - 1]!.quality,
    };
  });
  const reference = contenders[suite.tools[0]!];
  const row: RowResult = {
    metric: c.metric,
    workload: workload.name,
    actors: workload.actors,
    links: workload.links,
    repetitions: measured.repetitions,
    warmup: measured.warmup,
    loadBefore,
    loadAfter,
    underLoad: Math.max(loadBefore, loadAfter) > machineInfo().cores,
    contenders,
    nsPerLinkVisit:
      c.linkVisits && reference
        ? (median(reference.samples) * 1e6) / (workload.actors * 4 * workload.links)
        : null,
  };
  opts.log(
    `${suite.name} · ${workload.name} · ${c.metric}: ` +
      Object.entries(contenders)
        .map(([tool, r]) => `${tool} ${formatMs(median(r.samples))}`)
        .join(", ") +
      ` · load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}${row.underLoad ? " ⚠ under load" : ""}`,
  );
  return row;
}

async function runSuite(
  suite: Suite,
  opts: RunOptions,
  python: PythonWorker | null,
  edgeDir: string,
): Promise<SuiteResults> {
  const names = (opts.smoke ? suite.smokeWorkloads : suite.workloads).filter(
    (name, i) => !opts.only || opts.only.includes(name) || opts.only.includes(suite.workloads[i]!),
  );
  const started = new Date().toISOString();
  const rows: RowResult[] = [];
  let floor: number | null = null;
  await suite.setup?.();
  try {
    for (const name of names) {
      const workload: Workload = suite.load(name);
      const i = suite.smokeWorkloads.indexOf(name);
      const full = opts.smoke && i >= 0 ? suite.workloads[i]! : name;
      const cases = suite.cases.filter((c) => !c.workloads || c.workloads.includes(full));
      const pythonHere = python !== null && workload.edges !== undefined && cases.some((c) => c.python);
      if (pythonHere) {
        const path = join(edgeDir, `${name}.edges`);
        writeEdgeList(workload.edges!, path);
        await python!.load(name, path, workload.weighted ?? false);
      }
      for (const c of cases) {
        const row = await measureRow(suite, c, workload, pythonHere ? python : null, opts);
        rows.push(row);
        if (row.nsPerLinkVisit !== null && floor === null && workload.index)
          floor = linkVisitFloorNs(workload.index, opts.smoke ? 2 : 200);
      }
    }
  } finally {
    await suite.teardown?.();
  }
  const results: SuiteResults = {
    suite: suite.name,
    description: suite.description,
    tools: [...suite.tools],
    quality: suite.quality ?? null,
    machine: machineInfo(),
    started,
    finished: new Date().toISOString(),
    linkVisitFloorNs: floor,
    rows,
  };
  if (opts.resultsDir !== null) {
    mkdirSync(opts.resultsDir, { recursive: true });
    writeFileSync(join(opts.resultsDir, `${suite.name}.json`), `${JSON.stringify(results, null, 1)}\n`);
  }
  if (opts.readme) {
    const { begin, end } = markers(suite.name);
    writeReadmeSection(README, begin, end, renderSuite(results), { appendUnder: suite.name });
  }
  return results;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--render")) {
    await renderReadme();
    process.exit(0);
  }
  const options = parseArgs(process.argv.slice(2));
  const results = await runBenchmarks(options);
  for (const r of results) console.log(`\n## ${r.suite}\n\n${renderSuite(r)}\n`);
}
