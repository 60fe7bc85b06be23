/**
 * The analysis worker: builds the territory from rows, runs core's `analyze`
 * and posts its document with the views the panels read, posting progress as it goes. All analysis
 * happens here so that the page never freezes.
 *
 * On large territories exact betweenness and closeness (and harmonic), the costliest
 * figures, are split by source over a pool of nested Web Workers
 * (@catalyse/parallel/browser, one per core); their results equal the
 * single-threaded ones, and `analyze` takes them as they are.
 */
import {
  analyze,
  CENTRALITY_FIELDS,
  type CentralityField,
  type CentralitySectionOptions,
  type CompactIndex,
  chooseBetweennessMethod,
  createCompactIndex,
  createTerritory,
  projectCollectives,
} from "@catalyse/core";
import {
  CLOSENESS_KINDS,
  createBrowserPool,
  parallelBetweenness,
  parallelClosenessFigures,
} from "@catalyse/parallel/browser";
import PoolWorker from "@catalyse/parallel/browser-worker?worker";
import { explorerAnalysis } from "../analysis/explorer-analysis.js";
import { type AnalysisMessage, type AnalysisRequest, LARGE_TERRITORY } from "./analysis-protocol.js";

const SECTIONS = 4;
const LARGE_FIELDS: readonly CentralityField[] = [
  "betweenness",
  "closeness",
  "pagerank",
  "eigenvector",
  "core",
  "clustering",
];

const LIGHT_FIELDS: readonly CentralityField[] = ["betweenness", "closeness"];

/**
 * Link visits (actors × 2 × links) above which the pool pays for starting its
 * workers and copying the index to each: 5,000 actors and 25,000 links make
 * 2.5·10⁸.
 */
const POOL_VISITS = 1e8;

const post = (message: AnalysisMessage) => (self as unknown as Worker).postMessage(message);

/** The cores but one (the page and its rendering keep one), at most 8. */
function defaultThreads(): number {
  return Math.max(1, Math.min(8, (self.navigator?.hardwareConcurrency || 1) - 1));
}

/**
 * Exact betweenness and closeness from a pool of Web Workers, when the
 * territory is large, the machine has several cores and sampling is not due.
 */
async function pooledFigures(
  index: CompactIndex,
  threads: number,
  fields: readonly CentralityField[] | undefined,
  report: (step: string) => void,
): Promise<CentralitySectionOptions["precomputed"]> {
  if (threads < 2 || index.order * 2 * index.size < POOL_VISITS) return undefined;
  if (chooseBetweennessMethod(index).method !== "exact") return undefined;
  const asked = new Set<CentralityField>(fields ?? CENTRALITY_FIELDS);
  const kinds = CLOSENESS_KINDS.filter((kind) => asked.has(kind));
  const pool = createBrowserPool({ threads, createWorker: () => new PoolWorker() });
  try {
    const precomputed: NonNullable<CentralitySectionOptions["precomputed"]> = {};
    if (asked.has("betweenness")) {
      report(`betweenness on ${threads} workers`);
      precomputed.betweenness = await parallelBetweenness(pool, index);
    }
    if (kinds.length > 0) {
      report(`${kinds.join(" and ")} on ${threads} workers`);
      Object.assign(precomputed, await parallelClosenessFigures(pool, index, kinds));
    }
    return precomputed;
  } finally {
    await pool.close();
  }
}

self.addEventListener("message", async (event: MessageEvent<AnalysisRequest>) => {
  const {
    id,
    meta,
    actors,
    links,
    collectives,
    memberships,
    light = false,
    threads = defaultThreads(),
  } = event.data;
  const started = performance.now();
  try {
    post({ id, type: "progress", done: 0, total: 1, step: "building the territory" });
    const { graph } = createTerritory({ meta, actors, links, collectives, memberships });
    // Section progress (4 steps) refined by each section's own progress.
    let section = 0;
    const within = (done: number, total: number, step: string) =>
      post({ id, type: "progress", done: section + (total > 0 ? done / total : 0), total: SECTIONS, step });
    const large = graph.order > LARGE_TERRITORY;
    const fields = light ? LIGHT_FIELDS : large ? LARGE_FIELDS : undefined;
    // One index for the pool and for `analyze`: the pool's values are by its positions.
    // Members of a collective are co-present: `analyze` needs the index of the projected graph.
    const index = createCompactIndex(projectCollectives(graph));
    const precomputed = await pooledFigures(index, threads, fields, (step) =>
      post({ id, type: "progress", done: 0, total: SECTIONS, step }),
    );
    const document = analyze(graph, {
      index,
      // The kinds of alliance (one network per link type), skipped where the rest is already cut down.
      byType: !light && !large,
      onProgress: (done, _total, step) => {
        section = done;
        post({ id, type: "progress", done, total: SECTIONS, step });
      },
      centrality: {
        onProgress: within,
        ...(fields ? { fields } : {}),
        ...(precomputed ? { precomputed } : {}),
      },
      middle: {
        onProgress: within,
        ...(light
          ? { dependenceSteps: 1, randomRuns: 1 }
          : large
            ? { dependenceSteps: 3, randomRuns: 5 }
            : {}),
      },
    });
    const result = explorerAnalysis(document);
    post({ id, type: "result", result, elapsedMs: performance.now() - started });
  } catch (error) {
    post({ id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
