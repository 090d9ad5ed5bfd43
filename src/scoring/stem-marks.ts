// Set operations on stem ids without building Sets: a mark array stamped with an epoch.
export class StemMarks {
  private marks = new Uint32Array(1024);
  private epoch = 0;

  /** Starts a new set; `add` and `has` then work on it until the next `clear`. */
  clear(): void {
    if (++this.epoch === 0xffffffff) {
      this.marks.fill(0);
      this.epoch = 1;
    }
  }

  add(s: number): void {
    if (s >= this.marks.length) {
      const next = new Uint32Array(Math.max(s + 1, this.marks.length * 2));
      next.set(this.marks);
      this.marks = next;
    }
    this.marks[s] = this.epoch;
  }

  has(s: number): boolean {
    return s < this.marks.length && this.marks[s] === this.epoch;
  }

  /** Marks exactly `stems`. */
  markOnly(stems: readonly number[]): void {
    this.clear();
    for (const s of stems) this.add(s);
  }

  /** Share of `a`'s stems also in `b` (0 when `a` is empty), like text.ts `overlap`. */
  overlap(a: readonly number[], b: readonly number[]): number {
    if (a.length === 0) return 0;
    this.markOnly(b);
    let shared = 0;
    for (const s of a) if (this.has(s)) shared++;
    return shared / a.length;
  }

  /** Distinct stems of `stems` (-1 skipped), in first-seen order, in an array of exact size. */
  distinct(stems: readonly number[], count: number): number[] {
    this.clear();
    let n = 0;
    for (let i = 0; i < count; i++) {
      const s = stems[i]!;
      if (s === -1 || this.has(s)) continue;
      this.add(s);
      n++;
    }
    // Exact size: a long transcript keeps every turn's stems, so spare capacity adds up.
    const out = new Array<number>(n);
    this.clear();
    for (let i = 0, k = 0; i < count; i++) {
      const s = stems[i]!;
      if (s === -1 || this.has(s)) continue;
      this.add(s);
      out[k++] = s;
    }
    return out;
  }
}
