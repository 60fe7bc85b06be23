/**
 * A circular bucket queue for Dijkstra with integer link lengths 1..C (Dial,
 * CACM 12(11), 1969): C + 1 buckets, bucket d mod (C + 1) holding the actors
 * at tentative distance d. While distance `cursor` is being emptied, every
 * queued distance lies in [cursor, cursor + C], so the buckets never mix two
 * distances and the queue pops in order of distance with O(1) push and pop
 * instead of a heap's O(log n) sifts.
 *
 * Decrease-key is lazy: a shortened distance is pushed again and the stale
 * entry is skipped when popped (the caller checks `dist[v] === cursor`; a
 * distance is pushed only when it strictly improves, so an actor has at most
 * one entry per distance). Entries live in one pool of singly linked lists,
 * so a push is two array writes and nothing is allocated per source.
 */
export class BucketQueue {
  /** Bucket → its last entry, −1 when empty. */
  private readonly heads: Int32Array;
  /** Entry → actor position. */
  private readonly entryActor: Int32Array;
  /** Entry → next entry in the same bucket, −1 at the end. */
  private readonly entryNext: Int32Array;
  private readonly buckets: number;
  private used = 0;
  private pending = 0;
  private bucket = 0;
  /** The distance of the entry `pop` returned last. */
  cursor = 0;

  /**
   * @param longest the longest link C, in units
   * @param capacity the most pushes between two `clear`s (one per strict improvement: arcs + 1)
   */
  constructor(longest: number, capacity: number) {
    this.buckets = longest + 1;
    this.heads = new Int32Array(this.buckets).fill(-1);
    this.entryActor = new Int32Array(capacity);
    this.entryNext = new Int32Array(capacity);
  }

  /** Starts a new search from distance 0 (the queue must be empty). */
  clear(): void {
    this.used = 0;
    this.bucket = 0;
    this.cursor = 0;
  }

  /** Queues `v` at distance `d`, which must lie in [cursor, cursor + C]. */
  push(v: number, d: number): void {
    let b = this.bucket + d - this.cursor;
    if (b >= this.buckets) b -= this.buckets;
    const e = this.used++;
    this.entryActor[e] = v;
    this.entryNext[e] = this.heads[b]!;
    this.heads[b] = e;
    this.pending++;
  }

  /** Removes an entry at the smallest distance (then `cursor`) and returns its actor; −1 when empty. */
  pop(): number {
    const heads = this.heads;
    while (this.pending > 0) {
      const e = heads[this.bucket]!;
      if (e >= 0) {
        heads[this.bucket] = this.entryNext[e]!;
        this.pending--;
        return this.entryActor[e]!;
      }
      this.cursor++;
      if (++this.bucket === this.buckets) this.bucket = 0;
    }
    return -1;
  }
}
