/**
 * Partitions of actors into communities, held per position as integer labels.
 * Results are numbered 0..k−1 by decreasing size (ties: the community of the
 * earlier actor first), so that the same partition reads the same whatever the
 * labels an algorithm happened to use.
 */

export interface NumberedPartition {
  /** Community of each actor position, 0..k−1, 0 the largest. */
  communityOf: Int32Array;
  /** Size of each community, largest first. */
  sizes: number[];
}

/** Renumbers any labelling (integers ≥ 0) by decreasing community size. */
export function numberBySize(labels: ArrayLike<number>): NumberedPartition {
  const n = labels.length;
  const first = new Map<number, number>();
  const rawSizes: number[] = [];
  const raw = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let c = first.get(labels[v]!);
    if (c === undefined) {
      c = rawSizes.length;
      first.set(labels[v]!, c);
      rawSizes.push(0);
    }
    raw[v] = c;
    rawSizes[c]!++;
  }
  // Stable sort: equal sizes keep first-appearance order.
  const order = rawSizes.map((_, c) => c).sort((a, b) => rawSizes[b]! - rawSizes[a]!);
  const rank = new Int32Array(order.length);
  order.forEach((c, r) => {
    rank[c] = r;
  });
  return { communityOf: raw.map((c) => rank[c]!), sizes: order.map((c) => rawSizes[c]!) };
}

/** Labels 0..k−1 in order of first appearance; two labellings of one partition give the same array. */
export function canonicalLabels(labels: ArrayLike<number>): Int32Array {
  const seen = new Map<number, number>();
  const result = new Int32Array(labels.length);
  for (let v = 0; v < labels.length; v++) {
    let c = seen.get(labels[v]!);
    if (c === undefined) {
      c = seen.size;
      seen.set(labels[v]!, c);
    }
    result[v] = c;
  }
  return result;
}

/** Whether two labellings describe the same partition. */
export function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  const ca = canonicalLabels(a);
  const cb = canonicalLabels(b);
  for (let v = 0; v < ca.length; v++) if (ca[v] !== cb[v]) return false;
  return true;
}
