/**
 * The QAP worker: builds the territory from rows and runs core's
 * `qapTerritory` (seeded double semi-partialling permutations), so a
 * regression over every pair of actors never freezes the page. Apart from
 * the analysis worker so that neither supersedes the other.
 */
import { createTerritory, qapTerritory } from "@catalyse/core";
import type { QapMessage, QapRequest } from "./analysis-protocol.js";

const post = (message: QapMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<QapRequest>) => {
  const { id, meta, actors, links, collectives, memberships, predictors, permutations, seed, maxActors } =
    event.data;
  const started = performance.now();
  try {
    post({ id, type: "progress", done: 0, total: 2, step: "building the territory" });
    const { graph } = createTerritory({ meta, actors, links, collectives, memberships });
    post({ id, type: "progress", done: 1, total: 2, step: "permutations" });
    const result = qapTerritory(graph, { predictors, permutations, seed, maxActors });
    post({
      id,
      type: "result",
      result: { predictors, actors: graph.order, result },
      elapsedMs: performance.now() - started,
    });
  } catch (error) {
    post({ id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
