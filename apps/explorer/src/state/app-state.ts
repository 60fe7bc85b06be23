/**
 * The explorer's state: which dataset is open, how it is filtered and drawn,
 * what is selected, and where the analysis stands. Pure data; the actions in
 * `actions.ts` derive new states from old ones.
 */
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";
import type { InputProblemView } from "../io-adapter.js";
import { DEFAULT_ENCODING, type Encoding } from "../views/visual-graph.js";
import type { Dataset } from "./dataset.js";
import { DEFAULT_FILTERS, type Filters } from "./filters.js";

export type ViewName = "graph" | "middle" | "compare";
export type LayoutName = "force" | "geo";

export interface AnalysisState {
  status: "idle" | "running" | "done" | "error";
  done: number;
  total: number;
  step: string;
  result: ExplorerAnalysis | null;
  /** Which dataset and filters the result describes. */
  resultKey: string | null;
  error: string | null;
  elapsedMs: number | null;
}

export interface DatasetEntry {
  key: string;
  name: string;
  origin: Dataset["origin"];
}

export interface AppState {
  datasets: DatasetEntry[];
  dataset: Dataset | null;
  filters: Filters;
  encoding: Encoding;
  layout: LayoutName;
  /** Actor id of the selected actor. */
  selected: string | null;
  search: string;
  view: ViewName;
  analysis: AnalysisState;
  /** Problems of the last import, shown until the next import. */
  importProblems: InputProblemView[];
  importMessage: string | null;
  /** Datasets ticked for the compare view. */
  compare: string[];
  /** Optional XYZ tile URL for the geographic layout. */
  basemap: string;
  /** Draw every link even under software WebGL, where only the strongest are drawn by default. */
  drawAllLinks: boolean;
  /** Web Workers for the costliest metrics (`threads=N` in the URL); null: the analysis worker decides. */
  threads: number | null;
}

export const IDLE_ANALYSIS: AnalysisState = {
  status: "idle",
  done: 0,
  total: 1,
  step: "",
  result: null,
  resultKey: null,
  error: null,
  elapsedMs: null,
};

export function initialState(): AppState {
  return {
    datasets: [],
    dataset: null,
    filters: DEFAULT_FILTERS,
    encoding: DEFAULT_ENCODING,
    layout: "force",
    selected: null,
    search: "",
    view: "graph",
    analysis: IDLE_ANALYSIS,
    importProblems: [],
    importMessage: null,
    compare: [],
    basemap: "",
    drawAllLinks: false,
    threads: null,
  };
}

/** The key an analysis result is stored under: the dataset and its filters. */
export function analysisKey(state: Pick<AppState, "dataset" | "filters">): string {
  return `${state.dataset?.key ?? ""}|${JSON.stringify(state.filters)}`;
}
