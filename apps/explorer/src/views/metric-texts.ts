/**
 * Names and tooltips of the actor metrics: the name from the one table of
 * figure labels (`figure.actor.*`), the tooltip from the glossary when it
 * has the term, else the explorer's own line (`explorer.metric.*`).
 */
import { explain, type MessageId, type Translator } from "@catalyse/readings";
import type { MetricKey } from "../state/metrics.js";

export function metricLabel(t: Translator, key: MetricKey): string {
  const id = `figure.actor.${key}`;
  if (t.has(id)) return t.t(id);
  // A figure without a label in the shared table yet (coreness) has the explorer's own.
  const own = `explorer.figure.${key}`;
  return t.has(own) ? t.t(own) : key;
}

export function metricTooltip(t: Translator, key: MetricKey): string {
  return explain(key, t.lang)?.line ?? t.t(`explorer.metric.${key}` as MessageId);
}
