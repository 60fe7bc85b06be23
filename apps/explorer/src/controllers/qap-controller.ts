/**
 * QAP on request: the card's button runs core's `qapTerritory` on the rows
 * shown, in its own worker, with the predictors ticked that the rows support.
 * The result is kept with the dataset-and-filters key it describes: the card
 * shows it only while that key is current.
 */
import { QAP_EXPLORER_DEFAULTS, qapFits, qapPredictors } from "../analysis/qap-view.js";
import { analysisKey } from "../state/app-state.js";
import { collectivesForRows } from "../state/dataset-collectives.js";
import { createQapClient } from "../workers/analysis-client.js";
import type { AppContext } from "./context.js";

export interface QapController {
  /** Ticks or unticks a predictor (same-world stays ticked when it is the only one). */
  toggle: (predictor: string) => void;
  run: () => void;
}

export function createQapController({ store, derived }: AppContext): QapController {
  const client = createQapClient();
  return {
    toggle: (predictor) =>
      store.set((s) => {
        const ticked = s.qap.predictors.includes(predictor)
          ? s.qap.predictors.filter((p) => p !== predictor)
          : [...s.qap.predictors, predictor];
        return { qap: { ...s.qap, predictors: ticked.length > 0 ? ticked : ["same-world"] } };
      }),
    run: () => {
      const state = store.get();
      const dataset = state.dataset;
      const rows = derived.rows();
      if (!dataset || !qapFits(rows.actors.length)) return;
      const collectives = collectivesForRows(dataset, rows.actors);
      const supported = qapPredictors({
        actors: rows.actors,
        collectives: (collectives.memberships?.length ?? 0) > 0,
      });
      // In the order the card lists them, so the result's columns do not depend on the clicks.
      const predictors = supported.filter((name) => state.qap.predictors.includes(name));
      const key = analysisKey(state);
      store.set((s) => ({ qap: { ...s.qap, status: "running", key, result: null, error: null } }));
      client.run(
        {
          meta: dataset.meta,
          actors: rows.actors,
          links: rows.links,
          ...collectives,
          predictors: predictors.length > 0 ? predictors : ["same-world"],
          permutations: QAP_EXPLORER_DEFAULTS.permutations,
          seed: QAP_EXPLORER_DEFAULTS.seed,
          maxActors: QAP_EXPLORER_DEFAULTS.maxActors,
        },
        {
          onProgress: () => {},
          onResult: (result) =>
            store.set((s) => (s.qap.key === key ? { qap: { ...s.qap, status: "done", result } } : {})),
          onError: (error) =>
            store.set((s) => (s.qap.key === key ? { qap: { ...s.qap, status: "error", error } } : {})),
        },
      );
    },
  };
}
