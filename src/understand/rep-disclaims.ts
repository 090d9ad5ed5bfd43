// "I'm not here to talk you out of something that works.", "Piling on another option isn't my aim.",
// "Right, not those patients.": after her pushback, the rep saying what they will not push, or granting the
// group she took out, takes her stance as given, an acknowledgment in the rep's own words; a "but" after it
// argues on instead.
import type { RepTurn } from './found.js';
import { firstIn, type Said } from './said.js';

/** Where the disclaimer may stand: it answers her pushback at the turn's start. */
const FIRST_SENTENCES = 3;
/** "I'm not here to…", "I am really not trying to…": the rep as the one who will not push. */
const SELF = new Set(['i', "i'm", 'am']);
const SELF_REACH = 2;

/** The sentence among the turn's first few in which the rep disclaims pushing, or undefined. */
export function disclaimsPush(r: RepTurn): number | undefined {
  const { s } = r;
  const { sentences, tokens } = s.text;
  for (let k = 0; k < Math.min(FIRST_SENTENCES, sentences.length); k++) {
    const sent = sentences[k]!;
    const h = firstIn(s, 'rep.disclaimsPush', k);
    if (sent.q || h === undefined) continue;
    // "We're not trying to hide anything" defends the company; only the rep's own "not" disclaims.
    const bySelf =
      !h.phrase.startsWith('not ') ||
      [1, SELF_REACH].some((back) => h.t0 - back >= sent.t0 && SELF.has(tokens[h.t0 - back]!.w));
    if (bySelf && s.hits.within('rep.contrast', h.t1, sent.t1).length === 0) return k;
  }
  return undefined;
}

/** Words of a group she named, after "not": "not them", "not those patients". */
const HER_GROUP = new Set(['them', 'those', 'these', 'that', 'the']);
const GRANT_LEADS = new Set([
  'yes',
  'yeah',
  'yep',
  'okay',
  'ok',
  'right',
  'sure',
  'agreed',
  'fair',
  'exactly',
  'absolutely',
]);
/** Longer, and the sentence says more than yes to her group. */
const GRANT_WORDS = 6;

/** "Right, not those patients.", "Yep — not them.": sentence k says yes to the group she just took out. */
export function grantsExclusion(s: Said, k: number): boolean {
  const sent = s.text.sentences[k]!;
  const { tokens } = s.text;
  return (
    sent.t1 - sent.t0 <= GRANT_WORDS &&
    GRANT_LEADS.has(tokens[sent.t0]!.w) &&
    tokens[sent.t0 + 1]?.w === 'not' &&
    tokens[sent.t0 + 1]!.breakBefore &&
    HER_GROUP.has(tokens[sent.t0 + 2]?.w ?? '')
  );
}
