/**
 * The scale benchmark (issue 9): one command builds seeded graphs of 10⁴, 10⁵
 * and 10⁶ links (scale-graph.ts), then measures, each in its own process (its
 * own peak RSS and time limit): loading (streamed and through the ordinary
 * reader), indexing, each metric (exact betweenness and closeness on 1 and 2
 * threads, approximate betweenness ε = 0.01, δ = 0.1, PageRank, eigenvector,
 * core, clustering, Leiden), a whole `catalyse analyze`, and graphology-metrics
 * on the same graphs. Steps whose cost grows as n·m and whose estimate from the
 * previous size exceeds the limit are not run; the table says so.
 *
 *   node --conditions=source --import tsx benchmarks/scale/run.ts [--sizes 1e4,1e5,1e6]
 *        [--limit 300] [--steps analyze,approx-2] [--readme]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeReadmeSection } from "../lib/readme-section.js";
import { scaleGraph, writeScaleTerritory } from "./scale-graph.js";
import { formatTable, QUADRATIC, SCALE_MARKERS, type ScaleMachine, STEPS, type StepResult } from "./table.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1e4,1e5,1e6" },
    limit: { type: "string", default: "300" },
    steps: { type: "string" },
    readme: { type: "boolean", default: false },
    /** Measure nothing: print (and with --readme write) the table of results.json. */
    report: { type: "boolean", default: false },
    /** Links per new actor (10: 100k actors for 1M links; 5 gives the 20k-actor graph of the speed-up target). */
    m: { type: "string", default: "10" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const limit = Number(values.limit);
const steps = values.steps === undefined ? STEPS : (values.steps.split(",") as unknown as typeof STEPS);
const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../..");
const resultsFile = join(here, "results.json");

const machine: ScaleMachine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: loadavg()[0]!.toFixed(1),
  date: new Date().toISOString().slice(0, 16),
};

const previous: StepResult[] = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, "utf8")) as { results: StepResult[] }).results
  : [];
const results: StepResult[] = [];

for (const links of values.report ? [] : sizes) {
  const graph = scaleGraph(links, 1, Number(values.m));
  const folder = join(tmpdir(), `catalyse-scale-${links}-m${values.m}`);
  if (!existsSync(join(folder, "links.csv"))) writeScaleTerritory(graph, folder);
  for (const step of steps) {
    const base = { step, links, actors: graph.actors };
    const estimate = estimateSeconds(step, links, graph.actors);
    if (QUADRATIC.has(step) && estimate !== null && estimate > limit) {
      results.push({
        ...base,
        status: "skipped",
        seconds: null,
        peakRssMb: null,
        note: `≈ ${Math.round(estimate)} s (estimated from the previous size)`,
      });
      console.log(`${links} ${step}: skipped, ≈ ${Math.round(estimate)} s`);
      continue;
    }
    const child = spawnSync(
      process.execPath,
      ["--conditions=source", "--import", "tsx", join(here, "step.ts"), step, folder],
      { cwd: root, encoding: "utf8", timeout: limit * 1000, maxBuffer: 1 << 24 },
    );
    if (child.error !== undefined || child.status !== 0) {
      const timedOut = child.signal === "SIGTERM";
      results.push({
        ...base,
        status: timedOut ? "timeout" : "failed",
        seconds: null,
        peakRssMb: null,
        note: timedOut ? `> ${limit} s` : child.stderr.split("\n").slice(-5).join(" "),
      });
      console.log(`${links} ${step}: ${timedOut ? "timeout" : `failed ${child.stderr.slice(-300)}`}`);
      continue;
    }
    const line = child.stdout.trim().split("\n").at(-1)!;
    const measured = JSON.parse(line) as { seconds: number; peakRssMb: number; detail: unknown };
    results.push({ ...base, status: "done", ...measured });
    console.log(`${links} ${step}: ${measured.seconds.toFixed(2)} s, ${Math.round(measured.peakRssMb)} MB`);
    save();
  }
}

/** Writes results.json (after every step), keeping earlier results for steps and sizes not run this time. */
function save(): StepResult[] {
  const merged = [
    ...previous.filter(
      (p) => !results.some((r) => r.step === p.step && r.links === p.links && r.actors === p.actors),
    ),
    ...results,
  ];
  writeFileSync(resultsFile, `${JSON.stringify({ machine, results: merged }, null, 2)}\n`);
  return merged;
}

function estimateSeconds(step: string, links: number, actors: number): number | null {
  // Two threads: the same graph's one-thread time bounds it (worker start-up dominates small graphs).
  const single = step.endsWith("-2")
    ? results.find((r) => r.step === step.replace(/-2$/, "-1") && r.links === links && r.actors === actors)
    : undefined;
  if (single?.status === "done" && single.seconds !== null) return single.seconds;
  const known = [...results, ...previous]
    .filter(
      (r) =>
        r.step === step &&
        r.status === "done" &&
        r.links < links &&
        r.seconds !== null &&
        r.actors * 10 <= r.links + 100,
    )
    .sort((a, b) => b.links - a.links)[0];
  if (known === undefined) return null;
  return known.seconds! * ((actors * links) / (known.actors * known.links));
}

if (!values.report) machine.loadAverageAtStart += ` → ${loadavg()[0]!.toFixed(1)} at the end`;
const merged = values.report ? previous : save();
const shown =
  values.report && existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, "utf8")) as { machine: ScaleMachine }).machine
    : machine;
const table = formatTable(merged, shown);
console.log(table);
if (values.readme) writeReadme(table);

/** Rewrites the table between the markers of benchmarks/scale/README.md and of the "Scale" section of benchmarks/README.md. */
function writeReadme(table: string): void {
  for (const file of [join(here, "README.md"), join(here, "..", "README.md")])
    writeReadmeSection(file, SCALE_MARKERS.begin, SCALE_MARKERS.end, table);
}
