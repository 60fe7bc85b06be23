/**
 * Derived state: what follows from the store's state and is costly to
 * recompute (filtered rows, world colours, positions by id, figures by id,
 * ranks). Each getter is memoised on the references it depends on, as
 * reselect does, so the store stays the only source of truth and nothing is
 * kept in module variables.
 */
import { type ActorFigures, worldColors } from "@catalyse/core";
import { createTranslator, type Translator } from "@catalyse/readings";
import type { AppState } from "./app-state.js";
import { datasetWorlds } from "./dataset.js";
import { type FilteredRows, filterDataset } from "./filters.js";
import { type MetricKey, metricRanks } from "./metrics.js";

export interface Derived {
  rows: () => FilteredRows;
  /** The rows `filters` would give on the current dataset (memoised on the last call). */
  rowsFor: (filters: AppState["filters"]) => FilteredRows;
  worlds: () => readonly string[];
  worldColour: (world: string) => string;
  /** Actor id → position in the dataset, which is the node key in the visual graph. */
  positionOf: (actorId: string) => number | undefined;
  figures: () => ReadonlyMap<string, ActorFigures> | null;
  ranks: (key: MetricKey) => ReadonlyMap<string, number>;
  /** Messages, numbers and dates in the page's language. */
  t: () => Translator;
}

const EMPTY_ROWS: FilteredRows = { actors: [], links: [], actorPositions: [] };
const FALLBACK_COLOUR = "#8C8C8C";

/** Memoises `compute` on the identity of the values `deps` returns. */
function memo<T>(deps: () => readonly unknown[], compute: () => T): () => T {
  let last: readonly unknown[] | null = null;
  let value: T;
  return () => {
    const next = deps();
    if (last === null || next.length !== last.length || next.some((dep, i) => dep !== last![i])) {
      value = compute();
      last = next;
    }
    return value;
  };
}

export function createDerived(get: () => AppState): Derived {
  let rowsKey: { dataset: AppState["dataset"]; filters: AppState["filters"] } | null = null;
  let rowsValue = EMPTY_ROWS;
  const rowsFor = (filters: AppState["filters"]): FilteredRows => {
    const dataset = get().dataset;
    if (!dataset) return EMPTY_ROWS;
    if (rowsKey?.dataset !== dataset || rowsKey.filters !== filters) {
      rowsValue = filterDataset(dataset, filters);
      rowsKey = { dataset, filters };
    }
    return rowsValue;
  };
  const worlds = memo(
    () => [get().dataset],
    () => {
      const dataset = get().dataset;
      return dataset ? datasetWorlds(dataset) : [];
    },
  );
  const colours = memo(
    () => [worlds()],
    () => worldColors(worlds()),
  );
  const positions = memo(
    () => [get().dataset],
    () => new Map((get().dataset?.actors ?? []).map((actor, i) => [actor.id, i] as const)),
  );
  const result = () => get().analysis.result;
  const figures = memo(
    () => [result()],
    () => {
      const r = result();
      return r ? new Map(r.document.actors.map((actor) => [actor.id, actor] as const)) : null;
    },
  );
  const rankCache = memo(
    () => [result()],
    () => new Map<MetricKey, Map<string, number>>(),
  );
  const t = memo(
    () => [get().lang],
    () => createTranslator(get().lang),
  );
  return {
    t,
    rows: () => rowsFor(get().filters),
    rowsFor,
    worlds,
    worldColour: (world) => colours().get(world) ?? FALLBACK_COLOUR,
    positionOf: (actorId) => positions().get(actorId),
    figures,
    ranks: (key) => {
      const cache = rankCache();
      let ranks = cache.get(key);
      if (!ranks) {
        ranks = metricRanks(result()?.document.actors ?? [], key);
        cache.set(key, ranks);
      }
      return ranks;
    },
  };
}
