/**
 * The label of each comparison column (core's `COMPARISON_COLUMNS`), from the
 * one `figure.*` table: the column's figure as a path of the analysis document.
 */
import type { MessageId, Translator } from "@catalyse/readings";

export const COLUMN_FIGURES: ReadonlyMap<string, string> = new Map([
  ["nodes", "graph.nodes"],
  ["links", "graph.links"],
  ["density", "graph.density"],
  ["components", "graph.components"],
  ["centralizationDegree", "graph.centralization.degree"],
  ["centralizationBetweenness", "graph.centralization.betweenness"],
  ["centralizationCloseness", "graph.centralization.closeness"],
  ["giniDegree", "graph.gini.degree"],
  ["giniBetweenness", "graph.gini.betweenness"],
  ["effectiveBrokers", "graph.effectiveBrokers"],
  ["topBrokerShare", "graph.topBrokerShare"],
  ["modularity", "graph.modularity"],
  ["eiIndex", "graph.worlds.eiIndex"],
  ["assortativity", "graph.worlds.assortativity"],
  ["crossWorldShare", "graph.worlds.crossWorldShare"],
]);

/** A comparison column's label in the translator's language (its key when no figure label exists). */
export function columnLabel(key: string, t: Translator): string {
  const id = `figure.${COLUMN_FIGURES.get(key) ?? key}`;
  return t.has(id) ? t.t(id as MessageId) : key;
}

/** A governance form ("lead organisation" or "lead-organisation") by its `figure.governance.*` label. */
export function governanceLabel(form: string | null, t: Translator): string | null {
  if (form === null) return null;
  const id = `figure.governance.${form.replaceAll(" ", "-")}`;
  return t.has(id) ? t.t(id as MessageId) : form;
}
