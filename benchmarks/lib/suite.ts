/**
 * What a benchmark suite declares: its workloads (a graph, or a dataset for
 * the start-up suite), and for each metric the contenders timed on it: the
 * in-process calls (Catalyse first, then graphology-metrics or another
 * JavaScript library) and the key under which python/worker.py times igraph
 * and NetworkX on the same graph.
 *
 * A suite is one file in `suites/` whose default export is a `Suite`; the
 * runner discovers them, so adding a suite needs no change to the runner.
 */
import type { CompactIndex } from "@catalyse/core";
import type { EdgeList } from "../graphs/barabasi-albert.js";

/** A workload every case of a suite runs on. */
export interface Workload {
  name: string;
  /** Actors and links, for the table and the cost per link visit. */
  actors: number;
  links: number;
  /** The edge list handed to igraph and NetworkX, when the suite times them. */
  edges?: EdgeList;
  weighted?: boolean;
  /** Catalyse's compact index of the graph, for the floor of a link visit. */
  index?: CompactIndex;
}

export interface Contender<W extends Workload> {
  /** Column of the table, e.g. "Catalyse", "graphology-metrics". */
  tool: string;
  /** The timed call; a returned promise is awaited inside the timing. */
  run: (workload: W) => unknown;
  /** A figure of the answer (e.g. modularity), computed outside the timing from the last run. */
  quality?: (result: unknown, workload: W) => number | null;
  /** Leaves this contender out of a workload's row (e.g. a build that smoke runs lack). */
  skip?: (workload: W) => boolean;
}

export interface BenchmarkCase<W extends Workload> {
  /** Row label, e.g. "betweenness". */
  metric: string;
  /** Workload names this case runs on (default: all the suite's). */
  workloads?: readonly string[];
  /** In-process contenders; the first is the reference of the ratios (Catalyse). */
  contenders: readonly Contender<W>[];
  /** Metric key understood by python/worker.py (igraph and NetworkX), when they have one. */
  python?: string;
  /** Report the reference's cost per link visit, a Brandes pass being n · (2m + 2m) visits. */
  linkVisits?: boolean;
}

export interface Suite<W extends Workload = Workload> {
  name: string;
  /** One line under the table's heading. */
  description: string;
  /** Columns in order; the first is the reference of the ratios. */
  tools: readonly string[];
  /** Label of the quality figure, when contenders report one. */
  quality?: string;
  /** Workload names, in order. */
  workloads: readonly string[];
  /** Smaller workloads for `--smoke` (same order as `workloads`). */
  smokeWorkloads: readonly string[];
  load: (name: string) => W;
  cases: readonly BenchmarkCase<W>[];
  /** Before the first row, untimed (e.g. start a worker pool). */
  setup?: () => Promise<void>;
  /** After the last row (e.g. stop the pool). */
  teardown?: () => Promise<void>;
}

/** Keeps a suite's workload type while checking its shape. */
export function defineSuite<W extends Workload>(suite: Suite<W>): Suite<W> {
  return suite;
}
