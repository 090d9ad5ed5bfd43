// The call framed in time or in order (ACTS.md: a purpose "proposes an agenda or time frame for the
// call"): "Have you got a couple of minutes?", "Thirty seconds and I'm out.", "first to understand how
// you manage them, then one data point". The drug's time ("works within thirty minutes") frames nothing.
import type { PhraseHit } from './phrases.js';
import { hasIn, sentenceHasWord, type Said } from './said.js';

/** Units of a call's time. */
const UNITS = new Set(['sec', 'secs', 'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'moment']);
/** Words for "one" before a unit that are no number: "a minute", "quick sec", "a couple of minutes". */
const ONE = new Set(['a', 'quick', 'one', 'couple', 'few']);
/** Words before a count that make it the drug's or the patient's time: "within thirty minutes", "takes two minutes". */
const NOT_THE_CALL = new Set(
  'in within after over every under per than takes take took lasts last infused infusion injection ago later'.split(
    ' ',
  ),
);
/** Verbs that ask for or grant the call's time: "Could you give me two minutes?", "I'll take ninety seconds". */
const BUDGET = new Set(['have', 'got', 'give', 'spare', 'take', 'borrow', 'grab', 'steal', 'need', 'keep', 'only']);
/** Words that may open the clause a frame starts: "so thirty seconds, I promise", "then ninety seconds". */
const OPENERS = new Set(['so', 'then', 'just', 'only', 'literally']);
/** A first-person promise about the rep's own time: "I'll be in and out in half a minute", "I'll restrict myself to five minutes". */
const PROMISE = new Set(["i'll", "we'll"]);
/** Words that open a clause about something other than the rep's time. */
const OTHER_SUBJECTS = new Set([
  'that',
  'it',
  "it's",
  'they',
  "they're",
  'which',
  'who',
  'patients',
  'he',
  'she',
  'most',
]);
/** Words before the count a promise may use of the call's time: "in half a minute", "under five minutes". */
const PROMISED_LENGTH = new Set(['in', 'within', 'under']);
/** Words walked over back from the count: "about a minute", "half a minute". */
const COUNT_LEAD = new Set(['a', 'about', 'half']);
/** Most words in a question that asks for the call's time and nothing else ("Have you got a couple of minutes?"). */
const SHORT_ASK = 8;

/** The first time frame the rep gives the call; `echo` is the HCP's last turn, whose own count the rep only repeats. */
export function timeFrame(s: Said, echo: Said | undefined): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const [k, sent] of sentences.entries()) {
    // "Ten minutes next week?", "I'll come back for fifteen minutes": the time of a meeting to come.
    if (LATER.some((key) => hasIn(s, key, k)) || sentenceHasWord(s, k, FUTURE)) continue;
    for (let u = sent.t0 + 1; u < sent.t1; u++) {
      if (!UNITS.has(tokens[u]!.w)) continue;
      // "a couple of minutes": the count sits before "of".
      const c = tokens[u - 1]!.w === 'of' && u - 2 >= sent.t0 ? u - 2 : u - 1;
      const count = tokens[c]!;
      if (!count.num && !ONE.has(count.w)) continue;
      let t0 = c;
      while (t0 > sent.t0 && COUNT_LEAD.has(tokens[t0 - 1]!.w) && !tokens[t0]!.breakBefore) t0--;
      const before = [tokens[t0 - 1], tokens[t0 - 2]].filter((t) => t !== undefined && t.sent === count.sent);
      const promised = promisedInClause(s, t0, sent.t0);
      if (before.some((t) => NOT_THE_CALL.has(t!.w) && !(promised && PROMISED_LENGTH.has(t!.w)))) continue;
      if (echo !== undefined && said(echo, count.w, tokens[u]!.w)) continue;
      const clauseStart = t0 === sent.t0 || tokens[t0]!.breakBefore;
      const opened =
        clauseStart || (OPENERS.has(tokens[t0 - 1]!.w) && (t0 - 1 === sent.t0 || tokens[t0 - 1]!.breakBefore === true));
      const budget = before.some((t) => BUDGET.has(t!.w));
      const asked = sent.q && (budget || sent.t1 - sent.t0 <= SHORT_ASK);
      if (!asked && !opened && !budget && !promised) continue;
      const phrase = s.text.raw.slice(tokens[t0]!.start, tokens[u]!.end);
      return { list: '', phrase, t0, t1: u + 1 };
    }
  }
  return undefined;
}

/** Whether the clause before the count holds the rep's promise ("so I'll be in and out in…"). */
function promisedInClause(s: Said, t0: number, sentT0: number): boolean {
  const { tokens } = s.text;
  for (let i = t0 - 1; i >= sentT0; i--) {
    if (PROMISE.has(tokens[i]!.w)) return true;
    // "I'll show you that it works in thirty minutes": the count is the drug's, in a clause of its own.
    if (tokens[i]!.breakBefore || OTHER_SUBJECTS.has(tokens[i]!.w)) break;
  }
  return false;
}

/** Lists whose words put a count of minutes on a later meeting. */
const LATER = ['rep.when', 'rep.roughWhen', 'rep.vagueSteps'];
const FUTURE = new Set(['week', 'weeks', 'month', 'months', 'tomorrow', 'later', 'again', 'back', 'sometime']);

/** Whether the turn says the count and unit ("Two minutes."), which the rep then only repeats. */
function said(s: Said, count: string, unit: string): boolean {
  const { tokens } = s.text;
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i]!.w === count && tokens[i + 1]!.w === unit) return true;
  return false;
}

/** Words that take a call's steps in order after a "first": "then", "after that", "next". */
const THEN = new Set(['then', 'next', 'after']);

/** "first to understand how you manage them, then one data point": the call laid out in order from a clause-opening "first". */
export function laidOutInOrder(s: Said): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const sent of sentences)
    for (let i = sent.t0; i < sent.t1; i++) {
      const t = tokens[i]!;
      if (t.w !== 'first' || !(i === sent.t0 || t.breakBefore || tokens[i - 1]!.w === 'and')) continue;
      for (let j = i + 2; j < sent.t1; j++)
        if (THEN.has(tokens[j]!.w) && (tokens[j]!.breakBefore || tokens[j - 1]!.w === 'and'))
          return { list: '', phrase: `first … ${tokens[j]!.w}`, t0: i, t1: j + 1 };
    }
  return undefined;
}
