// Detects parroting: a rep turn that copies the customer's words back is neither a paraphrase
// nor a question (the verbatim-copy trap in tests/fixtures/transcripts). Allocation-free: it
// runs for every rep turn.

/** Open-addressing table of n-word-run hashes of one turn, reused between calls. */
let keys = new Int32Array(256);
let starts = new Int32Array(256);
let used = new Uint32Array(256);
let epoch = 0;

function runHash(ids: Int32Array, from: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ ids[from + k]!, 16777619);
  return h | 0;
}

function prepare(size: number): number {
  let cap = keys.length;
  while (cap < size * 2) cap *= 2;
  if (cap !== keys.length) {
    keys = new Int32Array(cap);
    starts = new Int32Array(cap);
    used = new Uint32Array(cap);
    epoch = 0;
  }
  if (++epoch === 0xffffffff) {
    used.fill(0);
    epoch = 1;
  }
  return cap - 1;
}

function sameRun(a: Int32Array, i: number, b: Int32Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/** Whether `b` (its first `bLen` ids) repeats `n` or more consecutive words of `a` (first `aLen`). Linear. */
export function sharesRun(a: Int32Array, aLen: number, b: Int32Array, bLen: number, n: number): boolean {
  if (n <= 0 || aLen < n || bLen < n) return false;
  const mask = prepare(aLen);
  for (let i = 0; i + n <= aLen; i++) {
    const h = runHash(a, i, n);
    let s = h & mask;
    while (used[s] === epoch) s = (s + 1) & mask;
    used[s] = epoch;
    keys[s] = h;
    starts[s] = i;
  }
  for (let j = 0; j + n <= bLen; j++) {
    const h = runHash(b, j, n);
    for (let s = h & mask; used[s] === epoch; s = (s + 1) & mask) {
      if (keys[s] === h && sameRun(a, starts[s]!, b, j, n)) return true;
    }
  }
  return false;
}

/** Whether words b[from, to) appear, in order and together, in the first `aLen` ids of `a`. */
export function containsRun(a: Int32Array, aLen: number, b: Int32Array, from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || n > aLen) return false;
  for (let i = 0; i + n <= aLen; i++) if (a[i] === b[from] && sameRun(a, i, b, from, n)) return true;
  return false;
}
