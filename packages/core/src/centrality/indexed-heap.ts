/**
 * An indexed 4-ary min-heap of actor positions with decrease-key, all in
 * typed arrays. Used by Dijkstra (weighted betweenness); allocated once per
 * call and reused across sources.
 *
 * Each slot keeps its key next to its actor, so sifting compares keys without
 * an indirection through a distance array (one cache miss fewer per step);
 * four children per slot halve the depth, and the four keys of a family are
 * adjacent in memory.
 */
export class IndexedHeap {
  /** Heap slots → actor positions. */
  private readonly heap: Int32Array;
  /** Heap slots → keys. */
  private readonly keys: Float64Array;
  /** Actor position → heap slot, −1 when not in the heap. */
  private readonly slot: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.heap = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.slot = new Int32Array(capacity).fill(-1);
  }

  push(v: number, key: number): void {
    this.siftUp(this.size++, v, key);
  }

  /** Lowers the key of `v`, which must be in the heap, to `key`. */
  decrease(v: number, key: number): void {
    this.siftUp(this.slot[v]!, v, key);
  }

  has(v: number): boolean {
    return this.slot[v]! >= 0;
  }

  /** Removes and returns the position with the smallest key. */
  pop(): number {
    const heap = this.heap;
    const top = heap[0]!;
    this.slot[top] = -1;
    const last = --this.size;
    if (last > 0) this.siftDown(heap[last]!, this.keys[last]!);
    return top;
  }

  private siftUp(i: number, v: number, key: number): void {
    const { heap, keys, slot } = this;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pk = keys[parent]!;
      if (pk <= key) break;
      const p = heap[parent]!;
      heap[i] = p;
      keys[i] = pk;
      slot[p] = i;
      i = parent;
    }
    heap[i] = v;
    keys[i] = key;
    slot[v] = i;
  }

  /** Places (v, key) from the root down, in a heap of `size` slots. */
  private siftDown(v: number, key: number): void {
    const { heap, keys, slot } = this;
    const size = this.size;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= size) break;
      let child = first;
      let ck = keys[first]!;
      const end = Math.min(first + 4, size);
      for (let c = first + 1; c < end; c++) {
        const k = keys[c]!;
        if (k < ck) {
          ck = k;
          child = c;
        }
      }
      if (ck >= key) break;
      const cv = heap[child]!;
      heap[i] = cv;
      keys[i] = ck;
      slot[cv] = i;
      i = child;
    }
    heap[i] = v;
    keys[i] = key;
    slot[v] = i;
  }
}
