/**
 * The view in the URL hash, so a link restores it: dataset, filters,
 * encoding, layout, view and selection. Parsing never throws: unknown or
 * malformed parts are ignored.
 */

import { type Lang, langOf } from "@catalyse/readings";
import type { AppState, LayoutName, ViewName } from "./app-state.js";
import type { Encoding } from "./encoding.js";
import { DEFAULT_FILTERS, type Filters } from "./filters.js";
import { METRICS, type MetricKey } from "./metrics.js";

export interface UrlState {
  dataset?: string;
  filters?: Filters;
  encoding?: Encoding;
  layout?: LayoutName;
  view?: ViewName;
  selected?: string;
  drawAllLinks?: boolean;
  threads?: number;
  lang?: Lang;
}

const LIST_SEPARATOR = "~";
/** More workers than this is a typo, not a machine. */
const MAX_THREADS = 64;

export function encodeUrlState(state: AppState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set("d", state.dataset.key);
  const f = state.filters;
  if (f.hiddenWorlds.length) params.set("hw", f.hiddenWorlds.join(LIST_SEPARATOR));
  if (f.hiddenLinkTypes.length) params.set("ht", f.hiddenLinkTypes.join(LIST_SEPARATOR));
  if (f.minWeight > 0) params.set("mw", String(f.minWeight));
  if (f.years) params.set("y", `${f.years[0]}-${f.years[1]}`);
  if (state.encoding.colourBy !== "world") params.set("c", state.encoding.colourBy);
  if (state.encoding.sizeBy !== "degree") params.set("s", state.encoding.sizeBy);
  if (state.encoding.collectives === "two-mode") params.set("m", "two-mode");
  if (state.layout !== "force") params.set("l", state.layout);
  if (state.view !== "graph") params.set("v", state.view);
  if (state.selected !== null) params.set("a", state.selected);
  if (state.drawAllLinks) params.set("links", "all");
  if (state.threads !== null) params.set("threads", String(state.threads));
  // Always written: a shared link opens in the language it was shared in.
  params.set("lang", state.lang);
  return params.toString();
}

/** Reads the hash (`#d=…&lang=fr`); `search` (`?lang=fr`) is read for the language only. */
export function decodeUrlState(hash: string, search = ""): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const out: UrlState = {};
  const lang = langOf(params.get("lang")) ?? langOf(new URLSearchParams(search).get("lang"));
  if (lang) out.lang = lang;
  const dataset = params.get("d");
  if (dataset) out.dataset = dataset;
  const filters: Filters = { ...DEFAULT_FILTERS };
  let filtered = false;
  const hw = params.get("hw");
  if (hw) {
    filters.hiddenWorlds = hw.split(LIST_SEPARATOR);
    filtered = true;
  }
  const ht = params.get("ht");
  if (ht) {
    filters.hiddenLinkTypes = ht.split(LIST_SEPARATOR);
    filtered = true;
  }
  const mw = Number(params.get("mw"));
  if (Number.isFinite(mw) && mw > 0) {
    filters.minWeight = mw;
    filtered = true;
  }
  const years = /^(-?\d+)-(-?\d+)$/.exec(params.get("y") ?? "");
  if (years) {
    const from = Number(years[1]);
    const to = Number(years[2]);
    filters.years = from <= to ? [from, to] : [to, from];
    filtered = true;
  }
  if (filtered) out.filters = filters;
  const colour = params.get("c");
  const size = params.get("s");
  const modes = params.get("m");
  if (colour === "community" || size || modes === "two-mode") {
    out.encoding = {
      colourBy: colour === "community" ? "community" : "world",
      sizeBy: METRICS.some((metric) => metric.key === size) ? (size as MetricKey) : "degree",
      ...(modes === "two-mode" ? { collectives: "two-mode" as const } : {}),
    };
  }
  const layout = params.get("l");
  if (layout === "geo") out.layout = "geo";
  if (params.get("links") === "all") out.drawAllLinks = true;
  const threads = Number(params.get("threads"));
  if (Number.isInteger(threads) && threads >= 1 && threads <= MAX_THREADS) out.threads = threads;
  const view = params.get("v");
  if (view === "middle" || view === "compare") out.view = view;
  const selected = params.get("a");
  if (selected !== null) out.selected = selected;
  return out;
}
