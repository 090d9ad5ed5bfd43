// Arguing past her after conceding: a short concession and then "But…", "However…", "Still,…" or
// ", but" in the same sentence, with the product's case after it; and the "buts" that do not argue
// (asking on, turning to learn); and contradicting her before hearing her out ("Actually, …"). Read for
// rep-concerns.ts.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { firstIn, hasIn, hitsIn, repHits } from './said.js';
import { endsClause } from './text-clauses.js';
import { namesIn, namesSomething } from './rep-links.js';

/** Most words of a concession before the "But…" that argues past it. */
const CONCESSION_SENTENCE_WORDS = 24;
/** The words that turn a sentence against the one before ("Actually, …" opens a point, not a turn). */
const YET = new Set(['but', 'however', 'still', 'only', 'that said', 'even so', 'nevertheless', 'nonetheless']);
/** What makes the sentence after the "But" an argument for the product. */
const ARGUING = ['rep.benefit', 'rep.hype', 'rep.superiority', 'rep.dismissal', 'rep.productFacts'];
/** Sentence k argues for the product: a claim, a dismissal or the product's name. */
const arguesFor = (r: RepTurn, k: number): boolean =>
  ARGUING.some((list) => hasIn(r.s, list, k)) || namesSomething(r, k);

/**
 * "Yes, this is clear. But if you add the nurse time, the gap becomes much smaller.", "I take it seriously.
 * Still, the systolic hardly moved.": after pushback, a short concession in words of its own and then a
 * sentence opening on "But" that argues for the product is a rebuttal, whatever the concession says.
 */
export function concededThenArgued(r: RepTurn, raised: boolean): PhraseHit | undefined {
  if (!raised) return undefined;
  const { sentences } = r.s.text;
  const inClause = butInFirstSentence(r);
  if (inClause !== undefined) return inClause;
  let words = 0;
  for (let j = 0; j < Math.min(3, sentences.length); j++) {
    const sent = sentences[j]!;
    const turn = j === 0 ? undefined : (r.s.hits.at('rep.contrast', sent.t0) ?? stillOpens(r, j));
    if (turn !== undefined && YET.has(turn.phrase)) return arguesFor(r, j) && !turnsToLearn(r, turn) ? turn : undefined;
    words += sent.t1 - sent.t0;
    if (sent.q || words > CONCESSION_SENTENCE_WORDS || arguesFor(r, j)) return undefined;
  }
  return undefined;
}

/** Most words of a concession clause before ", but" in the same sentence. */
const CONCESSION_CLAUSE_WORDS = 10;

/**
 * "I can appreciate that, but it's peer-reviewed, so the data's rock-solid.", "Yep, and I know cost is part
 * of it, but a flare costs more": a short concession clause, then ", but" and the product's case in the
 * rest of the sentence.
 */
function butInFirstSentence(r: RepTurn): PhraseHit | undefined {
  const sent = r.s.text.sentences[0];
  if (sent === undefined || sent.q) return undefined;
  const { tokens } = r.s.text;
  for (let i = sent.t0 + 1; i < Math.min(sent.t1, sent.t0 + CONCESSION_CLAUSE_WORDS + 1); i++) {
    if (tokens[i]!.w !== 'but' || !tokens[i]!.breakBefore) continue;
    if (ARGUING.some((list) => r.s.hits.within(list, sent.t0, i).length > 0)) return undefined;
    // "You mentioned the flat budget: the drug costs more, but…" ties the case to her point before weighing it.
    if (r.s.hits.within('rep.linkFrames', sent.t0, i).length > 0) return undefined;
    const h = { list: 'rep.contrast', phrase: 'but', t0: i, t1: i + 1 };
    const argued =
      ARGUING.some((list) => r.s.hits.within(list, i + 1, sent.t1).length > 0) || namesIn(r.conv, r.s, i + 1, sent.t1);
    return argued && !turnsToLearn(r, h) ? h : undefined;
  }
  return undefined;
}

/**
 * "I see your point. But which of your patients fell on the older ones?": a "But" opening a question that argues
 * nothing asks on about her, not against her; so does a "But" sentence that argues nothing and leads into a
 * question ("But I'd like your patients' side of it first. What stops them?").
 */
export function asksOn(r: RepTurn, h: PhraseHit): boolean {
  const k = r.s.text.tokens[h.t0]!.sent;
  const sents = r.s.text.sentences;
  const sent = sents[k]!;
  if (h.t0 !== sent.t0 || arguesFor(r, k)) return false;
  return sent.q || (sents[k + 1]?.q === true && !arguesFor(r, k + 1));
}

/** Most words between a "but" and the wish to learn it turns to ("but I'd like to understand…"). */
const LEARN_AFTER = 4;

/** "That's fair, but I'd like to understand which patients…": the "but" turns to her, not against her. */
export function turnsToLearn(r: RepTurn, h: PhraseHit): boolean {
  const { tokens } = r.s.text;
  const sent = tokens[h.t0]!.sent;
  return repHits(r.s, 'learnVerbs').some(
    (v) => v.t0 >= h.t1 && v.t0 <= h.t1 + LEARN_AFTER && tokens[v.t0]!.sent === sent,
  );
}

/** Verbs of passing a point by ("skate past", "gloss over", "wave away"). */
const PASS_OVER = new Set([
  'skate',
  'gloss',
  'ignore',
  'brush',
  'wave',
  'dismiss',
  'skip',
  'sidestep',
  'downplay',
  'minimize',
  'minimise',
]);
/** Most words between the turn and the denied passing-over ("Still, I won't skate past…"). */
const PASS_AFTER = 5;

/** "Still, I won't skate past the muscle issue.": the turn promises to stay on her point, not to argue it away. */
export function staysOnHerPoint(r: RepTurn, h: PhraseHit): boolean {
  const { tokens } = r.s.text;
  const sent = tokens[h.t0]!.sent;
  for (let i = h.t1; i < Math.min(tokens.length, h.t1 + PASS_AFTER); i++) {
    const t = tokens[i]!;
    if (t.sent !== sent) return false;
    if (PASS_OVER.has(t.w) && t.neg) return true;
  }
  return false;
}

/** "Still, the numbers are very clear.", "Only, this composite is the point.": a sentence-opening "still" or
 * "only" set off by a comma turns as "But" does. */
export function stillOpens(r: RepTurn, k: number): PhraseHit | undefined {
  const { t0 } = r.s.text.sentences[k]!;
  const { tokens } = r.s.text;
  const w = tokens[t0]?.w;
  if ((w !== 'still' && w !== 'only') || tokens[t0 + 1]?.breakBefore !== true) return undefined;
  return { list: 'rep.contrast', phrase: w, t0, t1: t0 + 1 };
}

/** Words that open a short concession before a "but" ("Okay, but…", "Yes, it's printed there, but…"). */
const CONCEDES = new Set([
  'okay',
  'ok',
  'yes',
  'yeah',
  'sure',
  'right',
  'true',
  'fair',
  'granted',
  'agreed',
  'quite',
  'naturally',
  'absolutely',
  'certainly',
  'indeed',
  'totally',
  'definitely',
  'understood',
]);
/** Words right after a "but" that argue ("but with respect, …", "but surely…", "but candidly…"). */
const ARGUES = new Set(['surely', 'candidly', 'frankly', 'respectfully', 'with', 'honestly', 'really', 'actually']);
const CONCESSION_WORDS = 6;

/** "…, but with respect, those data…", "…, but surely…": a "but" that argues, whatever came before it. */
function argues(r: RepTurn, x: PhraseHit): boolean {
  const next = r.s.text.tokens[x.t1];
  if (x.phrase !== 'but' || next === undefined || !ARGUES.has(next.w)) return false;
  return next.w !== 'with' || r.s.text.tokens[x.t1 + 1]?.w === 'respect';
}

/** Words that press an ask on past her concern: "Still, …", "…, though, …", "Regardless, …". */
const PRESSING = new Set(['still', 'though', 'regardless', 'anyway', 'nonetheless', 'nevertheless']);

/** An ask that opens on a pressing word, or carries one set off by commas, after her concern. */
function pressesOn(r: RepTurn, k: number): PhraseHit | undefined {
  const { tokens, sentences } = r.s.text;
  const sent = sentences[k]!;
  for (let i = sent.t0; i < sent.t1; i++) {
    const t = tokens[i]!;
    if (!PRESSING.has(t.w)) continue;
    const setOff = i === sent.t0 ? tokens[i + 1]?.breakBefore === true : t.breakBefore && endsClause(r.s.text, i);
    if (setOff) return { list: 'rep.contrast', phrase: t.w, t0: i, t1: i + 1 };
  }
  return undefined;
}

/** Sounds before a concession ("Ah sure, but…", "Oh yes, but…"). */
const INTERJECTIONS = new Set(['ah', 'oh', 'well', 'look', 'listen', 'hmm', 'mm']);
const afterInterjection = (r: RepTurn, t: number): number =>
  INTERJECTIONS.has(r.s.text.tokens[t]?.w ?? '') ? t + 1 : t;

/** "Actually, …", "But the data …" as the first word after an objection (the caller checks there was one): contradicting before hearing it out. */
export function openingContrast(r: RepTurn) {
  if (r.sentences.length === 0) return undefined;
  const first = r.sentences[0]!;
  const sent = r.s.text.sentences[first.k]!;
  // "But for the right patient, might you be willing to try it?" presses on past the concern.
  if (first.kind === 'ask' && r.s.text.tokens[sent.t0]!.w === 'but') return r.s.hits.at('rep.contrast', sent.t0);
  // "Still, would you give it a try…?", "Would you try it, though, …?": the ask presses on all the same.
  if (first.kind === 'ask') return pressesOn(r, first.k);
  // "Okay, but surely X is what they want, isn't it?" argues as a leading question as well.
  if (first.kind !== 'statement' && first.kind !== 'closed') return undefined;
  const hollow = r.s.hits.at('rep.hollowAcknowledgment', sent.t0);
  const h = first.kind === 'statement' ? r.s.hits.at('rep.contrast', hollow?.t1 ?? sent.t0) : undefined;
  if (h !== undefined && h.phrase !== 'though') return h;
  // "Okay, but surely…", "Yes, it's printed there, but frankly…": a short concession, then the counter.
  const soon = hitsIn(r.s, 'rep.contrast', first.k).find(
    (x) =>
      x.phrase !== 'though' &&
      x.t0 > sent.t0 &&
      x.t0 - sent.t0 <= CONCESSION_WORDS &&
      (CONCEDES.has(r.s.text.tokens[afterInterjection(r, sent.t0)]!.w) || argues(r, x)),
  );
  if (soon !== undefined) return soon;
  // "Because Cardexa is better." to "Why would I switch?": insisting, not hearing the objection out.
  return first.kind === 'statement' && hollow === undefined && !hasIn(r.s, 'rep.acknowledgment', first.k)
    ? firstIn(r.s, 'rep.superiority', first.k)
    : undefined;
}
