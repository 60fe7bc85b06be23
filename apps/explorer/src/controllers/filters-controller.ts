/**
 * Filters. A filter that hides the selected actor (or every member of the
 * selected collective) also closes its panel: the selection never points at
 * something that is not shown.
 */
import { datasetLinkTypes } from "../state/dataset.js";
import { collectivesForRows } from "../state/dataset-collectives.js";
import { DEFAULT_FILTERS, type Filters } from "../state/filters.js";
import { showOnlyLinkType } from "../state/link-type-filter.js";
import type { AppContext } from "./context.js";

export interface FiltersController {
  update: (change: (filters: Filters) => Filters) => void;
  reset: () => void;
  /** Shows one kind of alliance (link type) on the map, or every kind (null). */
  showKind: (kind: string | null) => void;
}

export function createFiltersController({ store, derived }: AppContext): FiltersController {
  const apply = (filters: Filters) =>
    store.set((state) => {
      const { selected, selectedCollective, dataset } = state;
      if (selectedCollective !== null && dataset !== null) {
        const shown = collectivesForRows(dataset, derived.rowsFor(filters).actors).collectives;
        return shown.some((c) => c.id === selectedCollective)
          ? { filters }
          : { filters, selectedCollective: null };
      }
      if (selected === null) return { filters };
      const position = derived.positionOf(selected);
      const shown = position !== undefined && derived.rowsFor(filters).actorPositions.includes(position);
      return shown ? { filters } : { filters, selected: null };
    });
  return {
    update: (change) => apply(change(store.get().filters)),
    reset: () => apply(DEFAULT_FILTERS),
    showKind: (kind) => {
      const dataset = store.get().dataset;
      if (dataset) apply(showOnlyLinkType(datasetLinkTypes(dataset), kind, store.get().filters));
    },
  };
}
