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
  | "effectiveSize";

export interface MetricDescriptor {
  key: MetricKey;
  label: string;
  /** One line for tooltips and the side panel. */
  description: string;
  /** Digits shown. */
  digits: number;
}

export const METRICS: readonly MetricDescriptor[] = [
  { key: "degree", label: "Degree", description: "Number of partners", digits: 0 },
  { key: "strength", label: "Strength", description: "Sum of alliance weights", digits: 1 },
  {
    key: "betweenness",
    label: "Betweenness",
    description: "Share of shortest paths going through the actor",
    digits: 4,
  },
  {
    key: "betweennessWeighted",
    label: "Betweenness (weighted)",
    description: "Betweenness with stronger alliances as shorter paths",
    digits: 4,
  },
  { key: "closeness", label: "Closeness", description: "How near the actor is to all others", digits: 3 },
  { key: "harmonic", label: "Harmonic", description: "Mean inverse distance to the others", digits: 3 },
  { key: "pagerank", label: "PageRank", description: "Importance through important partners", digits: 4 },
  { key: "eigenvector", label: "Eigenvector", description: "Centrality of one's partners", digits: 3 },
  { key: "core", label: "Core", description: "k-core number", digits: 0 },
  { key: "clustering", label: "Clustering", description: "How linked the actor's partners are", digits: 3 },
  { key: "constraint", label: "Constraint (Burt)", description: "Dependence on few partners", digits: 3 },
  {
    key: "effectiveSize",
    label: "Effective size (Burt)",
    description: "Non-redundant partners",
    digits: 2,
  },
];

export function metricValue(actor: ActorFigures, key: MetricKey): number | null {
  return actor[key];
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
