/**
 * Centrality suite (issues 3 and 19): Catalyse against graphology-metrics in
 * the same process, and igraph and NetworkX in python/worker.py, on the same
 * graphs, interleaved repetition by repetition.
 *
 * Catalyse runs on the compact index built once per graph (as `analyze` does;
 * the build is its own row) except in the "index build included" row, where
 * every contender starts from its own input: Catalyse indexes the graphology
 * graph, graphology-metrics indexes it inside its call, igraph builds its graph
 * from the edge list held in Python.
 *
 * Same settings on every side: unweighted metrics pass `getEdgeWeight: null`
 * to graphology-metrics; weighted betweenness takes the distance 1/weight;
 * "tol 1e-6" rows run PageRank and eigenvector at graphology's tolerance (and
 * NetworkX's default), the other rows at Catalyse's default 1e-12 against
 * igraph's PRPACK and ARPACK solvers, which are exact to machine precision.
 * "Catalyse, worker pool" is exact betweenness split over one worker thread
 * per core (@catalyse/parallel), as `catalyse analyze` runs it by default;
 * its ratio column is its time over one thread's. Core number, clustering and
 * transitivity ignore weights, so they run on the
 * unweighted graphs only.
 */
import {
  betweenness,
  betweennessWeighted,
  closeness,
  clustering,
  coreNumber,
  createCompactIndex,
  eigenvector,
  harmonic,
  pagerank,
  transitivity,
} from "@catalyse/core";
import { parallelBetweenness, type WorkerPool } from "@catalyse/parallel";
import { createNodePool } from "@catalyse/parallel/node";
import graphologyBetweenness from "graphology-metrics/centrality/betweenness.js";
import graphologyCloseness from "graphology-metrics/centrality/closeness.js";
import graphologyEigenvector from "graphology-metrics/centrality/eigenvector.js";
import graphologyPagerank from "graphology-metrics/centrality/pagerank.js";
import { standardGraph } from "../graphs/standard.js";
import type { BenchmarkGraph } from "../graphs/territory.js";
import { defineSuite } from "../lib/suite.js";

const UNWEIGHTED = ["ba-10k", "ba-50k"];
/** Brandes on every source of 50k actors is minutes per contender: 10k only. */
const BRANDES = ["ba-10k"];

const POOL = "Catalyse, worker pool";
/** The pool `catalyse analyze` splits betweenness over: one worker thread per core. */
let pool: WorkerPool | null = null;
/** Exact betweenness on the pool, from the prebuilt index or (load included) indexing the graph first. */
const pooled = (weighted: boolean, buildIndex: boolean) => ({
  tool: POOL,
  run: (g: BenchmarkGraph) =>
    parallelBetweenness(pool!, buildIndex ? createCompactIndex(g.graph) : g.index, { weighted }),
});

const catalyse = (run: (g: BenchmarkGraph) => unknown) => ({ tool: "Catalyse", run });
const graphology = (run: (g: BenchmarkGraph) => unknown) => ({ tool: "graphology-metrics", run });

export default defineSuite<BenchmarkGraph>({
  name: "centrality",
  description:
    "exact centrality on Barabási–Albert graphs (m = 5; weighted: integer weights 1–5), in process, contenders interleaved; ratios are the other tool's median over Catalyse's (above 1: Catalyse faster)",
  tools: ["Catalyse", POOL, "graphology-metrics", "igraph", "NetworkX"],
  workloads: ["ba-10k", "ba-10k-weighted", "ba-50k"],
  smokeWorkloads: ["ba-smoke", "ba-smoke-weighted"],
  load: standardGraph,
  setup: async () => {
    pool = createNodePool();
  },
  teardown: async () => {
    await pool?.close();
    pool = null;
  },
  cases: [
    { metric: "compact index (build)", contenders: [catalyse((g) => createCompactIndex(g.graph))] },
    {
      metric: "betweenness, index build included",
      workloads: BRANDES,
      contenders: [
        catalyse((g) => betweenness.compute(createCompactIndex(g.graph))),
        pooled(false, true),
        graphology((g) => graphologyBetweenness(g.graph, { getEdgeWeight: null })),
      ],
      python: "betweenness+load",
    },
    {
      metric: "betweenness (index prebuilt)",
      workloads: BRANDES,
      contenders: [catalyse((g) => betweenness.compute(g.index))],
      linkVisits: true,
    },
    {
      metric: "weighted betweenness",
      workloads: ["ba-10k-weighted"],
      contenders: [
        catalyse((g) => betweennessWeighted.compute(g.index)),
        pooled(true, false),
        graphology((g) =>
          graphologyBetweenness(g.graph, { getEdgeWeight: (_edge, attrs) => 1 / attrs.weight }),
        ),
      ],
      python: "betweennessWeighted",
      linkVisits: true,
    },
    {
      metric: "closeness",
      workloads: BRANDES,
      contenders: [
        catalyse((g) => closeness.compute(g.index)),
        graphology((g) => graphologyCloseness(g.graph, { wassermanFaust: true })),
      ],
      python: "closeness",
    },
    {
      metric: "harmonic",
      workloads: BRANDES,
      contenders: [catalyse((g) => harmonic.compute(g.index))],
      python: "harmonic",
    },
    {
      metric: "pagerank (tol 1e-6)",
      contenders: [
        catalyse((g) =>
          pagerank.compute(g.index, { tolerance: 1e-6, maxIterations: 100, weighted: g.weighted }),
        ),
        graphology((g) => graphologyPagerank(g.graph, { getEdgeWeight: g.weighted ? "weight" : null })),
      ],
      python: "pagerank",
    },
    {
      metric: "pagerank (tol 1e-12)",
      contenders: [catalyse((g) => pagerank.compute(g.index, { weighted: g.weighted }))],
      python: "pagerank-exact",
    },
    {
      metric: "eigenvector (tol 1e-6)",
      contenders: [
        catalyse((g) =>
          eigenvector.compute(g.index, { tolerance: 1e-6, maxIterations: 100, weighted: g.weighted }),
        ),
        graphology((g) => graphologyEigenvector(g.graph, { getEdgeWeight: g.weighted ? "weight" : null })),
      ],
    },
    {
      metric: "eigenvector (tol 1e-12)",
      contenders: [catalyse((g) => eigenvector.compute(g.index, { weighted: g.weighted }))],
      python: "eigenvector",
    },
    {
      metric: "core number",
      workloads: UNWEIGHTED,
      contenders: [catalyse((g) => coreNumber.compute(g.index))],
      python: "core",
    },
    {
      metric: "clustering",
      workloads: UNWEIGHTED,
      contenders: [catalyse((g) => clustering.compute(g.index))],
      python: "clustering",
    },
    {
      metric: "transitivity",
      workloads: UNWEIGHTED,
      contenders: [catalyse((g) => transitivity(g.index))],
      python: "transitivity",
    },
  ],
});
