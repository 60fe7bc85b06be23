/**
 * The report's sections on the researchers' methods (issue 18): core and
 * periphery (Borgatti & Everett 1999), kinds of alliance (the `layers`
 * section of `analyze --by-type`) and the same-world QAP regression. Each
 * prints its readings verbatim (@catalyse/readings) beside its figures, and
 * is left out when the document (or the caller) has nothing for it.
 */
import type { AnalysisDocument, QapTerritoryResult, SameWorldQapSkipped } from "@catalyse/core";
import { qapReadings, type Reading, type Translator } from "@catalyse/readings";
import { qapPValue, qapSkippedNote } from "../qap-cells.js";
import type { ReportSection } from "../report-model.js";

/** Most actors listed by coreness, and by kinds of alliance spanned. */
const TOP_ACTORS = 10;

const readingsOf = (readings: readonly Reading[], prefix: string) =>
  readings.filter((reading) => reading.id.startsWith(prefix)).map((reading) => reading.text);

/** Core and periphery: the reading, the fits, and the actors closest to the core; null without the figures. */
export function corePeripherySection(
  document: AnalysisDocument,
  readings: readonly Reading[],
  t: Translator,
): ReportSection | null {
  const cp = document.graph.corePeriphery;
  if (cp === undefined || cp === null) return null;
  const inCore = new Set(cp.core);
  const top = document.actors
    .map((actor, i) => ({ actor, i }))
    .filter(({ actor }) => actor.coreness !== null && actor.coreness !== undefined)
    .sort((a, b) => (b.actor.coreness ?? 0) - (a.actor.coreness ?? 0) || a.i - b.i)
    .slice(0, TOP_ACTORS);
  return {
    id: "core-periphery",
    title: t.t("report.core-periphery.title"),
    blocks: [
      { kind: "paragraph", text: t.t("report.core-periphery.intro") },
      { kind: "list", items: readingsOf(readings, "methods.core-periphery.") },
      {
        kind: "figures",
        items: [
          { label: t.t("figure.graph.corePeriphery.fit"), value: t.number(cp.fit) },
          { label: t.t("figure.graph.corePeriphery.core"), value: t.integer(cp.core.length) },
          { label: t.t("figure.graph.corePeriphery.corenessFit"), value: t.number(cp.corenessFit) },
        ],
      },
      {
        kind: "table",
        caption: t.t("report.core-periphery.caption"),
        header: [
          t.t("figure.actor.label"),
          t.t("figure.actor.world"),
          t.t("figure.actor.coreness"),
          t.t("report.core-periphery.in-core"),
        ],
        rows: top.map(({ actor }) => [
          actor.label,
          actor.world,
          t.number(actor.coreness ?? null, { maximumFractionDigits: 3 }),
          t.t(inCore.has(actor.id) ? "report.yes" : "report.no"),
        ]),
      },
    ],
  };
}

/** Kinds of alliance: the reading, one row per kind, the overlaps and the actors spanning most kinds; null without layers. */
export function layersSection(
  document: AnalysisDocument,
  readings: readonly Reading[],
  t: Translator,
): ReportSection | null {
  const layers = document.layers;
  if (layers === undefined || layers === null) return null;
  const labels = new Map(document.actors.map((actor) => [actor.id, actor.label]));
  const spanned = layers.typesSpanned
    .map((entry, i) => ({ ...entry, i }))
    .filter((entry) => entry.types > 0)
    .sort((a, b) => b.types - a.types || a.i - b.i)
    .slice(0, TOP_ACTORS);
  return {
    id: "layers",
    title: t.t("report.layers.title"),
    blocks: [
      { kind: "paragraph", text: t.t("report.layers.intro") },
      { kind: "list", items: readingsOf(readings, "methods.layers.") },
      {
        kind: "table",
        caption: t.t("report.layers.caption"),
        header: [
          t.t("figure.layers.type"),
          t.t("figure.graph.links"),
          t.t("figure.graph.nodes"),
          t.t("figure.graph.density"),
          t.t("figure.graph.centralization.betweenness"),
          t.t("figure.graph.effectiveBrokers"),
          t.t("figure.layers.topBrokers"),
        ],
        rows: layers.layers.map((layer) => [
          layer.type,
          t.integer(layer.links),
          t.integer(layer.actors),
          t.percent(layer.density),
          t.number(layer.centralization.betweenness),
          t.number(layer.effectiveBrokers),
          t.list(layer.topBrokers.map((id) => labels.get(id) ?? id)),
        ]),
      },
      {
        kind: "table",
        caption: t.t("methods.layers.overlap"),
        header: [
          t.t("figure.layers.overlaps.a"),
          t.t("figure.layers.overlaps.b"),
          t.t("figure.layers.overlaps.links"),
          t.t("figure.layers.overlaps.brokers"),
        ],
        rows: layers.overlaps.map((o) => [o.a, o.b, t.number(o.links), t.number(o.brokers)]),
      },
      {
        kind: "table",
        caption: t.t("report.layers.spanned"),
        header: [t.t("figure.actor.label"), t.t("figure.layers.typesSpanned")],
        rows: spanned.map((entry) => [labels.get(entry.actor) ?? entry.actor, t.integer(entry.types)]),
      },
    ],
  };
}

/**
 * The same-world QAP: its readings (what was fitted, what QAP asks, the
 * coefficient in plain words) and its coefficients, or why it was not run;
 * null when the caller ran none.
 */
export function qapSection(
  qap: QapTerritoryResult | SameWorldQapSkipped | null,
  context: { name: string; directed: boolean },
  t: Translator,
): ReportSection | null {
  if (qap === null) return null;
  const title = t.t("report.qap.title");
  if ("status" in qap) {
    return { id: "qap", title, blocks: [{ kind: "paragraph", text: qapSkippedNote(qap, t) }] };
  }
  const [heading, ...readings] = qapReadings(qap, { ...context, lang: t.lang }).map((r) => r.text);
  return {
    id: "qap",
    title,
    blocks: [
      { kind: "paragraph", text: heading ?? "" },
      {
        kind: "table",
        header: [
          t.t("figure.qap.predictor"),
          t.t("figure.qap.coefficients"),
          t.t(qap.method === "ols" ? "figure.qap.statistics.ols" : "figure.qap.statistics.logistic"),
          t.t("figure.qap.pValues"),
        ],
        rows: [...qap.coefficients].map(([key, coefficient]) => [
          key,
          t.number(coefficient, { maximumFractionDigits: 3 }),
          t.number(qap.statistics.get(key) ?? null),
          qapPValue(qap.pValues.get(key) ?? null, qap.permutations, t),
        ]),
      },
      { kind: "list", items: readings },
    ],
  };
}
