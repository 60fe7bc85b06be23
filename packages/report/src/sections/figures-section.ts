/**
 * "The territory in figures": the key figures (labels from the one `figure.*`
 * table, values in the report's language), then the readings verbatim, which
 * are the only sentences about these figures, and the figures against chance
 * when null models ran.
 */
import type { AnalysisDocument } from "@catalyse/core";
import type { MessageId, Reading, Translator } from "@catalyse/readings";
import type { FigureItem, ReportBlock, ReportSection } from "../report-model.js";

type Show = "integer" | "percent" | "decimal";

/** The key figures, by analysis-document path, and how each is shown. */
const KEY_FIGURES: readonly [string, Show, (document: AnalysisDocument) => number | null][] = [
  ["graph.nodes", "integer", (d) => d.graph.nodes],
  ["graph.links", "integer", (d) => d.graph.links],
  ["graph.density", "percent", (d) => d.graph.density],
  ["graph.components", "integer", (d) => d.graph.components],
  ["graph.topBrokerShare", "percent", (d) => d.graph.topBrokerShare],
  ["graph.effectiveBrokers", "decimal", (d) => d.graph.effectiveBrokers],
  ["graph.centralization.betweenness", "decimal", (d) => d.graph.centralization.betweenness],
  ["graph.centralization.degree", "decimal", (d) => d.graph.centralization.degree],
  ["graph.gini.degree", "decimal", (d) => d.graph.gini.degree],
  ["graph.gini.betweenness", "decimal", (d) => d.graph.gini.betweenness],
  ["graph.worlds.crossWorldShare", "percent", (d) => d.graph.worlds.crossWorldShare],
  ["graph.worlds.eiIndex", "decimal", (d) => d.graph.worlds.eiIndex],
  ["graph.worlds.assortativity", "decimal", (d) => d.graph.worlds.assortativity],
  ["graph.communities", "integer", (d) => d.graph.communities],
  ["graph.modularity", "decimal", (d) => d.graph.modularity],
];

export function show(value: number | null, how: Show, t: Translator): string {
  return how === "integer" ? t.integer(value) : how === "percent" ? t.percent(value) : t.number(value);
}

export function keyFigures(document: AnalysisDocument, t: Translator): FigureItem[] {
  const items = KEY_FIGURES.map(([path, how, read]) => ({
    label: t.t(`figure.${path}` as MessageId),
    value: show(read(document), how, t),
  }));
  const form = document.graph.governance?.form;
  if (form !== undefined)
    items.push({
      label: t.t("figure.graph.governance.form"),
      value: t.t(`figure.governance.${form}` as MessageId),
    });
  return items;
}

export function figuresSection(
  document: AnalysisDocument,
  readings: readonly Reading[],
  t: Translator,
): ReportSection {
  const blocks: ReportBlock[] = [{ kind: "figures", items: keyFigures(document, t) }];
  if (readings.length > 0)
    blocks.push(
      { kind: "paragraph", text: t.t("report.figures.readings") },
      { kind: "list", items: readings.map((reading) => reading.text) },
    );
  const nulls = document.graph.nullModels;
  if (nulls !== null && nulls.figures.length > 0)
    blocks.push({
      kind: "table",
      caption: t.t("report.null.caption", { replicates: nulls.replicates }),
      header: [
        t.t("report.null.figure"),
        t.t("report.null.observed"),
        t.t("report.null.chance"),
        t.t("report.null.z"),
        "p",
      ],
      rows: nulls.figures.map((f) => {
        const id = `figure.graph.${f.figure}`;
        return [
          t.has(id) ? t.t(id) : f.figure,
          t.number(f.observed, { maximumFractionDigits: 3 }),
          f.mean === null
            ? t.number(null)
            : `${t.number(f.mean, { maximumFractionDigits: 3 })} ± ${t.number(f.sd, { maximumFractionDigits: 3 })}`,
          t.number(f.z),
          t.number(f.p, { maximumFractionDigits: 3 }),
        ];
      }),
    });
  return { id: "figures", title: t.t("report.figures.title"), blocks };
}
