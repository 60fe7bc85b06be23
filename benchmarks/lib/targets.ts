/**
 * Issue 19's targets, read from the results files of one run: each target's
 * measured ratio and whether it is met. Rendered into the README beside the
 * tables (and checked against the results files like them), so a verdict is
 * never written by hand.
 */
import { median, type RowResult, type SuiteResults } from "./results.js";

export interface Target {
  /** What the target says. */
  label: string;
  suite: string;
  metric: string;
  /** Tool compared with the reference. */
  against: string;
  /** Catalyse's column to compare (default the suite's first: one thread). */
  reference?: string;
  /** Other's median over Catalyse's must reach this. */
  atLeast: number;
  /** Also require Catalyse's quality figure above the other's (Leiden's modularity). */
  betterQuality?: boolean;
}

const POOL = "Catalyse, worker pool";

/** Issue 19's betweenness targets, for one of Catalyse's columns. */
function betweennessTargets(reference: string | undefined, how: string): Target[] {
  const targets: [string, string, string, number][] = [
    [
      "exact betweenness, load included, ≥ 4× graphology-metrics",
      "betweenness, index build included",
      "graphology-metrics",
      4,
    ],
    ["exact betweenness, load included, ≥ 2× igraph", "betweenness, index build included", "igraph", 2],
    ["weighted betweenness ≥ 2× igraph", "weighted betweenness", "igraph", 2],
  ];
  return targets.map(([label, metric, against, atLeast]) => ({
    label: `${label} (${how})`,
    suite: "centrality",
    metric,
    against,
    atLeast,
    ...(reference === undefined ? {} : { reference }),
  }));
}

export const TARGETS: readonly Target[] = [
  ...betweennessTargets(undefined, "one thread"),
  // What `catalyse analyze` runs by default: one worker thread per core.
  ...betweennessTargets(POOL, "worker pool"),
  ...["pagerank (tol 1e-12)", "eigenvector (tol 1e-12)", "core number", "clustering", "transitivity"].map(
    (metric): Target => ({
      label: `${metric} at least as fast as igraph`,
      suite: "centrality",
      metric,
      against: "igraph",
      atLeast: 1,
    }),
  ),
  {
    label: "Leiden no slower than Louvain, higher modularity",
    suite: "communities",
    metric: "Leiden vs Louvain",
    against: "graphology-communities-louvain",
    atLeast: 1,
    betterQuality: true,
  },
];

export const TARGET_MARKERS = { begin: "<!-- bench-targets -->", end: "<!-- /bench-targets -->" };

function verdict(target: Target, row: RowResult, reference: string): string {
  const ours = row.contenders[reference];
  const other = row.contenders[target.against];
  if (!ours || !other) return `| ${target.label} | ${row.workload} | not measured | – |`;
  const ratio = median(other.samples) / median(ours.samples);
  let met = ratio >= target.atLeast;
  let measured = `${ratio.toFixed(2)}×`;
  if (target.betterQuality) {
    const q = ours.quality ?? Number.NaN;
    const theirs = other.quality ?? Number.NaN;
    met &&= q > theirs;
    measured += `, Q ${q.toFixed(4)} vs ${theirs.toFixed(4)}`;
  }
  const shortfall = met ? "" : ` (short by ${((1 - ratio / target.atLeast) * 100).toFixed(0)}%)`;
  const load = row.underLoad ? " ⚠ under load" : "";
  return `| ${target.label} | ${row.workload} | ${measured} | ${met ? "**met**" : `missed${ratio < target.atLeast ? shortfall : ""}`}${load} |`;
}

/** The targets table from the suites' results (a target whose suite did not run is "not measured"). */
export function renderTargets(results: readonly SuiteResults[]): string {
  const lines = ["| target | graph | measured | verdict |", "|---|---|--:|---|"];
  for (const target of TARGETS) {
    const suite = results.find((r) => r.suite === target.suite);
    const rows = suite?.rows.filter((r) => r.metric === target.metric) ?? [];
    if (!suite || rows.length === 0) lines.push(`| ${target.label} | – | not measured | – |`);
    else for (const row of rows) lines.push(verdict(target, row, target.reference ?? suite.tools[0]!));
  }
  return lines.join("\n");
}
