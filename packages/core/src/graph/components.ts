/**
 * Connected components (weakly connected for directed territories, like
 * `nx.number_weakly_connected_components`), by breadth-first search over the
 * compact index.
 */
import type { CompactIndex } from "./compact-index.js";

/** Connected components: the component of each actor and their sizes. */
export interface ComponentsResult {
  /** Component number of each actor, numbered by decreasing size (ties: first actor first). */
  componentOf: Int32Array;
  /** Size of each component, largest first. */
  sizes: number[];
}

/** Connected components (weakly connected when directed), as `nx.connected_components`. */
export function connectedComponents(index: CompactIndex): ComponentsResult {
  const n = index.order;
  const raw = new Int32Array(n).fill(-1);
  const rawSizes: number[] = [];
  const queue = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (raw[root] !== -1) continue;
    const component = rawSizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    raw[root] = component;
    while (head < tail) {
      const v = queue[head++]!;
      tail = visit(index.offsets, index.targets, v, raw, component, queue, tail);
      if (index.directed) tail = visit(index.inOffsets, index.inSources, v, raw, component, queue, tail);
    }
    rawSizes.push(tail);
  }
  // Renumber by decreasing size; the sort is stable so ties keep discovery order.
  const order = rawSizes.map((_, c) => c).sort((a, b) => rawSizes[b]! - rawSizes[a]!);
  const rank = new Int32Array(order.length);
  order.forEach((c, r) => {
    rank[c] = r;
  });
  const componentOf = raw.map((c) => rank[c]!);
  return { componentOf, sizes: order.map((c) => rawSizes[c]!) };
}

function visit(
  offsets: Int32Array,
  neighbours: Int32Array,
  v: number,
  componentOf: Int32Array,
  component: number,
  queue: Int32Array,
  tail: number,
): number {
  for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
    const w = neighbours[k]!;
    if (componentOf[w] === -1) {
      componentOf[w] = component;
      queue[tail++] = w;
    }
  }
  return tail;
}
