// Set operations on stem ids (or word ids) without building Sets: a mark array stamped with an epoch.
import type { IntList } from './int-list.js';

export class StemMarks {
  private marks = new Uint32Array(1024);
  /** Marks equal to the epoch are in the set: starting at 1, a new instance is empty. */
  private epoch = 1;

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

  /** Marks exactly stems[from, to). */
  markRows(stems: Int32Array, from: number, to: number): void {
    this.clear();
    for (let k = from; k < to; k++) this.add(stems[k]!);
  }

  /** Whether all of stems[from, to) are marked. */
  allMarked(stems: Int32Array, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.has(stems[k]!)) return false;
    return true;
  }

  /** Whether any of stems[from, to) is marked. */
  anyMarked(stems: Int32Array, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.has(stems[k]!)) return true;
    return false;
  }

  /** Share of the distinct stems[aFrom, aTo) also in stems[bFrom, bTo) (0 when the first is empty), like text.ts `overlap`. */
  overlap(stems: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
    if (aFrom === aTo) return 0;
    this.markRows(stems, bFrom, bTo);
    let shared = 0;
    for (let k = aFrom; k < aTo; k++) if (this.has(stems[k]!)) shared++;
    return shared / (aTo - aFrom);
  }

  /**
   * Appends the stems of stems[from, to) not yet marked (-1 skipped) to `out`, in first-seen
   * order, and marks them: after `clear`, calls for several ranges append their distinct union.
   */
  appendDistinct(stems: Int32Array, from: number, to: number, out: IntList): void {
    for (let i = from; i < to; i++) {
      const s = stems[i]!;
      if (s === -1 || this.has(s)) continue;
      this.add(s);
      out.push(s);
    }
  }
}
