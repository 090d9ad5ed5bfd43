// When a rep's step is: a sentence that names a time (a weekday, a date, "12:30", "the 14th"), and a
// meeting laid out as a day and a length with no verb ("Thursday next week, 3:40, ten minutes").
import type { RepTurn } from './found.js';
import { hasIn, overlapsSentence, type Said } from './said.js';

const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
const CLOCK_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:fifteen|thirty|forty-five|forty)$/;
const ORDINAL_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'tenth',
  'fourteenth',
  'fifteenth',
  'eighteenth',
  'twentieth',
  'twenty-first',
  'twenty-second',
  'twenty-third',
]);

/** Tokens of sentence k that name a time: weekdays, dates, "12:30", "the 14th", "two forty-five". */
export function namesTime(s: Said, k: number): boolean {
  if (hasIn(s, 'rep.when', k)) return true;
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0; i < t1; i++) {
    const w = s.text.tokens[i]!.w;
    // "14th" and "12:30" open on a digit, "two-thirty" has a hyphen: most words need no regex.
    const digit = w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
    if ((digit && (ORDINAL.test(w) || CLOCK.test(w))) || (w.includes('-') && CLOCK_WORDS.test(w))) return true;
    if (
      w === 'the' &&
      ORDINAL_WORDS.has(s.text.tokens[i + 1]?.w ?? '') &&
      /^(?:of|at|on)$/.test(s.text.tokens[i + 2]?.w ?? 'on')
    )
      return true;
  }
  return false;
}

/** Words of a meeting's length: "ten minutes", "fifteen mins". */
const LENGTH = new Set(['minutes', 'mins', 'minute']);
/** Words that put a named day in the past: "last Thursday", "on Tuesday she spent…". */
const BEHIND = new Set(['last', 'ago', 'was', 'were', 'spent', 'took', 'had', 'did']);

/** "Thursday next week, 3:40, ten minutes in your consulting room.": a meeting laid out as a day and a length, with no verb needed. */
export function meetingLaidOut(r: RepTurn, k: number): boolean {
  const { s } = r;
  // "Five minutes on how you evaluate it, ten on the data": the minutes of this call are its agenda.
  const purpose = r.found.get('purpose');
  if (!namesTime(s, k) || (purpose !== undefined && overlapsSentence(s, k, purpose))) return false;
  const { t0, t1 } = s.text.sentences[k]!;
  const { tokens } = s.text;
  let length = false;
  for (let i = t0; i < t1; i++) {
    if (BEHIND.has(tokens[i]!.w)) return false;
    length ||= LENGTH.has(tokens[i]!.w) && i > t0 && tokens[i - 1]!.num;
  }
  return length;
}
