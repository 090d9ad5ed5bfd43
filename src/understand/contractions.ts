// People write "that is not true" as often as "that's not true", and say "gonna" for "going to": a
// phrase list written one way matches every form, so no list has to spell them all.
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "i'm": ['i', 'am'],
  "i'll": ['i', 'will'],
  "i'd": ['i', 'would'],
  "i've": ['i', 'have'],
  "you're": ['you', 'are'],
  "you'll": ['you', 'will'],
  "you'd": ['you', 'would'],
  "you've": ['you', 'have'],
  "we're": ['we', 'are'],
  "we'll": ['we', 'will'],
  "we'd": ['we', 'would'],
  "we've": ['we', 'have'],
  "they're": ['they', 'are'],
  "they'll": ['they', 'will'],
  "they've": ['they', 'have'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "what's": ['what', 'is'],
  "there's": ['there', 'is'],
  "here's": ['here', 'is'],
  "let's": ['let', 'us'],
  "isn't": ['is', 'not'],
  "aren't": ['are', 'not'],
  "wasn't": ['was', 'not'],
  "weren't": ['were', 'not'],
  "don't": ['do', 'not'],
  "doesn't": ['does', 'not'],
  "didn't": ['did', 'not'],
  "won't": ['will', 'not'],
  "can't": ['cannot'],
  "couldn't": ['could', 'not'],
  "wouldn't": ['would', 'not'],
  "shouldn't": ['should', 'not'],
  "haven't": ['have', 'not'],
  "hasn't": ['has', 'not'],
  // Said rather than written: transcribed speech spells them as heard.
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  kinda: ['kind', 'of'],
  lemme: ['let', 'me'],
  gimme: ['give', 'me'],
};

const EXPANDED = new Map(Object.entries(CONTRACTIONS).map(([short, long]) => [long.join(' '), short]));

/** A phrase with more forms than this keeps only its first ones: real phrases have one or two contractions. */
const MAX_SPELLINGS = 64;

/** Every way of writing a phrase's words: each contraction spelled out, each spelled-out pair contracted. */
export function spellings(words: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const forms: string[][] = [[w]];
    // Own keys only: a rubric phrase "constructor" is a word, not Object.prototype.constructor.
    const long = Object.hasOwn(CONTRACTIONS, w) ? CONTRACTIONS[w] : undefined;
    if (out.length >= MAX_SPELLINGS) {
      out = out.map((p) => [...p, w]);
      continue;
    }
    if (long !== undefined) forms.push([...long]);
    const pair = i + 1 < words.length ? EXPANDED.get(`${w} ${words[i + 1]}`) : undefined;
    if (pair !== undefined) {
      out = out.flatMap((p) => [
        [...p, w, words[i + 1]!],
        [...p, pair],
      ]);
      i++;
      continue;
    }
    out = out.flatMap((p) => forms.map((f) => [...p, ...f]));
  }
  return withHyphens(words, out);
}

/** "prior auth" and "prior-auth", "follow-up" and "follow up": one hyphen more or less is the same phrase. */
function withHyphens(words: readonly string[], out: string[][]): string[][] {
  const plain = (w: string) => /^[\p{L}\p{N}]+$/u.test(w);
  if (words.length === 2 && words.every(plain) && out.length < MAX_SPELLINGS) out.push([`${words[0]}-${words[1]}`]);
  if (words.some((w) => w.includes('-')) && out.length < MAX_SPELLINGS)
    out.push(words.flatMap((w) => (w.includes('-') ? w.split('-').filter((x) => x !== '') : [w])));
  return out;
}
