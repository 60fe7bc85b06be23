/**
 * Agreement between two partitions of the same actors (communities against
 * worlds, one run against another), from their contingency table:
 * - normalised mutual information, arithmetic normalisation
 *   NMI = I(U;V) / ((H(U) + H(V)) / 2) (Danon et al. 2005; scikit-learn's
 *   `normalized_mutual_info_score` default), natural logarithms;
 * - adjusted Rand index (Hubert & Arabie 1985; scikit-learn's
 *   `adjusted_rand_score`).
 * NetworkX 2.8 has neither. Both are 1 for identical partitions, NMI is 0 and
 * ARI about 0 for independent ones; null for no actor.
 */

/** Counts n_ij of actors with label i in `a` and j in `b`, labels renumbered 0..k−1. */
export function contingencyTable(a: ArrayLike<number>, b: ArrayLike<number>): number[][] {
  if (a.length !== b.length)
    throw new RangeError(
      `contingencyTable: partitions of ${a.length} and ${b.length} actors; they must match.`,
    );
  const rows = new Map<number, number>();
  const columns = new Map<number, number>();
  const cells: [number, number][] = [];
  for (let v = 0; v < a.length; v++) {
    if (!rows.has(a[v]!)) rows.set(a[v]!, rows.size);
    if (!columns.has(b[v]!)) columns.set(b[v]!, columns.size);
    cells.push([rows.get(a[v]!)!, columns.get(b[v]!)!]);
  }
  const table = Array.from({ length: rows.size }, () => new Array<number>(columns.size).fill(0));
  for (const [i, j] of cells) table[i]![j]!++;
  return table;
}

function entropyOf(counts: readonly number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** Normalised mutual information (arithmetic mean of the entropies). */
export function normalizedMutualInformation(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  const table = contingencyTable(a, b);
  const n = a.length;
  if (n === 0) return null;
  const rowSums = table.map((row) => row.reduce((s, x) => s + x, 0));
  const columnSums = table[0]!.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const hu = entropyOf(rowSums, n);
  const hv = entropyOf(columnSums, n);
  // Both partitions are one block: identical, as scikit-learn says.
  if (hu === 0 && hv === 0) return 1;
  let mi = 0;
  table.forEach((row, i) => {
    row.forEach((nij, j) => {
      if (nij > 0) mi += (nij / n) * Math.log((n * nij) / (rowSums[i]! * columnSums[j]!));
    });
  });
  return Math.min(1, Math.max(0, mi / ((hu + hv) / 2)));
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

/** Adjusted Rand index. */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  const table = contingencyTable(a, b);
  const n = a.length;
  if (n === 0) return null;
  let index = 0;
  for (const row of table) for (const nij of row) index += pairs(nij);
  const rowPairs = table.reduce((s, row) => s + pairs(row.reduce((t, x) => t + x, 0)), 0);
  const columnPairs = table[0]!.reduce((s, _, j) => s + pairs(table.reduce((t, row) => t + row[j]!, 0)), 0);
  const expected = (rowPairs * columnPairs) / pairs(n);
  const maximum = (rowPairs + columnPairs) / 2;
  // Both partitions are one block, or both all singletons: they agree fully.
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
