// A clipped answer to a rep who asked for a problem ("What slows your team down most?" → "Refills. Constant
// refill calls.") or for a count of her patients ("How many?" → "Forty, fifty a month."): a need or her
// situation said in a few words, which the length rule for needs would miss.
import type { HcpTurn } from './found.js';
import { NEGATION } from './hcp-cues.js';
import { askedIn, hasHcp, sentenceContent, sentenceHasWord, sentenceWords, type Said } from './said.js';

/** A problem named in answer is a short phrase; a longer sentence is read as any other. */
const MAX_WORDS = 8;

/** Words that make a short answer no problem of hers: about the rep ("You asked about…"). */
const ABOUT_REP = new Set(['you', 'your', "you're", "you've"]);

const NONE: readonly number[] = [];

/**
 * The sentences of the turn that name a problem the rep's last question asked for; none when it asked for none.
 * Worked out once a turn and kept on it: the need reader and the need words (read.ts) both ask.
 */
export const problemAnswers = (h: HcpTurn): readonly number[] => (h.s.answers ??= findAnswers(h));

function findAnswers(h: HcpTurn): readonly number[] {
  const { s, prev } = h;
  if (prev === undefined || hasHcp(s, 'nonAnswer')) return NONE;
  // "Roughly how many go through the pre-op clinic?" → "Forty, fifty a month. Growing.": her patients, counted.
  const counted = asksCount(prev)
    ? s.text.sentences.findIndex((x) => s.text.tokens.slice(x.t0, x.t1).some((t) => COUNTS.test(t.w)))
    : -1;
  if (counted >= 0 && sentenceWords(s, counted) <= MAX_WORDS) return [counted];
  if (!askedIn(prev, 'hcp.problemAsked')) return NONE;
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

/** Counts that answer "How many?" ("About twenty."); "a few" and "some" say as little as a shrug. */
export const COUNTS =
  /^(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half)(?:-\w+)?$/;

/** Words of a question that asks how many of her patients: "How many go through the clinic?", "What volume…?". */
const COUNT_ASKED = new Set(['many', 'volume', 'number', 'percentage', 'proportion']);

/** "How many years…?" asks how long, small talk: no count of her patients. */
const SPANS = new Set(['years', 'year', 'months', 'weeks', 'days', 'times', 'hours', 'minutes']);

/** The rep's last question asked for a count of hers. */
function asksCount(prev: Said): boolean {
  const { tokens, sentences } = prev.text;
  return sentences.some(
    (x) =>
      x.q && tokens.slice(x.t0, x.t1).some((t, i) => COUNT_ASKED.has(t.w) && !SPANS.has(tokens[x.t0 + i + 1]?.w ?? '')),
  );
}
