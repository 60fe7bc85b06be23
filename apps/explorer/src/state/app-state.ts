/**
 * The explorer's state: which dataset is open, how it is filtered and drawn,
 * what is selected, and where the analysis stands. Pure data; the actions in
 * controllers (`../controllers/`) derive new states from old ones; views
 * render from it. Everything that changes while the page lives is here.
 */

import type { AnalysisDocument } from "@catalyse/core";
import type { Lang, MessageId, MessageParams } from "@catalyse/readings";
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";
import type { QapView } from "../analysis/qap-view.js";
import type { OutlinePath } from "../geo/outline.js";
import type { InputProblemView } from "../io-adapter.js";
import type { Dataset } from "./dataset.js";
import { DEFAULT_ENCODING, type Encoding } from "./encoding.js";
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

/** The QAP card: idle until asked, then running in its worker, then its result or error. */
export interface QapState {
  status: "idle" | "running" | "done" | "error";
  /** Which dataset and filters the result describes (see `analysisKey`). */
  key: string | null;
  /** Predictors ticked in the card (same-world until the user chooses). */
  predictors: readonly string[];
  result: QapView | null;
  /** The worker's error (a QapError message), as it came. */
  error: string | null;
}

export const IDLE_QAP: QapState = {
  status: "idle",
  key: null,
  predictors: ["same-world"],
  result: null,
  error: null,
};

export interface DatasetEntry {
  key: string;
  name: string;
  /** The name as a message (generated and imported datasets): views show `datasetName(entry, t)`. */
  label?: Message;
  origin: Dataset["origin"];
  /** A bundled synthetic pilot: drawn in grey in Compare, as the reference for any territory. */
  reference: boolean;
}

export interface AppState {
  datasets: DatasetEntry[];
  dataset: Dataset | null;
  filters: Filters;
  encoding: Encoding;
  layout: LayoutName;
  /** Actor id of the selected actor. */
  selected: string | null;
  /** Id of the selected collective (never set together with `selected`). */
  selectedCollective: string | null;
  search: string;
  view: ViewName;
  analysis: AnalysisState;
  /** Actor key (position) under the pointer. */
  hovered: string | null;
  /** The last import's outcome, shown until dismissed or the next import. */
  importReport: ImportReport | null;
  /** A short transient message (toast), as a catalogue message; `serial` tells two equal ones apart. */
  notice: { message: Message; serial: number } | null;
  /** Language of the interface and the readings (`lang=fr` in the URL). */
  lang: Lang;
  /** Territory outline from the last GeoJSON the user gave. */
  outline: OutlinePath[] | null;
  /** ForceAtlas2: running, and its progress (0–1). */
  layoutRun: { running: boolean; progress: number };
  /** Bumped when the camera should fit the graph again (after a load or a layout). */
  fitRequest: number;
  /** The sortable table of actors (the keyboard's way to the canvas). */
  actorTable: { sortBy: ActorSortKey; descending: boolean };
  /** Datasets ticked for the compare view. */
  compare: string[];
  /** Whole-territory analyses (light) of the compared datasets, and those being computed. */
  compareDocuments: ReadonlyMap<string, AnalysisDocument>;
  comparePending: readonly string[];
  /** Optional XYZ tile URL for the geographic layout. */
  basemap: string;
  /** Draw every link even under software WebGL, where only the strongest are drawn by default. */
  drawAllLinks: boolean;
  /** Web Workers for the costliest metrics (`threads=N` in the URL); null: the analysis worker decides. */
  threads: number | null;
  /** Draw the discrete core (Borgatti & Everett) highlighted on the map. */
  highlightCore: boolean;
  /** QAP regression of the rows shown, run on request. */
  qap: QapState;
}

export type ActorSortKey = "label" | "world" | "degree" | "betweenness" | "coreness";

/** A text to show, in no language yet: a catalogue id and its parameters. */
export interface Message {
  id: MessageId;
  params?: MessageParams;
}

export interface ImportReport {
  /** True when the file was read (warnings may remain); false when it was refused. */
  ok: boolean;
  message: Message | null;
  problems: InputProblemView[];
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
    selectedCollective: null,
    search: "",
    view: "graph",
    analysis: IDLE_ANALYSIS,
    hovered: null,
    importReport: null,
    notice: null,
    lang: "en",
    outline: null,
    layoutRun: { running: false, progress: 0 },
    fitRequest: 0,
    actorTable: { sortBy: "betweenness", descending: true },
    compare: [],
    compareDocuments: new Map(),
    comparePending: [],
    basemap: "",
    drawAllLinks: false,
    threads: null,
    highlightCore: false,
    qap: IDLE_QAP,
  };
}

/** The key an analysis result is stored under: the dataset and its filters. */
export function analysisKey(state: Pick<AppState, "dataset" | "filters">): string {
  return `${state.dataset?.key ?? ""}|${JSON.stringify(state.filters)}`;
}
