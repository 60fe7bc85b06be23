/**
 * The actor metrics the explorer can show, as descriptors (gephi-lite's
 * approach): the UI lists, sizes and ranks from this one table.
 */
import type { ActorFigures } from "@catalyse/core";

export type MetricKey =
  | "degree"
  | "strength"
  | "betweenness"
  | "betweennessWeighted"
  | "closeness"
  | "harmonic"
  | "pagerank"
  | "eigenvector"
  | "core"
  | "clustering"
  | "constraint"
  | "effectiveSize"
  | "coreness";

export interface MetricDescriptor {
  key: MetricKey;
  /** Digits shown. Names and tooltips are texts: see views/metric-texts.ts. */
  digits: number;
}

export const METRICS: readonly MetricDescriptor[] = [
  { key: "degree", digits: 0 },
  { key: "strength", digits: 1 },
  { key: "betweenness", digits: 4 },
  { key: "betweennessWeighted", digits: 4 },
  { key: "closeness", digits: 3 },
  { key: "harmonic", digits: 3 },
  { key: "pagerank", digits: 4 },
  { key: "eigenvector", digits: 3 },
  { key: "core", digits: 0 },
  { key: "clustering", digits: 3 },
  { key: "constraint", digits: 3 },
  { key: "effectiveSize", digits: 2 },
  // Borgatti & Everett's continuous coreness: squares sum to 1, so values shrink as territories grow.
  { key: "coreness", digits: 3 },
];

export function metricValue(actor: ActorFigures, key: MetricKey): number | null {
  // Coreness is optional in the document (absent from older ones): absent reads as not computed.
  return actor[key] ?? null;
}

/** Metrics with at least one non-null value in the document. */
export function availableMetrics(actors: readonly ActorFigures[]): MetricDescriptor[] {
  return METRICS.filter((metric) => actors.some((actor) => metricValue(actor, metric.key) !== null));
}

/**
 * Rank of every actor for a metric (1 = highest; ties share the best rank).
 * Actors with a null value get no rank.
 */
export function metricRanks(actors: readonly ActorFigures[], key: MetricKey): Map<string, number> {
  const values = actors
    .map((actor) => ({ id: actor.id, value: metricValue(actor, key) }))
    .filter((entry): entry is { id: string; value: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value);
  const ranks = new Map<string, number>();
  let rank = 0;
  values.forEach((entry, i) => {
    if (i === 0 || entry.value !== values[i - 1]!.value) rank = i + 1;
    ranks.set(entry.id, rank);
  });
  return ranks;
}
