/**
 * The analysis worker: builds the territory from rows, runs core's `analyze`
 * and completes the document, posting progress as it goes. All analysis
 * happens here so that the page never freezes.
 */
import { analyze, createCompactIndex, createTerritory } from "@catalyse/core";
import { completeDocument } from "../analysis/complete-document.js";
import type { AnalysisMessage, AnalysisRequest } from "./analysis-protocol.js";

const post = (message: AnalysisMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<AnalysisRequest>) => {
  const { id, meta, actors, links } = event.data;
  const started = performance.now();
  try {
    post({ id, type: "progress", done: 0, total: 1, step: "building the territory" });
    const { graph } = createTerritory({ meta, actors, links });
    const document = analyze(graph, {
      onProgress: (done, total, step) => post({ id, type: "progress", done, total, step }),
    });
    const index = createCompactIndex(graph);
    const analysis = completeDocument(graph, index, document, (done, total, step) =>
      post({ id, type: "progress", done, total, step }),
    );
    post({ id, type: "result", analysis, elapsedMs: performance.now() - started });
  } catch (error) {
    post({ id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
