// "Did you mean": the known names closest to a mistyped one.
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
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
