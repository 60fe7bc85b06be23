/**
 * The "No one in the middle" panel: how far the territory is from the
 * article's principle that everyone contributes and no one stands in the
 * middle. The sentences are the readings of @catalyse/readings, printed
 * verbatim (the panel writes none of its own); each card shows the readings
 * of its subject beside its chart.
 */
import type { AnalysisDocument } from "@catalyse/core";
import { analysisReadings, type Reading, type Translator } from "@catalyse/readings";
import { communityWorldTable } from "../analysis/community-table.js";
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";
import { h } from "../dom.js";
import { card } from "./card.js";
import { dependenceChart } from "./charts/dependence-chart.js";
import { gaugeChart } from "./charts/gauge-chart.js";
import { heatmapChart } from "./charts/heatmap-chart.js";
import { lorenzChart } from "./charts/lorenz-chart.js";
import { corePeripheryCard } from "./core-periphery-card.js";
import { directedCard, isDirectedDocument } from "./directed-card.js";
import { formatNumber } from "./format.js";
import { hasLayers, layersCard } from "./layers-card.js";
import { type QapCardInput, qapCard } from "./qap-card.js";

/** The readings of a document, or none when it is too partial to be read (a light analysis). */
function readingsOf(document: AnalysisDocument, t: Translator): Reading[] {
  try {
    return analysisReadings(document, { lang: t.lang });
  } catch {
    return [];
  }
}

/** The research methods' cards (core–periphery, kinds of alliance, QAP): their state and actions. */
export interface MethodsInput {
  highlightCore: boolean;
  onHighlightCore: (on: boolean) => void;
  /** The one kind of alliance the filters show, or null. */
  onlyKind: string | null;
  /** Several kinds of alliance, but too many actors to compare them here. */
  layersSkipped: boolean;
  onShowKind: (kind: string | null) => void;
  qap: Omit<QapCardInput, "t">;
}

export function renderMiddlePanel(
  analysis: ExplorerAnalysis | null,
  status: string,
  methods: MethodsInput,
  t: Translator,
): HTMLElement {
  if (analysis === null)
    return h("section", { class: "middle empty" }, h("p", {}, status || t.t("explorer.analysis.none")));
  const { document, mixing, dependence } = analysis;
  const figures = document.graph;
  const actors = document.actors;
  const readings = readingsOf(document, t);
  const used = new Set<Reading>();
  /** The readings whose id is one of `ids` or below it ("reading.worlds" takes "reading.worlds.never"). */
  const about = (...ids: string[]) => {
    const chosen = readings.filter((r) => ids.some((id) => r.id === id || r.id.startsWith(`${id}.`)));
    for (const reading of chosen) used.add(reading);
    return chosen;
  };
  const cards: HTMLElement[] = [];

  const governance = about("reading.governance");
  if (figures.governance)
    cards.push(
      card(
        t.t("explorer.middle.governance"),
        governance,
        null,
        "governance-card",
        t.t("explorer.export.chart"),
      ),
    );

  const lorenz = figures.lorenz.betweenness.length > 1 ? figures.lorenz.betweenness : null;
  cards.push(
    card(
      t.t("explorer.middle.holds"),
      about("reading.top-broker", "reading.top-brokers", "reading.top-shares", "reading.gini"),
      lorenz ? lorenzChart(lorenz, t) : null,
      "lorenz-card",
      t.t("explorer.export.chart"),
    ),
  );

  const c = figures.centralization;
  cards.push(
    card(
      t.t("explorer.middle.centralization"),
      about("reading.centralization"),
      h(
        "div",
        { class: "gauges" },
        gaugeChart(t.t("figure.actor.degree"), c.degree, t),
        gaugeChart(t.t("figure.actor.betweenness"), c.betweenness, t),
        gaugeChart(t.t("figure.actor.closeness"), c.closeness, t),
      ),
      "gauges-card",
      t.t("explorer.export.chart"),
    ),
  );

  if (figures.effectiveBrokers !== null)
    cards.push(
      card(
        t.t("explorer.middle.brokers"),
        about("reading.effective-brokers"),
        h("p", { class: "big-number" }, formatNumber(figures.effectiveBrokers, 1, t)),
        "brokers-card",
        t.t("explorer.export.chart"),
      ),
    );

  cards.push(
    card(
      t.t("explorer.middle.worlds"),
      about("reading.worlds"),
      mixing.worlds.length > 0 ? heatmapChart(mixing, t) : null,
      "heatmap-card",
      t.t("explorer.export.chart"),
    ),
  );

  const rows = communityWorldTable(actors, mixing.worlds);
  if (rows.length > 0)
    cards.push(
      card(
        t.t("explorer.middle.communities"),
        about("reading.communities"),
        h(
          "div",
          {
            class: "table-scroll",
            tabindex: "0",
            role: "region",
            "aria-label": t.t("explorer.middle.communities"),
          },
          h(
            "table",
            { class: "community-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, t.t("explorer.middle.community")),
                h("th", { scope: "col" }, t.t("explorer.middle.size")),
                mixing.worlds.map((world) => h("th", { scope: "col" }, world)),
                h("th", { scope: "col" }, h("abbr", { title: t.t("glossary.blau.line") }, "Blau")),
                h("th", { scope: "col" }, t.t("explorer.middle.most-central")),
              ),
            ),
            h(
              "tbody",
              {},
              rows.slice(0, 12).map((row) =>
                h(
                  "tr",
                  {},
                  h("th", { scope: "row" }, t.integer(row.community + 1)),
                  h("td", {}, t.integer(row.size)),
                  row.byWorld.map((count) => h("td", { class: count === 0 ? "zero" : "" }, t.integer(count))),
                  h("td", {}, formatNumber(row.blau, 2, t)),
                  h("td", { class: "names" }, t.list(row.top)),
                ),
              ),
            ),
          ),
        ),
        "community-card",
        t.t("explorer.export.chart"),
      ),
    );

  cards.push(
    card(
      t.t("explorer.middle.dependence"),
      about("reading.dependence"),
      dependence.length > 1 ? dependenceChart(dependence, t) : null,
      "dependence-card",
      t.t("explorer.export.chart"),
    ),
  );

  cards.push(
    corePeripheryCard({
      document,
      readings: about("methods.core-periphery"),
      highlighted: methods.highlightCore,
      onHighlight: methods.onHighlightCore,
      t,
    }),
  );
  if (hasLayers(document) || methods.onlyKind !== null || methods.layersSkipped)
    cards.push(
      layersCard({
        document,
        readings: about("methods.layers"),
        onlyKind: methods.onlyKind,
        skipped: methods.layersSkipped,
        onShowKind: methods.onShowKind,
        t,
      }),
    );
  if (isDirectedDocument(document))
    cards.push(directedCard(document, about("reading.reciprocity", "reading.triad-census"), t));
  cards.push(qapCard({ ...methods.qap, t }));

  // Whatever no card took (size, components, null models) opens the panel.
  const rest = readings.filter((reading) => !used.has(reading));
  return h(
    "section",
    { class: "middle" },
    rest.length > 0
      ? h(
          "div",
          { class: "readings" },
          rest.map((r) => h("p", { "data-reading": r.id }, r.text)),
        )
      : null,
    h("div", { class: "cards" }, cards),
  );
}
