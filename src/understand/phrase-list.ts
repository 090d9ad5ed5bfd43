// How the lexicon files write a phrase list: one '|'-separated string, which keeps long lists readable as data.

/** "a|b | c|" → ['a', 'b', 'c']: each phrase trimmed, empty ones dropped. */
export const phraseList = (s: string): string[] =>
  s
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== '');
