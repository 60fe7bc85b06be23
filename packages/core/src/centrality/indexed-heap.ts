/**
 * An indexed binary min-heap of actor positions keyed by a shared distance
 * array, all in typed arrays, with decrease-key. Used by Dijkstra (weighted
 * betweenness); allocated once per call and reused across sources.
 *
 * NOTE: the heap reads keys from `dist`, which the caller owns and updates
 * before calling `push` or `decrease`.
 */
export class IndexedHeap {
  /** Heap slots → actor positions. */
  private readonly heap: Int32Array;
  /** Actor position → heap slot, −1 when not in the heap. */
  private readonly slot: Int32Array;
  private readonly dist: Float64Array;
  size = 0;

  constructor(dist: Float64Array) {
    this.dist = dist;
    this.heap = new Int32Array(dist.length);
    this.slot = new Int32Array(dist.length).fill(-1);
  }

  push(v: number): void {
    const i = this.size++;
    this.heap[i] = v;
    this.slot[v] = i;
    this.siftUp(i);
  }

  /** Restores order after `dist[v]` decreased; `v` must be in the heap. */
  decrease(v: number): void {
    this.siftUp(this.slot[v]!);
  }

  has(v: number): boolean {
    return this.slot[v]! >= 0;
  }

  /** Removes and returns the position with the smallest distance. */
  pop(): number {
    const heap = this.heap;
    const top = heap[0]!;
    this.slot[top] = -1;
    const last = heap[--this.size]!;
    if (this.size > 0) {
      heap[0] = last;
      this.slot[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    const { heap, slot, dist } = this;
    const v = heap[i]!;
    const key = dist[v]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (dist[p]! <= key) break;
      heap[i] = p;
      slot[p] = i;
      i = parent;
    }
    heap[i] = v;
    slot[v] = i;
  }

  private siftDown(i: number): void {
    const { heap, slot, dist } = this;
    const size = this.size;
    const v = heap[i]!;
    const key = dist[v]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && dist[heap[right]!]! < dist[heap[child]!]!) child = right;
      const c = heap[child]!;
      if (dist[c]! >= key) break;
      heap[i] = c;
      slot[c] = i;
      i = child;
    }
    heap[i] = v;
    slot[v] = i;
  }
}
