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
  // Communities in order of first appearance, then ranked by size.
  const raw = canonicalLabels(labels);
  let k = 0;
  for (let v = 0; v < raw.length; v++) if (raw[v]! >= k) k = raw[v]! + 1;
  const rawSizes = new Int32Array(k);
  for (let v = 0; v < raw.length; v++) rawSizes[raw[v]!]!++;
  // Stable sort: equal sizes keep first-appearance order.
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => rawSizes[b]! - rawSizes[a]!);
  const rank = new Int32Array(k);
  order.forEach((c, r) => {
    rank[c] = r;
  });
  return { communityOf: raw.map((c) => rank[c]!), sizes: order.map((c) => rawSizes[c]!) };
}

/** Labels 0..k−1 in order of first appearance; two labellings of one partition give the same array. */
export function canonicalLabels(labels: ArrayLike<number>): Int32Array {
  const n = labels.length;
  const result = new Int32Array(n);
  let max = -1;
  let small = true;
  for (let v = 0; v < n; v++) {
    const label = labels[v]!;
    if (!(Number.isInteger(label) && label >= 0)) small = false;
    else if (label > max) max = label;
  }
  // Labels are nearly always positions (< n): a typed lookup table avoids a Map.
  if (small && max < 4 * n + 16) {
    const code = new Int32Array(max + 1).fill(-1);
    let next = 0;
    for (let v = 0; v < n; v++) {
      const label = labels[v]!;
      if (code[label] === -1) code[label] = next++;
      result[v] = code[label]!;
    }
    return result;
  }
  const seen = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    let c = seen.get(labels[v]!);
    if (c === undefined) {
      c = seen.size;
      seen.set(labels[v]!, c);
    }
    result[v] = c;
  }
  return result;
}

/** 0, 1, …, n−1: every actor alone. */
export function singletonLabels(n: number): Int32Array {
  const labels = new Int32Array(n);
  for (let v = 0; v < n; v++) labels[v] = v;
  return labels;
}

/** Whether two labellings describe the same partition. */
export function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  const ca = canonicalLabels(a);
  const cb = canonicalLabels(b);
  for (let v = 0; v < ca.length; v++) if (ca[v] !== cb[v]) return false;
  return true;
}
