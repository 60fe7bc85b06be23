/**
 * Centrality suite (issue 3): Catalyse's metrics against graphology-metrics'
 * equivalents on the same graphs, in the same process. Catalyse runs on the
 * compact index built once per graph (as `analyze` does; the build itself is
 * the "compact index" row); graphology-metrics indexes the graph inside each
 * call, which is part of what it costs.
 *
 * Same settings on both sides: unweighted metrics pass `getEdgeWeight: null`;
 * weighted betweenness gives graphology the distance 1/weight; PageRank and
 * eigenvector run at graphology's tolerances (1e-6, 100 iterations) unless the
 * row says "tol 1e-12" (Catalyse's default, NetworkX-exact).
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
import { brandesFromSources } from "@catalyse/core/kernels";
import graphologyBetweenness from "graphology-metrics/centrality/betweenness.js";
import graphologyCloseness from "graphology-metrics/centrality/closeness.js";
import graphologyEigenvector from "graphology-metrics/centrality/eigenvector.js";
import graphologyPagerank from "graphology-metrics/centrality/pagerank.js";
import type { Suite } from "../lib/suite.js";

const SMALL = ["ba-1k", "ba-10k"];
/** Brandes sources timed on the 50k graph, whose exact run is hours on a loaded shared machine. */
const SAMPLE = 320;
const WEIGHTED = ["ba-10k-weighted"];

const suite: Suite = {
  name: "centrality",
  description: "exact centrality on Barabási–Albert graphs (m = 5)",
  graphs: ["ba-1k", "ba-10k", "ba-50k", "ba-10k-weighted"],
  cases: [
    {
      metric: "compact index (build)",
      ours: (g) => createCompactIndex(g.graph),
    },
    {
      metric: "betweenness",
      graphs: SMALL,
      ours: (g) => betweenness.compute(g.index),
      baseline: {
        name: "graphology-metrics",
        run: (g) => graphologyBetweenness(g.graph, { getEdgeWeight: null }),
      },
      python: "betweenness",
      runs: { "ba-10k": 1 },
    },
    {
      metric: `betweenness (${SAMPLE} sources × n/${SAMPLE})`,
      graphs: ["ba-50k"],
      ours: (g) => brandesFromSources(g.index, { start: 0, end: SAMPLE }),
      scale: (g) => g.index.order / SAMPLE,
    },
    {
      metric: "betweennessWeighted",
      graphs: WEIGHTED,
      ours: (g) => betweennessWeighted.compute(g.index),
      baseline: {
        name: "graphology-metrics",
        run: (g) => graphologyBetweenness(g.graph, { getEdgeWeight: (_edge, attrs) => 1 / attrs.weight }),
      },
      python: "betweennessWeighted",
      runs: { "ba-10k-weighted": 1 },
    },
    {
      metric: "closeness",
      graphs: SMALL,
      ours: (g) => closeness.compute(g.index),
      baseline: {
        name: "graphology-metrics",
        run: (g) => graphologyCloseness(g.graph, { wassermanFaust: true }),
      },
      python: "closeness",
      runs: { "ba-10k": 3 },
    },
    {
      metric: "harmonic",
      graphs: SMALL,
      ours: (g) => harmonic.compute(g.index),
      python: "harmonic",
      runs: { "ba-10k": 3 },
    },
    {
      metric: "pagerank",
      ours: (g) => pagerank.compute(g.index, { tolerance: 1e-6, maxIterations: 100, weighted: g.weighted }),
      baseline: {
        name: "graphology-metrics",
        run: (g) => graphologyPagerank(g.graph, { getEdgeWeight: g.weighted ? "weight" : null }),
      },
      python: "pagerank",
    },
    {
      metric: "pagerank (tol 1e-12)",
      ours: (g) => pagerank.compute(g.index, { weighted: g.weighted }),
      python: "pagerank-exact",
    },
    {
      metric: "eigenvector",
      ours: (g) =>
        eigenvector.compute(g.index, { tolerance: 1e-6, maxIterations: 100, weighted: g.weighted }),
      baseline: {
        name: "graphology-metrics",
        run: (g) => graphologyEigenvector(g.graph, { getEdgeWeight: g.weighted ? "weight" : null }),
      },
      python: "eigenvector",
    },
    { metric: "core", ours: (g) => coreNumber.compute(g.index), python: "core" },
    { metric: "clustering", ours: (g) => clustering.compute(g.index), python: "clustering" },
    { metric: "transitivity", ours: (g) => transitivity(g.index), python: "transitivity" },
  ],
};

export default suite;
