/**
 * The compare view: territories side by side as small multiples, one bar
 * chart per key figure, every territory a bar (the ones ticked in colour,
 * the others in grey, so each sits among all the bundled ones, e.g. the ten
 * pilots). Figures are those of the unfiltered territories.
 */
import { type AnalysisDocument, compareTerritories, type GraphFigures } from "@catalyse/core";
import { comparisonReadings, type MessageId, type Reading, type Translator } from "@catalyse/readings";
import { scaleLinear } from "d3-scale";
import { h, s } from "../dom.js";
import type { DatasetEntry } from "../state/app-state.js";
import { formatNumber } from "./format.js";

export interface CompareFigure {
  /** Label from the one table of figure labels, and the hint under it. */
  label: MessageId;
  hint: MessageId;
  value: (figures: GraphFigures) => number | null;
  digits: number;
}

export const COMPARE_FIGURES: readonly CompareFigure[] = [
  { label: "figure.graph.nodes", hint: "explorer.compare.hint.nodes", value: (f) => f.nodes, digits: 0 },
  {
    label: "figure.graph.density",
    hint: "explorer.compare.hint.density",
    value: (f) => f.density,
    digits: 3,
  },
  {
    label: "figure.graph.centralization.betweenness",
    hint: "explorer.compare.hint.centralization-betweenness",
    value: (f) => f.centralization.betweenness,
    digits: 2,
  },
  {
    label: "figure.graph.centralization.degree",
    hint: "explorer.compare.hint.centralization-degree",
    value: (f) => f.centralization.degree,
    digits: 2,
  },
  {
    label: "figure.graph.gini.betweenness",
    hint: "explorer.compare.hint.gini",
    value: (f) => f.gini.betweenness,
    digits: 2,
  },
  {
    label: "figure.graph.effectiveBrokers",
    hint: "explorer.compare.hint.effective-brokers",
    value: (f) => f.effectiveBrokers,
    digits: 1,
  },
  {
    label: "figure.graph.topBrokerShare",
    hint: "explorer.compare.hint.top-broker",
    value: (f) => f.topBrokerShare,
    digits: 2,
  },
  {
    label: "figure.graph.worlds.eiIndex",
    hint: "explorer.compare.hint.ei",
    value: (f) => f.worlds.eiIndex,
    digits: 2,
  },
  {
    label: "figure.graph.modularity",
    hint: "explorer.compare.hint.modularity",
    value: (f) => f.modularity,
    digits: 2,
  },
  {
    label: "figure.graph.corePeriphery.fit",
    hint: "explorer.compare.hint.core-fit",
    value: (f) => f.corePeriphery?.fit ?? null,
    digits: 2,
  },
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
  documents: ReadonlyMap<string, AnalysisDocument>;
  /** The open territory, which the readings place among the others. */
  focus: string | null;
  pending: readonly string[];
  onToggle: (key: string) => void;
  t: Translator;
}

/**
 * The comparison's readings (@catalyse/readings), printed verbatim: where the
 * open territory stands, the pilots named synthetic. None when the light
 * analyses lack what the comparison needs.
 */
function compareReadings(shown: readonly DatasetEntry[], input: CompareInput): Reading[] {
  if (shown.length < 2) return [];
  try {
    const comparison = compareTerritories(
      shown.map((entry) => ({
        name: entry.name,
        document: input.documents.get(entry.key)!,
        synthetic: entry.reference || entry.origin === "generated",
      })),
    );
    const focus = shown.find((entry) => entry.key === input.focus)?.name;
    return comparisonReadings(comparison, { lang: input.t.lang, ...(focus ? { focus } : {}) });
  } catch {
    return [];
  }
}

export function renderCompareView(input: CompareInput): HTMLElement {
  const { t } = input;
  const selected = new Set(input.selected);
  const chosen = h(
    "fieldset",
    { class: "compare-pick" },
    h("legend", {}, t.t("explorer.compare.pick")),
    input.entries.map((entry) => {
      const box = h("input", { type: "checkbox", checked: selected.has(entry.key), "data-key": entry.key });
      box.addEventListener("change", () => input.onToggle(entry.key));
      const name = input.pending.includes(entry.key)
        ? t.t("explorer.compare.computing", { name: entry.name })
        : entry.name;
      return h("label", { class: "check" }, box, name);
    }),
  );
  // Ticked territories, and the reference pilots in grey whether ticked or not.
  const shown = input.entries.filter(
    (entry) => input.documents.has(entry.key) && (selected.has(entry.key) || entry.reference),
  );
  const readings = compareReadings(shown, input);
  if (shown.length === 0)
    return h(
      "section",
      { class: "compare" },
      chosen,
      h("p", { class: "muted" }, t.t("explorer.compare.empty")),
    );
  const multiples = COMPARE_FIGURES.map((figure) => {
    const rows = shown.map((entry) => ({
      entry,
      value: figure.value(input.documents.get(entry.key)!.graph),
    }));
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
      h("h3", {}, t.t(figure.label)),
      h("p", { class: "reading" }, t.t(figure.hint)),
      s(
        "svg",
        {
          width,
          height: rows.length * bar + 6,
          viewBox: `0 0 ${width} ${rows.length * bar + 6}`,
          role: "img",
          "aria-label": t.t(figure.label),
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
              formatNumber(row.value, figure.digits, t),
            ),
          );
        }),
      ),
      h(
        "button",
        {
          type: "button",
          class: "link small chart-svg",
          "data-chart-svg": figure.label.replace(/^figure\.graph\./, ""),
        },
        t.t("explorer.export.chart"),
      ),
    );
  });
  return h(
    "section",
    { class: "compare" },
    chosen,
    h("p", { class: "muted" }, t.t("explorer.compare.note")),
    readings.length > 0
      ? h(
          "div",
          { class: "readings" },
          readings.map((r) => h("p", { "data-reading": r.id }, r.text)),
        )
      : null,
    h("div", { class: "cards" }, multiples),
  );
}
