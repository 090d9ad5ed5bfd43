// Exploring: asking what lies behind an objection, a feeling or a problem the HCP just voiced.
import type { RepTurn } from './found.js';
import { needSentences } from './hcp-acts.js';
import { isQuestionKind } from './questions.js';
import { concernBefore, OBJECTING_ACTS } from './rep-concerns.js';
import { firstIn, hasIn, hitEvidence, sentenceContent, sentenceEvidence, sentenceHasWord, sharesWord } from './said.js';
import type { Act } from './types.js';

const YOU = new Set(['you', "you're", "you've", "you'd", 'your']);
const WH = new Set(['what', "what's", 'which', 'where', "where's", 'why', 'how', 'when']);

/** The HCP's last turn gave a cue to look behind: a feeling, or signs of switching off. */
const cueBefore = (r: RepTurn): boolean =>
  r.prev !== undefined &&
  ((['emotion_cue', 'disinterest_cue'] as const).some((a) => r.conv.has(r.prev!.i, a)) ||
    needSentences(r.prev).length > 0);

// What a patient pays turns on the plan, and the plan's rules on cost: a question on either explores both.
const TOPIC_LISTS: readonly [Act, string][] = [
  ['objection_cost', 'hcp.cost'],
  ['objection_cost', 'hcp.access'],
  ['objection_access', 'hcp.access'],
  ['objection_access', 'hcp.cost'],
  ['objection_safety', 'hcp.safety'],
  ['objection_evidence', 'hcp.evidence'],
  ['objection_status_quo', 'rep.currentPractice'],
];

/** Content words of the sentences that carried the HCP's objection (its evidence spans). */
function objectionWords(r: RepTurn): Set<string> {
  const out = new Set<string>();
  const prev = r.prev;
  const reading = prev === undefined ? undefined : r.conv.readingOf(prev.i);
  if (prev === undefined || reading === undefined) return out;
  for (const a of reading.acts) {
    if (!OBJECTING_ACTS.includes(a.act)) continue;
    for (let k = 0; k < prev.text.sentences.length; k++) {
      const sent = prev.text.sentences[k]!;
      if (sent.end <= a.evidence.start || sent.start >= a.evidence.end) continue;
      for (const w of sentenceContent(prev, k)) out.add(w);
    }
  }
  return out;
}

export function readExplore(r: RepTurn): void {
  const { s } = r;
  // A probing phrase explores any cue or problem the HCP just voiced ("That bad? Which one burned you?");
  // a question that only shares a word with it explores an objection, not a need.
  const objection = concernBefore(r);
  if (!objection && !cueBefore(r)) return;
  const words = objection ? objectionWords(r) : new Set<string>();
  const topics = TOPIC_LISTS.filter(([act]) => r.conv.has(r.prev!.i, act)).map(([, list]) => list);
  for (const q of r.sentences) {
    // "Could you try it on the patients where falls make you hesitate?" asks for a step, not what lies behind.
    // "Here's where it falls short." describes the product; a statement explores only when it is about
    // her ("I imagine you're looking at it with more skepticism") or asks inside it ("I'd like to
    // understand what would need to change").
    const hit = q.kind === 'ask' ? undefined : firstIn(s, 'rep.explore', q.k);
    const asksWithin = hit !== undefined && WH.has(hit.phrase.split(' ')[0]!);
    const phrase = isQuestionKind(q.kind) || asksWithin || sentenceHasWord(s, q.k, YOU) ? hit : undefined;
    // After "We're fine with it", "What worries you most about your diabetes patients?" is a stock probe that
    // leaves her objection where it was: after an objection alone, a probe for what weighs most must point back at it.
    const stock = objection && !cueBefore(r) && phrase !== undefined && !pointsBack(r, q.k, words, topics);
    if (phrase !== undefined && !stock) {
      r.found.add('explore', hitEvidence(s, phrase, 'asks about what lies behind it: "{phrase}"'));
      return;
    }
    if (!objection || !isQuestionKind(q.kind)) continue;
    // Asking on the objection's own topic ("What are they paying now?" after a cost worry) explores it.
    const onTopic = topics.some((list) => hasIn(s, list, q.k));
    // A yes/no or single-fact question that only shares a word ("Do you refer to sleep medicine?") asks about something else.
    const shares = q.kind !== 'closed' && sharesWord(sentenceContent(s, q.k), words);
    if (onTopic || shares) {
      r.found.add('explore', sentenceEvidence(s, q.k, 'asks about the concern the HCP just raised'));
      return;
    }
  }
}

/** Words that point a probe back at what she just said: "what makes you say that", "why", "what about it". */
const BACK = new Set(['that', "that's", 'it', "it's", 'this', 'those', 'them', 'why', 'there', 'so', 'one', 'ones']);

/** A pointer word in sentence k; "the thing that worries you" ties a clause to a noun, not back to her. */
function pointerIn(r: RepTurn, k: number): boolean {
  const { tokens, sentences } = r.s.text;
  const { t0, t1 } = sentences[k]!;
  for (let i = t0; i < t1; i++) {
    const before = tokens[i - 1];
    const relative =
      tokens[i]!.w === 'that' && i > t0 && before !== undefined && (before.s !== '' || before.w === 'thing');
    if (BACK.has(tokens[i]!.w) && !relative) return true;
  }
  return false;
}

/** Words of a probe for whatever weighs on her most, asked the same in any call ("What worries you most…?"). */
const MOST = new Set(['most', 'biggest', 'main', 'top', 'greatest', 'hardest', 'toughest', 'worst']);

/** Sentence k points back at her objection: a pointer word, a word of hers, or her objection's topic; only a probe for what weighs most needs to. */
function pointsBack(r: RepTurn, k: number, words: Set<string>, topics: readonly string[]): boolean {
  return (
    !sentenceHasWord(r.s, k, MOST) ||
    pointerIn(r, k) ||
    sharesWord(sentenceContent(r.s, k), words) ||
    topics.some((list) => hasIn(r.s, list, k))
  );
}
