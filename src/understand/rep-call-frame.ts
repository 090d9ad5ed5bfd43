// The call framed in time or in order (ACTS.md: a purpose "proposes an agenda or time frame for the
// call"): "Have you got a couple of minutes?", "Thirty seconds and I'm out.", "first to understand how
// you manage them, then one data point", "three quick items: …". The drug's time ("works within thirty
// minutes") frames nothing.
import type { PhraseHit } from './phrases.js';
import { hasIn, sentenceHasWord, type Said } from './said.js';
import { colonBefore } from './text-clauses.js';

/** Units of a call's time. */
export const CALL_UNITS: ReadonlySet<string> = new Set([
  'sec',
  'secs',
  'second',
  'seconds',
  'minute',
  'minutes',
  'min',
  'mins',
  'moment',
]);
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
      if (!CALL_UNITS.has(tokens[u]!.w)) continue;
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
      // "First the data, then." ends on its "then": a "so", with no second item after it.
      for (let j = i + 2; j < sent.t1 - 1; j++)
        if (THEN.has(tokens[j]!.w) && (tokens[j]!.breakBefore || tokens[j - 1]!.w === 'and'))
          return { list: '', phrase: `first … ${tokens[j]!.w}`, t0: i, t1: j + 1 };
    }
  return undefined;
}

/** One item of a call laid out in order: "One question, then…". */
const ONE_ITEM = new Set(['question', 'thing', 'item', 'topic', 'point', 'subject', 'issue', 'matter']);
/** Words that may sit between a count and its items: "three quick items", "two short questions". */
const ITEM_SIZE = new Set(['quick', 'short', 'brief', 'small', 'main', 'key', 'big', 'little']);
/** Words that hold the call to one item: "just one question", "one thing only". */
const ONLY = new Set(['just', 'only']);
/** Words a counted share of the call is spent on: "five on the results", "ten minutes on…", "the rest on…". */
const SHARE_UNITS = new Set(['minutes', 'minute', 'mins', 'min', 'rest', 'remainder']);

/** "Three things I'm after: …": a colon ends the clause that counts the items, within a few words. */
function colonSoon(s: Said, from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 4); j++) if (s.text.tokens[j]!.breakBefore) return colonBefore(s.text, j);
  return from < end && colonBefore(s.text, from);
}

/** "Three items for today:", "five on the results, ten on…": the call's minutes or items counted out (items only before the HCP raised anything: "So three things: cost, …" recaps hers). */
export function countedOut(s: Said, fresh: boolean): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const sent of sentences) {
    let shares = 0;
    for (let i = sent.t0; i < sent.t1; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      if (next === undefined || next.sent !== t.sent) continue;
      if ((t.num || SHARE_UNITS.has(t.w)) && (next.w === 'on' || next.w === 'for')) shares++;
      // Only a count (read while nothing was raised) or "one"/"single" can open the items below.
      if (!(fresh && t.num) && t.w !== 'one' && t.w !== 'single') continue;
      // "three items for today:", "two things:": a count of the call's topics, then the topics. "One question,
      // then something to leave with you": one item, then the next, lays out the call too.
      // One item then the next is a plan whatever she said before ("What's it about?"); a count may recap her list.
      const sized = ITEM_SIZE.has(next.w) && tokens[i + 2]?.sent === t.sent ? 1 : 0;
      const items = fresh && t.num && s.hits.at('rep.agendaItems', i + 1 + sized) !== undefined;
      const one = (t.w === 'one' || t.w === 'single') && ONE_ITEM.has(tokens[i + 1 + sized]!.w);
      if (items || one) {
        const rest = tokens.slice(i + 2 + sized, sent.t1);
        const today = rest.some((x) => x.w === 'today');
        const then = rest.some((x) => x.w === 'then' && x.breakBefore);
        // "One question, one page for you": a second item after the first lays it out as well.
        const another =
          one &&
          rest.some(
            (x, k) =>
              x.w === 'one' && (x.breakBefore || rest[k - 1]?.w === 'and' || ONE_ITEM.has(rest[k + 1]?.w ?? '')),
          );
        // "One thing only.", "just one topic": the call held to one item.
        const only = one && (rest[0]?.w === 'only' || ONLY.has(tokens[i - 1]?.w ?? ''));
        // "one issue and two minutes": the item, and the call's minutes.
        // "two minutes and one subject", "two minutes, single topic": the call's minutes, then the item.
        const joined = tokens[i - 1]?.w === 'and' ? 2 : t.breakBefore ? 1 : 0;
        const bounded =
          one &&
          ((rest[0]?.w === 'and' && rest[1]?.num === true && SHARE_UNITS.has(rest[2]?.w ?? '')) ||
            (joined > 0 && SHARE_UNITS.has(tokens[i - joined]?.w ?? '') && tokens[i - joined - 1]?.num === true));
        if (then || another || only || bounded || (items && (today || colonSoon(s, i + 2, sent.t1))))
          return {
            list: '',
            phrase: tokens
              .slice(i, i + 2 + sized)
              .map((x) => x.w)
              .join(' '),
            t0: i,
            t1: i + 2 + sized,
          };
      }
    }
    if (shares >= 2)
      return {
        list: '',
        phrase: s.text.raw.slice(tokens[sent.t0]!.start, tokens[sent.t1 - 1]!.end),
        t0: sent.t0,
        t1: sent.t1,
      };
  }
  return undefined;
}
