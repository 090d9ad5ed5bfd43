// A clipped answer to a rep who asked for a problem ("What slows your team down most?" → "Refills. Constant
// refill calls."): a need said in a few words, which the length rule for needs would miss.
import type { HcpTurn } from './found.js';
import { NEGATION } from './hcp-cues.js';
import { hasHcp, hasIn, sentenceContent, sentenceHasWord, sentenceWords, type Said } from './said.js';

/** A problem named in answer is a short phrase; a longer sentence is read as any other. */
const MAX_WORDS = 8;

/** Words that make a short answer no problem of hers: about the rep ("You asked about…"). */
const ABOUT_REP = new Set(['you', 'your', "you're", "you've"]);

const NONE: readonly number[] = [];
/** Worked out once a turn: the need reader and the need words (read.ts) both ask. */
const answered = new WeakMap<Said, readonly number[]>();

/** The sentences of the turn that name a problem the rep's last question asked for; none when it asked for none. */
export function problemAnswers(h: HcpTurn): readonly number[] {
  let out = answered.get(h.s);
  if (out === undefined) answered.set(h.s, (out = findAnswers(h)));
  return out;
}

function findAnswers(h: HcpTurn): readonly number[] {
  const { s, prev } = h;
  if (prev === undefined || hasHcp(s, 'nonAnswer')) return NONE;
  if (!prev.text.sentences.some((x, k) => x.q && hasIn(prev, 'hcp.problemAsked', k))) return NONE;
  const open = h.conv.has(prev.i, 'open_question') || h.conv.has(prev.i, 'explore');
  if (!open && !h.conv.has(prev.i, 'closed_question')) return NONE;
  return s.text.sentences
    .map((_, k) => k)
    .filter((k) => {
      const sent = s.text.sentences[k]!;
      const first = s.text.tokens[sent.t0]!;
      // "Nothing keeps me up." denies one; "Sure, adherence is a problem." to "Is adherence a problem?" only says yes.
      if (NEGATION.has(first.w) || (!open && s.hits.at('hcp.agreeStart', sent.t0) !== undefined)) return false;
      return sentenceWords(s, k) <= MAX_WORDS && sentenceContent(s, k).size >= 1 && !sentenceHasWord(s, k, ABOUT_REP);
    });
}
