/**
 * Datasets: opening a bundled, generated or imported territory, importing
 * files the user chose or dropped, and the territory outline (GeoJSON).
 */
import { parseOutline } from "../geo/outline.js";
import { importFiles, type NamedBytes } from "../io-adapter.js";
import { geoCoverage } from "../layout/positions.js";
import { type AppState, IDLE_ANALYSIS, type ImportReport } from "../state/app-state.js";
import type { Dataset } from "../state/dataset.js";
import { DEFAULT_FILTERS } from "../state/filters.js";
import { saveDataset } from "../state/persistence.js";
import type { AnalysisController } from "./analysis-controller.js";
import { type AppContext, notify } from "./context.js";
import type { LayoutController } from "./layout-controller.js";

export interface DatasetController {
  open: (key: string, preset?: Partial<AppState>) => Promise<void>;
  importFiles: (files: readonly File[]) => Promise<void>;
  importOutline: (file: File) => Promise<void>;
  clearOutline: () => void;
  dismissReport: () => void;
}

export const isGeoJsonName = (name: string): boolean => /\.geojson$/i.test(name);

export function createDatasetController(
  { store, registry }: AppContext,
  analysis: AnalysisController,
  layout: LayoutController,
): DatasetController {
  const report = (importReport: ImportReport | null) => store.set({ importReport });

  const open = async (key: string, preset: Partial<AppState> = {}): Promise<void> => {
    let dataset: Dataset | null = null;
    try {
      dataset = await registry.load(key);
    } catch (error) {
      report({
        ok: false,
        message: null,
        problems: [
          {
            file: key,
            found: error instanceof Error ? error.message : String(error),
            expected: "a readable bundled territory",
            severity: "error",
          },
        ],
      });
    }
    if (!dataset) return key === "example" ? undefined : open("example");
    layout.stop();
    store.set((state) => ({
      dataset,
      filters: preset.filters ?? DEFAULT_FILTERS,
      selected: preset.selected ?? null,
      selectedCollective: null,
      hovered: null,
      encoding: preset.encoding ?? state.encoding,
      layout: preset.layout === "geo" && geoCoverage(dataset) > 0 ? "geo" : "force",
      analysis: IDLE_ANALYSIS,
      compare: state.compare.includes(dataset.key) ? state.compare : [...state.compare, dataset.key],
      fitRequest: state.fitRequest + 1,
    }));
    analysis.run();
    layout.afterOpen(dataset);
  };

  return {
    open,
    importFiles: async (list) => {
      const files: NamedBytes[] = [];
      for (const file of list)
        files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      if (files.length === 0) return;
      const result = await importFiles(files);
      if (!result.ok) return report({ ok: false, message: null, problems: result.problems });
      const dataset = result.dataset;
      registry.addImported(dataset);
      await saveDataset(dataset);
      store.set({ datasets: registry.entries() });
      report({
        ok: true,
        message: {
          id: "explorer.import.done",
          params: { name: dataset.name, actors: dataset.actors.length, links: dataset.links.length },
        },
        problems: result.warnings,
      });
      await open(dataset.key);
    },
    importOutline: async (file) => {
      const result = parseOutline(file.name, await file.text());
      if (!result.ok) return report({ ok: false, message: null, problems: [result.problem] });
      report(null);
      store.set({ outline: result.paths });
      const dataset = store.get().dataset;
      if (store.get().layout === "geo") return;
      if (dataset && geoCoverage(dataset) > 0) layout.useGeo();
      else notify(store, { id: "explorer.notice.outline" });
    },
    clearOutline: () => store.set({ outline: null }),
    dismissReport: () => report(null),
  };
}
