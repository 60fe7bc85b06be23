/**
 * The analysis worker: builds the territory from rows, runs core's `analyze`
 * and posts its document with the views the panels read, posting progress as it goes. All analysis
 * happens here so that the page never freezes.
 */
import { analyze, type CentralityField, createTerritory } from "@catalyse/core";
import { explorerAnalysis } from "../analysis/explorer-analysis.js";
import type { AnalysisMessage, AnalysisRequest } from "./analysis-protocol.js";

const SECTIONS = 4;
/** Above this many actors, the costliest optional figures are skipped to answer sooner. */
const LARGE = 2000;
const LARGE_FIELDS: readonly CentralityField[] = [
  "betweenness",
  "closeness",
  "pagerank",
  "eigenvector",
  "core",
  "clustering",
];

const LIGHT_FIELDS: readonly CentralityField[] = ["betweenness", "closeness"];

const post = (message: AnalysisMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<AnalysisRequest>) => {
  const { id, meta, actors, links, light = false } = event.data;
  const started = performance.now();
  try {
    post({ id, type: "progress", done: 0, total: 1, step: "building the territory" });
    const { graph } = createTerritory({ meta, actors, links });
    // Section progress (4 steps) refined by each section's own progress.
    let section = 0;
    const within = (done: number, total: number, step: string) =>
      post({ id, type: "progress", done: section + (total > 0 ? done / total : 0), total: SECTIONS, step });
    const large = graph.order > LARGE;
    const document = analyze(graph, {
      onProgress: (done, _total, step) => {
        section = done;
        post({ id, type: "progress", done, total: SECTIONS, step });
      },
      centrality: {
        onProgress: within,
        ...(light ? { fields: LIGHT_FIELDS } : large ? { fields: LARGE_FIELDS } : {}),
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
    const analysis = explorerAnalysis(document);
    post({ id, type: "result", analysis, elapsedMs: performance.now() - started });
  } catch (error) {
    post({ id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
