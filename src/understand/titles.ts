// Forms of address, before a name ("Dr. Okafor", "Sister Wanjiru") or in place of one ("Thanks, Doc"):
// capitalized, yet no product, trial or person of their own.
export const TITLES: ReadonlySet<string> = new Set([
  'dr',
  'doctor',
  'doc',
  'mr',
  'mrs',
  'ms',
  'miss',
  'nurse',
  'sister',
  'professor',
  'prof',
]);
