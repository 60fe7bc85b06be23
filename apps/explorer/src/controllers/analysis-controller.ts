/**
 * Runs core's analysis in a worker for the rows shown, and a light one per
 * territory for the compare view. Results land in the store; a result for
 * rows no longer shown is dropped by the client (one request at a time).
 */
import { analysisKey } from "../state/app-state.js";
import { collectivesForRows } from "../state/dataset-collectives.js";
import { createAnalysisClient } from "../workers/analysis-client.js";
import type { AppContext } from "./context.js";

/** Filters move in bursts (a slider): the analysis waits for them to settle. */
const SETTLE_MS = 150;

export interface AnalysisController {
  run: () => void;
  /** Runs after the filters have settled. */
  schedule: () => void;
  /** Computes the whole-territory figures of the next ticked territory lacking them. */
  fillCompare: () => Promise<void>;
}

export function createAnalysisController({ store, derived, registry }: AppContext): AnalysisController {
  const client = createAnalysisClient();
  const compareClient = createAnalysisClient();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = () => {
    const state = store.get();
    const dataset = state.dataset;
    if (!dataset) return;
    const key = analysisKey(state);
    const rows = derived.rows();
    store.set({
      analysis: { ...state.analysis, status: "running", done: 0, total: 1, step: "starting", error: null },
    });
    client.run(
      {
        meta: dataset.meta,
        actors: rows.actors,
        links: rows.links,
        ...collectivesForRows(dataset, rows.actors),
        ...(state.threads === null ? {} : { threads: state.threads }),
      },
      {
        onProgress: (done, total, step) =>
          store.set((s) => ({ analysis: { ...s.analysis, status: "running", done, total, step } })),
        onResult: (result, elapsedMs) =>
          store.set((s) => ({
            analysis: {
              ...s.analysis,
              status: "done",
              done: 1,
              total: 1,
              step: "done",
              result,
              resultKey: key,
              elapsedMs,
            },
          })),
        onError: (message) =>
          store.set((s) => ({ analysis: { ...s.analysis, status: "error", error: message } })),
      },
    );
  };

  const settle = (key: string, pending: boolean) =>
    store.set((s) => ({
      comparePending: pending
        ? [...s.comparePending, key]
        : s.comparePending.filter((other) => other !== key),
    }));

  const fillCompare = async () => {
    const state = store.get();
    if (state.comparePending.length > 0) return;
    // The ticked territories first, then the reference pilots drawn in grey.
    const wanted = [...state.compare, ...state.datasets.filter((e) => e.reference).map((e) => e.key)];
    const missing = wanted.find((key) => !state.compareDocuments.has(key));
    if (!missing) return;
    settle(missing, true);
    const dataset = await registry.load(missing).catch(() => null);
    if (!dataset) return settle(missing, false);
    compareClient.run(
      {
        meta: dataset.meta,
        actors: dataset.actors,
        links: dataset.links,
        ...collectivesForRows(dataset, dataset.actors),
        light: true,
      },
      {
        onProgress: () => {},
        onResult: (result) => {
          store.set((s) => ({
            compareDocuments: new Map(s.compareDocuments).set(missing, result.document),
          }));
          settle(missing, false);
          void fillCompare();
        },
        onError: () => settle(missing, false),
      },
    );
  };

  return {
    run,
    schedule: () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(run, SETTLE_MS);
    },
    fillCompare,
  };
}
