// A growable Int32Array: appends without per-item objects, empties without reallocating.
export class IntList {
  // Small to start: V8 keeps typed arrays of up to 64 bytes on the heap, quick to create.
  data = new Int32Array(16);
  length = 0;

  /** Appends v. Read `data` again afterwards: growing replaces it. */
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** The last item (the list must not be empty). */
  last(): number {
    return this.data[this.length - 1]!;
  }

  slice(from: number, to: number): number[] {
    return Array.from(this.data.subarray(from, to));
  }
}
