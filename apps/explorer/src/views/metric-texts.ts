/**
 * Names and tooltips of the actor metrics: the name from the one table of
 * figure labels (`figure.actor.*`), the tooltip from the glossary when it
 * has the term, else the explorer's own line (`explorer.metric.*`).
 */
import { explain, type MessageId, type Translator } from "@catalyse/readings";
import type { MetricKey } from "../state/metrics.js";

export function metricLabel(t: Translator, key: MetricKey): string {
  const id = `figure.actor.${key}`;
  return t.has(id) ? t.t(id) : key;
}

export function metricTooltip(t: Translator, key: MetricKey): string {
  return explain(key, t.lang)?.line ?? t.t(`explorer.metric.${key}` as MessageId);
}
