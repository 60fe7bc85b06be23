/**
 * What a benchmark suite declares: the graphs it runs on and, for each metric,
 * Catalyse's call, the graphology-metrics equivalent (run in the same process
 * on the same graph) and the key of the NetworkX / igraph timings made by
 * python/reference_times.py on the same graph.
 *
 * A suite is one file in `suites/` whose default export is a `Suite`; the
 * runner discovers them, so adding a suite needs no change to the runner.
 */
import type { BenchmarkGraph } from "../graphs/territory.js";

export interface Contender {
  /** Shown in the table, e.g. "graphology-metrics". */
  name: string;
  run: (graph: BenchmarkGraph) => unknown;
}

export interface BenchmarkCase {
  /** Row label, e.g. "betweenness". */
  metric: string;
  /** Graph names this case runs on (default: all the suite's graphs). */
  graphs?: readonly string[];
  /** Catalyse's call; runs on the prebuilt compact index unless it says otherwise. */
  ours: (graph: BenchmarkGraph) => unknown;
  baseline?: Contender;
  /** Metric key understood by python/reference_times.py, when it has one. */
  python?: string;
  /**
   * Multiplies the measured time: an extrapolation (e.g. n / sources when only
   * a sample of Brandes sources runs), shown with "≈".
   */
  scale?: (graph: BenchmarkGraph) => number;
  /** Runs per graph name, overriding the runner's default by size. */
  runs?: Readonly<Record<string, number>>;
}

export interface Suite {
  name: string;
  description: string;
  /** Names from graphs/standard.ts. */
  graphs: readonly string[];
  cases: readonly BenchmarkCase[];
}
