// What the reader keeps of an HCP turn for the rest of the call: the words of the needs she stated and of
// the situation she described, which a rep's later point ties to (a priority link) or uses (tailoring).
import type { Conversation } from './conversation.js';
import { needSentences, sharedSentences } from './hcp-acts.js';
import { hasIn, hitsIn, overlapsSentence, type Said } from './said.js';
import { isAbbreviation } from './text-clauses.js';
import type { Act, TurnReading } from './types.js';

/** Remembers the turn's need and situation words; `answered` are sentences that answer "What worries you most?". */
export function rememberHcpWords(conv: Conversation, s: Said, reading: TurnReading, answered: readonly number[]): void {
  // A short answer to "What worries you most?" ("The hand-foot syndrome.") names a need too.
  const needs = [...new Set([...needSentences(s), ...answered])];
  // A turn that also pushes back on cost, access, safety or habit names what matters to her, doubts or not.
  const stakes = reading.acts.some((a) => STAKES.includes(a.act));
  const shrugged = shruggedYes(conv, s);
  for (const k of needs)
    if (stakes || !doubts(reading, s, k)) rememberWords(conv.needWords, s, k, shrugged, conv.needStarts);
  // "Did it exclude people who inject drugs? That's half my admissions.": the share points back at the group.
  for (const k of needs) if (sharePointsBack(s, k)) rememberWords(conv.needWords, s, k - 1, undefined, conv.needStarts);
  for (const k of sharedSentences(s, needs))
    if (stakes || !doubts(reading, s, k)) rememberWords(conv.situationWords, s, k);
}

/** Words that open a sentence about the group just named: "That's", "They make up", "Those are". */
const POINTERS = new Set(["that's", 'that', 'they', "they're", 'those', 'these']);

/** Sentence k gives a share of her panel ("That's close to half my admissions") for the group of the sentence before. */
function sharePointsBack(s: Said, k: number): boolean {
  return k > 0 && POINTERS.has(s.text.tokens[s.text.sentences[k]!.t0]!.w) && hasIn(s, 'hcp.panelShare', k);
}

/** "…sold my fellows on lung-function results that weren't real": a sentence that says the rep's claims were false names no priority to tie to. */
function doubts(reading: TurnReading, s: Said, k: number): boolean {
  // "Your numbers don't mean much to me" and "Show me the head-to-head" ask for proof, not for a fix.
  return (
    hasIn(s, 'hcp.distrust', k) ||
    reading.acts.some((a) => a.act === 'objection_evidence' && overlapsSentence(s, k, a.evidence))
  );
}
const STAKES: readonly Act[] = ['objection_cost', 'objection_access', 'objection_safety', 'objection_status_quo'];

/** Words that open a shrugged yes: "Yeah, sure, they skip pills." */
const YES = new Set(['yeah', 'yes', 'sure', 'yep', 'yup', 'uh-huh']);
/** Most words of a shrugged yes: a longer answer tells her own story. */
const SHRUG_WORDS = 12;

/**
 * "Is adherence an issue for your patients on several pills?" → "Yeah, sure, they skip pills.": a short yes to
 * the rep's closed question, in the rep's words, makes those words no priority of hers. Their words, to skip.
 */
function shruggedYes(conv: Conversation, s: Said): ReadonlySet<string> | undefined {
  const rep = conv.said[s.i - 1];
  if (rep?.speaker !== 'rep' || !conv.has(rep.i, 'closed_question') || s.words > SHRUG_WORDS) return undefined;
  return YES.has(s.text.tokens[0]?.w ?? '') ? rep.content : undefined;
}

/**
 * Content stems of sentence k, names left out: "Dr. Okafor" is nobody's priority, "the ACE dose" may be.
 * `starts` keeps the first four letters of each word kept (see Conversation.needStarts).
 */
function rememberWords(
  into: Map<string, number>,
  s: Said,
  k: number,
  skip?: ReadonlySet<string>,
  starts?: Set<string>,
): void {
  const sent = s.text.sentences[k]!;
  for (let t = disownedUpTo(s, k); t < sent.t1; t++) {
    const tok = s.text.tokens[t]!;
    if (tok.s === '' || !s.content.has(tok.s) || into.has(tok.s) || skip?.has(tok.s) === true) continue;
    if (tok.cap && !isAbbreviation(s.text, tok)) continue;
    into.set(tok.s, s.i);
    if (tok.s.length >= 4) starts?.add(tok.s.slice(0, 4));
  }
}

/** Where sentence k stops setting words aside: after its last "…but that's not the problem". */
function disownedUpTo(s: Said, k: number): number {
  const hits = hitsIn(s, 'hcp.disowns', k);
  return hits.length === 0 ? s.text.sentences[k]!.t0 : hits[hits.length - 1]!.t1;
}
