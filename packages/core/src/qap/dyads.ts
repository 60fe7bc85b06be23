/**
 * Dyads: the rows of a QAP regression, one per pair of distinct actors —
 * ordered pairs (i, j), i ≠ j, when the territory is directed, unordered pairs
 * i < j when it is not (as R `sna::gvectorize` with `mode = "digraph"` or
 * `"graph"` and `diag = FALSE`). A value per dyad lives in a Float64Array at
 * the dyad's number, so that a matrix is never held as n × n.
 */

export interface Dyads {
  /** Number of actors. */
  readonly order: number;
  readonly directed: boolean;
  /** Number of dyads: n(n−1) directed, n(n−1)/2 undirected. */
  readonly count: number;
  /** The dyad number of the pair (i, j), i ≠ j (either order when undirected). */
  pair(i: number, j: number): number;
}

/** The ordered (directed) or unordered pairs of n actors, numbered for QAP's matrices. */
export function createDyads(order: number, directed: boolean): Dyads {
  const n = order;
  return {
    order: n,
    directed,
    count: directed ? n * (n - 1) : (n * (n - 1)) / 2,
    pair: directed
      ? (i, j) => i * (n - 1) + (j < i ? j : j - 1)
      : (i, j) => {
          const a = Math.min(i, j);
          const b = Math.max(i, j);
          return (a * (2 * n - a - 1)) / 2 + (b - a - 1);
        },
  };
}

/** Calls `visit(i, j, d)` for every dyad, in dyad-number order. */
export function forEachDyad(dyads: Dyads, visit: (i: number, j: number, d: number) => void): void {
  const n = dyads.order;
  let d = 0;
  for (let i = 0; i < n; i++) {
    for (let j = dyads.directed ? 0 : i + 1; j < n; j++) {
      if (j === i) continue;
      visit(i, j, d++);
    }
  }
}

/** A dyad vector from a function of the pair. */
export function dyadValues(dyads: Dyads, value: (i: number, j: number) => number): Float64Array {
  const values = new Float64Array(dyads.count);
  forEachDyad(dyads, (i, j, d) => {
    values[d] = value(i, j);
  });
  return values;
}

/**
 * The dyad vector of the matrix with rows and columns permuted together:
 * entry (i, j) takes the value of (π(i), π(j)), as R `sna::rmperm`.
 */
export function permuteDyads(
  dyads: Dyads,
  values: Float64Array,
  permutation: Int32Array,
  into: Float64Array,
): Float64Array {
  forEachDyad(dyads, (i, j, d) => {
    into[d] = values[dyads.pair(permutation[i]!, permutation[j]!)]!;
  });
  return into;
}
