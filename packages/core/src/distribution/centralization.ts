/**
 * Freeman centralization (Freeman 1979, "Centrality in social networks:
 * conceptual clarification", Social Networks 1:215–239).
 *
 *   C = Σᵢ (max − xᵢ) / Σᵢ (max* − x*ᵢ)
 *
 * where the denominator is the same sum for a star of n actors, the most
 * centralized graph. With the values Catalyse reports:
 * - degree, on raw degrees (`G.degree`): the star sum is (n−1)(n−2);
 * - betweenness, on normalised betweenness (`nx.betweenness_centrality(G)`):
 *   the star's centre has 1 and its leaves 0, so the sum is n−1;
 * - closeness, on `nx.closeness_centrality(G)`: a leaf of the star has
 *   (n−1)/(2n−3), so the sum is (n−1)(n−2)/(2n−3).
 * A star gives 1, a complete graph 0. NetworkX has no centralization; these
 * match igraph's `centralization.*(normalized=TRUE)` for undirected graphs.
 * Directed territories use the same denominators (degree = in + out), so the
 * figure stays comparable across territories; it can then exceed 1.
 *
 * Undefined (null) below three actors, where the star sum is 0.
 */

export type CentralizationKind = "degree" | "betweenness" | "closeness";

/** The Σ(max − xᵢ) of a star of n actors, for each kind of value. */
export function starCentralizationSum(kind: CentralizationKind, n: number): number {
  if (kind === "degree") return (n - 1) * (n - 2);
  if (kind === "betweenness") return n - 1;
  return ((n - 1) * (n - 2)) / (2 * n - 3);
}

/**
 * Freeman centralization of `values` (one per actor). `n` defaults to the
 * number of values. Null when n < 3 or a value is not finite.
 */
export function freemanCentralization(
  values: ArrayLike<number | null>,
  kind: CentralizationKind,
  n: number = values.length,
): number | null {
  if (n < 3 || values.length === 0) return null;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === null || x === undefined || !Number.isFinite(x)) return null;
    if (x > max) max = x;
  }
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += max - (values[i] as number);
  const result = sum / starCentralizationSum(kind, n);
  return Number.isFinite(result) ? result : null;
}
