// An acknowledgment in the rep's own words: a short statement that judges what the HCP raised as
// weighty or valid ("Eight pens sitting there is a real hit for a shop your size.", "It's a legitimate
// weakness.", "For a retired teacher that's not a small thing."). No stock phrase is needed.
import type { RepTurn } from './found.js';
import { namesSomething } from './rep-links.js';
import { hitsAnyWithin } from './said.js';
import { clauseAround } from './text-clauses.js';

/** Linking words that make the judgment a statement about something ("is", "that's", "sounds", "must be"). */
const LINKS = new Set(['is', 'are', 'was', 'were', 'be', 'sounds', 'seems', 'looks', 'feels']);
const isLink = (w: string): boolean => LINKS.has(w) || (w.endsWith("'s") && w !== "let's");
/** The judgment follows its link closely: "is a real hit", "that's honestly a big deal". */
const REACH = 4;
/** Longer, and it is a claim of its own rather than a word on her point. */
const MAX_WORDS = 16;
/** Most words of a judgment said with no link ("A reasonable concern."). */
const BARE_WORDS = 4;
const ARTICLES = new Set(['a', 'an']);
const DEGREE = new Set(['very', 'really', 'totally', 'completely', 'entirely', 'perfectly', 'quite', 'super', 'fully']);
/** Said of the rep or the product, it is a pitch ("I'm a big believer", "our biggest problem was supply"). */
const SELF = new Set(['i', "i'm", 'we', "we're", 'our', 'my']);

/** Whether sentence k judges her point: a link, then an appraisal word soon after, in a short statement with no product in it. */
export function appraises(r: RepTurn, k: number): boolean {
  const { s } = r;
  const sent = s.text.sentences[k]!;
  if (sent.q || sent.t1 - sent.t0 > MAX_WORDS) return false;
  const { tokens } = s.text;
  // A name the HCP never said is the product, the trial or the company; hers ("Dr. Lee") is no pitch.
  if (namesSomething(r, k)) return false;
  // "A reasonable concern.", "A healthy scepticism; I would share it…": the judgment alone, with no link.
  let first = ARTICLES.has(tokens[sent.t0]!.w) ? sent.t0 + 1 : sent.t0;
  // "A very reasonable worry.": a word of degree before the judgment.
  if (DEGREE.has(tokens[first]?.w ?? '') && first < sent.t1 - 1) first++;
  const bare = s.hits.within('rep.appraisal', first, first + 1)[0];
  if (bare !== undefined && clauseAround(s.text, first, sent.t0, sent.t1)[1] - sent.t0 <= BARE_WORDS) return true;
  for (let i = sent.t0; i < sent.t1; i++) if (SELF.has(tokens[i]!.w)) return false;
  for (let i = sent.t0; i < sent.t1; i++) {
    if (!isLink(tokens[i]!.w)) continue;
    const [a, b] = clauseAround(s.text, i, sent.t0, sent.t1);
    for (const h of s.hits.within('rep.appraisal', i + 1, Math.min(b, i + 1 + REACH)))
      if (!denied(r, i, h.t0, h.phrase) && !pitches(r, a, b)) return true;
  }
  return false;
}

/** "That's not a real problem" denies the weight; "that's not a small thing" grants it in its own words. */
function denied(r: RepTurn, link: number, at: number, phrase: string): boolean {
  if (phrase.startsWith('no')) return false;
  for (let i = link; i <= at; i++) if (r.s.text.tokens[i]!.info.neg) return true;
  return false;
}

/** The clause makes the product's case ("the kidney endpoint is harder to bias"). */
const pitches = (r: RepTurn, a: number, b: number): boolean =>
  hitsAnyWithin(r.s, ['rep.benefit', 'rep.productFacts', 'rep.superiority'], a, b);
