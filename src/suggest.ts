// "Did you mean": the known names closest to a mistyped one.
/** Optimal string alignment distance: a swapped pair of letters ("lsit") costs 1, like a typo. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Up to `max` candidates, closest first; substring matches count as close. */
export function closestNames(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  return candidates
    .map((c) => {
      const d = editDistance(needle, c.toLowerCase());
      const contains = c.includes(needle) || needle.includes(c);
      return { c, d: contains ? Math.min(d, 1) : d };
    })
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map(({ c }) => c);
}
