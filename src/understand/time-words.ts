// The words of the HCP's time cue ("You've got me till I reach room nine", "that's the ICU paging me"),
// kept for the rest of the call: a rep who says them back ("Room nine's waiting", "Go on, answer that
// page") is working to the HCP's clock. Numbers are left out: "thanks for the fifteen minutes" and "ten
// minutes next Thursday" name time without giving any back.
import type { Conversation } from './conversation.js';
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hitsAnyWithin, type Said } from './said.js';
import { clauseAround } from './text-clauses.js';
import type { TurnReading } from './types.js';

/** Saying a cue word back is a short sentence or opens one ("Room nine's waiting, Doc."), not a clause deep in a claim that names the chart. */
const ECHO_SENTENCE_WORDS = 10;
const ECHO_CLAUSE_WORDS = 8;

/**
 * After an HCP turn is read: the words its time-cue sentences (the cue's and any other with a time phrase)
 * bring into the call for the first time. A word she says again with no cue is a topic of the call
 * ("I need counseling to be quick" … "How long would counseling take?"), not where she has to be.
 */
export function rememberTimeWords(
  conv: Conversation,
  s: Said,
  reading: TurnReading,
  generic: ReadonlySet<string>,
): void {
  const cue = reading.acts.find((a) => a.act === 'time_cue');
  if (cue === undefined) {
    for (const w of s.content) conv.timeWords.delete(w);
    return;
  }
  for (const sent of s.text.sentences) {
    const cued = s.hits.within('hcp.timeCue', sent.t0, sent.t1).length > 0;
    if (!cued && (sent.end <= cue.evidence.start || sent.start >= cue.evidence.end)) continue;
    for (let t = sent.t0; t < sent.t1; t++) {
      const tok = s.text.tokens[t]!;
      if (tok.s !== '' && !generic.has(tok.s) && !conv.hcpWords.has(tok.s) && !conv.repFirst.has(tok.s))
        conv.timeWords.add(tok.s);
    }
  }
}

/** A short clause of the rep turn that says a word of the HCP's time cue back, outside any product talk. */
export function echoedTimeWord(r: RepTurn): PhraseHit | undefined {
  const { conv, s } = r;
  if (conv.timeWords.size === 0 || r.found.has('rebuttal')) return undefined;
  const { tokens, sentences } = s.text;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.s === '' || !conv.timeWords.has(tok.s)) continue;
    const sent = sentences[tok.sent]!;
    const [a, b] = clauseAround(s.text, t, sent.t0, sent.t1);
    if (b - a > ECHO_CLAUSE_WORDS || (a > sent.t0 && sent.t1 - sent.t0 > ECHO_SENTENCE_WORDS)) continue;
    if (hitsAnyWithin(s, ['rep.productFacts', 'rep.benefit'], a, b)) continue;
    return { list: '', phrase: s.text.raw.slice(tokens[a]!.start, tokens[b - 1]!.end), t0: a, t1: b };
  }
  return undefined;
}
