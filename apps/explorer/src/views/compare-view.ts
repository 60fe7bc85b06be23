/**
 * The compare view: territories side by side as small multiples, one bar
 * chart per key figure, every territory a bar (the ones ticked in colour,
 * the others in grey, so each sits among all the bundled ones, e.g. the ten
 * pilots). Figures are those of the unfiltered territories.
 */
import type { GraphFigures } from "@catalyse/core";
import { scaleLinear } from "d3-scale";
import { h, s } from "../dom.js";
import type { DatasetEntry } from "../state/app-state.js";
import { formatNumber } from "./format.js";

export interface CompareFigure {
  label: string;
  reading: string;
  value: (figures: GraphFigures) => number | null;
  digits: number;
}

export const COMPARE_FIGURES: readonly CompareFigure[] = [
  { label: "Actors", reading: "size", value: (f) => f.nodes, digits: 0 },
  { label: "Density", reading: "share of possible links present", value: (f) => f.density, digits: 3 },
  {
    label: "Betweenness centralization",
    reading: "1 = one actor in the middle",
    value: (f) => f.centralization.betweenness,
    digits: 2,
  },
  { label: "Degree centralization", reading: "1 = a star", value: (f) => f.centralization.degree, digits: 2 },
  {
    label: "Gini of betweenness",
    reading: "1 = all brokerage in one actor",
    value: (f) => f.gini.betweenness,
    digits: 2,
  },
  {
    label: "Effective brokers",
    reading: "how many share the middle",
    value: (f) => f.effectiveBrokers,
    digits: 1,
  },
  {
    label: "Top broker share",
    reading: "share held by the first broker",
    value: (f) => f.topBrokerShare,
    digits: 2,
  },
  { label: "E-I index", reading: "> 0: worlds ally across", value: (f) => f.worlds.eiIndex, digits: 2 },
  { label: "Modularity", reading: "how separate communities are", value: (f) => f.modularity, digits: 2 },
];

/** Characters a bar label holds; the full name is in the bar's tooltip. */
const LABEL_CHARS = 21;
/** Width of the label column (about 7.6 px a character at the tick size, ✓ included). */
const LABEL_WIDTH = 204;

/**
 * A bar label: a pilot's own name ("Val d'Exemple (fictif)" from
 * "Territoire synthétique 01 — Val d'Exemple (fictif)"), or the last part of
 * a path, cut to fit the label column.
 */
export function shortName(name: string): string {
  const last = (name.split(" — ").pop() ?? name).split(" / ").pop() ?? name;
  return last.length > LABEL_CHARS ? `${last.slice(0, LABEL_CHARS - 1)}…` : last;
}

export interface CompareInput {
  entries: DatasetEntry[];
  selected: readonly string[];
  figures: ReadonlyMap<string, GraphFigures>;
  pending: readonly string[];
  onToggle: (key: string) => void;
}

export function renderCompareView(input: CompareInput): HTMLElement {
  const selected = new Set(input.selected);
  const chosen = h(
    "fieldset",
    { class: "compare-pick" },
    h("legend", {}, "Territories to compare"),
    input.entries.map((entry) => {
      const box = h("input", { type: "checkbox", checked: selected.has(entry.key), "data-key": entry.key });
      box.addEventListener("change", () => input.onToggle(entry.key));
      const state = input.pending.includes(entry.key) ? " (computing…)" : "";
      return h("label", { class: "check" }, box, entry.name + state);
    }),
  );
  // Ticked territories, and the reference pilots in grey whether ticked or not.
  const shown = input.entries.filter(
    (entry) => input.figures.has(entry.key) && (selected.has(entry.key) || entry.reference),
  );
  if (shown.length === 0)
    return h(
      "section",
      { class: "compare" },
      chosen,
      h("p", { class: "muted" }, "Tick two or more territories to compare them."),
    );
  const multiples = COMPARE_FIGURES.map((figure) => {
    const rows = shown.map((entry) => ({ entry, value: figure.value(input.figures.get(entry.key)!) }));
    const max = Math.max(1e-9, ...rows.map((row) => Math.abs(row.value ?? 0)));
    const negative = rows.some((row) => (row.value ?? 0) < 0);
    const width = 440;
    const bar = 18;
    const x = scaleLinear()
      .domain([negative ? -max : 0, max])
      .range([LABEL_WIDTH + 6, width - 50]);
    return h(
      "article",
      { class: "card multiple" },
      h("h3", {}, figure.label),
      h("p", { class: "reading" }, figure.reading),
      s(
        "svg",
        {
          width,
          height: rows.length * bar + 6,
          viewBox: `0 0 ${width} ${rows.length * bar + 6}`,
          role: "img",
          "aria-label": figure.label,
        },
        rows.map((row, i) => {
          const value = row.value ?? 0;
          const isSelected = selected.has(row.entry.key);
          return s(
            "g",
            { transform: `translate(0,${i * bar + 3})` },
            s("title", {}, row.entry.name),
            s(
              "text",
              {
                x: LABEL_WIDTH,
                y: bar - 6,
                "text-anchor": "end",
                class: isSelected ? "tick strong" : "tick",
              },
              isSelected ? `✓ ${shortName(row.entry.name)}` : shortName(row.entry.name),
            ),
            s("rect", {
              x: Math.min(x(0), x(value)),
              y: 2,
              width: Math.abs(x(value) - x(0)),
              height: bar - 6,
              class: isSelected ? "bar selected" : "bar",
            }),
            s(
              "text",
              { x: Math.max(x(0), x(value)) + 4, y: bar - 6, class: "tick" },
              formatNumber(row.value, figure.digits),
            ),
          );
        }),
      ),
      h(
        "button",
        { type: "button", class: "link small chart-svg", "data-chart-svg": figure.label },
        "Download SVG",
      ),
    );
  });
  return h(
    "section",
    { class: "compare" },
    chosen,
    h(
      "p",
      { class: "muted" },
      "Ticked territories in blue, marked ✓; the bundled synthetic pilots in grey, for reference. Figures of the whole territories (filters do not apply).",
    ),
    h("div", { class: "cards" }, multiples),
  );
}
