/** Typed arrays that grow by doubling, for columns whose length is unknown until the end of a stream. */

export class GrowableInt32 {
  private data = new Int32Array(1 << 12);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  /** A right-sized copy (the growth buffer is then garbage). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableFloat64 {
  private data = new Float64Array(1 << 12);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  add(i: number, value: number): void {
    this.data[i]! += value;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
