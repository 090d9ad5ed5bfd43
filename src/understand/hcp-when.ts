// A day or time in the HCP's answer to an ask: named (the plan made its own), accepted ("Thursday works"),
// or put off by a stall ("we'll have to see what Thursday looks like").
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';

const WHEN =
  /^(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|tonight|\d{1,2}(?:st|nd|rd|th)|\d{1,2}:\d{2}|fourteenth|twenty-first|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:fifteen|thirty|forty-five))(?:s|'s)?$/;

/** Days of the month said as words ("The ninth.", "the twenty-second"): a day only after "the" ("a fifth of them" is none). */
const ORDINAL_DAY =
  /^(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/;
/** Clock words for a time: "noon", "midday"; "quarter to", "half past" (a quarter alone is a share). */
const CLOCK_WORDS = new Set(['noon', 'midday']);
const PAST_OR_TO = new Set(['to', 'past']);

/** Whether token i names a day or a time. */
function isWhen(s: Said, i: number): boolean {
  const { tokens } = s.text;
  const w = tokens[i]?.w ?? '';
  // A word of three letters or fewer names no day ("1st" and "4th" open on a digit): most words skip the regexes.
  const short = w.length <= 3 && !(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);
  if ((!short && WHEN.test(w)) || CLOCK_WORDS.has(w)) return true;
  if (!short && ORDINAL_DAY.test(w)) return tokens[i - 1]?.w === 'the';
  return (w === 'quarter' || w === 'half') && PAST_OR_TO.has(tokens[i + 1]?.w ?? '');
}

/** Stalls that put a day off rather than take it ("We'll have to see what Thursday looks like"). */
const STALLS = new Set(["we'll have to see", "i'll have to see", "we'll see", "i'll think about it"]);

/** The HCP names a day or a time: it is making the plan its own, unless a stall puts that day off. */
export function namesTime(s: Said, brush: PhraseHit | undefined): boolean {
  const stall = brush !== undefined && STALLS.has(brush.phrase) ? brush : undefined;
  return s.text.tokens.some(
    (t, i) =>
      isWhen(s, i) &&
      !(stall !== undefined && i >= stall.t1 && t.sent === s.text.tokens[stall.t0]!.sent) &&
      !thanksForToday(s, t.sent, t.w),
  );
}

/** "Thanks for being decent about today." looks back on this visit; it sets no time. */
function thanksForToday(s: Said, k: number, w: string): boolean {
  if (w !== 'today' && w !== 'tonight') return false;
  const first = s.text.tokens[s.text.sentences[k]!.t0]?.w;
  return first === 'thanks' || first === 'thank';
}

export const WORKS = new Set(['that works', 'works for me', "that's fine", 'that is acceptable', 'is acceptable']);

const ACCEPTS = new Set(['works', 'fine', 'good', 'perfect', 'suits', 'okay', 'ok', 'acceptable']);

/** "Thursday at 12:15 works", "Fine, eight's fine. Friday the 6th.": a time named and accepted. */
export function acceptsTime(s: Said, timeNamed: boolean) {
  if (!timeNamed) return undefined;
  const i = s.text.tokens.findIndex((x) => ACCEPTS.has(x.w) && !x.neg);
  return i < 0 ? undefined : { t0: i, t1: i + 1, phrase: s.text.tokens[i]!.w, list: '' };
}

const DURATION = new Set(['minutes', 'minute', 'mins', 'min']);

/** The rep's turn asked for this count of minutes ("I'd like about 10 min"). */
function askedFor(asked: Said | undefined, w: string): boolean {
  const tokens = asked?.text.tokens ?? [];
  return tokens.some((t, i) => t.w === w && DURATION.has(tokens[i + 1]?.w ?? ''));
}

/**
 * "Ten minutes works.", "Five minutes is fine.", "Ten minutes I can do.", and "10 is ok" to a rep who asked
 * for 10 min: the time the rep asked for, granted.
 */
export function grantsMinutes(s: Said, asked?: Said) {
  const { tokens } = s.text;
  for (const sent of s.text.sentences) {
    const [a, b] = [tokens[sent.t0], tokens[sent.t0 + 1]];
    if (a === undefined || b === undefined || !a.num) continue;
    const unit = DURATION.has(b.w) ? 1 : askedFor(asked, a.w) ? 0 : -1;
    if (unit < 0) continue;
    let i = sent.t0 + 1 + unit;
    if (tokens[i]?.w === 'is') i++;
    const w = tokens[i];
    if (w !== undefined && w.sent === a.sent && !w.neg && ACCEPTS.has(w.w))
      return { t0: sent.t0, t1: i + 1, phrase: w.w, list: '' };
    if (w?.w === 'i' && tokens[i + 1]?.w === 'can' && tokens[i + 2]?.w === 'do')
      return { t0: sent.t0, t1: i + 3, phrase: 'i can do', list: '' };
  }
  return undefined;
}

/** Openings that move a step to another time ("Make it Monday.", "Let's do Tuesday."). */
const MOVES = new Set(['make it', "let's do", "let's say", 'how about', 'try', 'do']);
/** The first words of MOVES: a sentence opening on any other word moves nothing. */
const MOVE_STARTS = new Set([...MOVES].map((m) => m.split(' ')[0]!));

/** "Friday is clinic. Make it Monday.": the HCP moves the rep's step to a day of her own, and so takes it. */
export function movesTime(s: Said) {
  for (const sent of s.text.sentences) {
    // The sentence's first two words, read across its end as a slice of the turn's tokens would be.
    const a = s.text.tokens[sent.t0]?.w;
    const b = s.text.tokens[sent.t0 + 1]?.w;
    if (a === undefined || !MOVE_STARTS.has(a)) continue;
    const pair = b === undefined ? a : `${a} ${b}`;
    const lead = MOVES.has(pair) ? 2 : MOVES.has(a) ? 1 : 0;
    if (lead > 0 && isWhen(s, sent.t0 + lead))
      return { t0: sent.t0, t1: sent.t0 + lead + 1, phrase: lead === 2 ? pair : a, list: '' };
  }
  return undefined;
}

/** A sentence that says what a day is ("Friday afternoon is clinic.", "Thursdays are packed.") sets no time. */
const SAYS_WHAT = new Set(['is', 'are', 'was', 'were', 'be', "it's", "she's", "he's", "i'm", "we're", "they're"]);

/**
 * "Not tomorrow. Thursday after clinic, four-ish.", "Thursdays. Mornings.": a day of her own, said in a
 * fragment that denies nothing to a step the rep put to her, sets the time; she takes the step.
 */
export function ownTime(s: Said) {
  const { tokens } = s.text;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWhen(s, i)) continue;
    const sent = s.text.sentences[tokens[i]!.sent]!;
    const words = tokens.slice(sent.t0, sent.t1);
    if (
      sent.q ||
      words.some((t) => t.info.neg || SAYS_WHAT.has(t.w)) ||
      thanksForToday(s, tokens[i]!.sent, tokens[i]!.w)
    )
      continue;
    return { t0: i, t1: i + 1, phrase: tokens[i]!.w, list: '' };
  }
  return undefined;
}

/** "Tuesday. She's around after two. … That page, leave it with me.": a day of hers said before any brush-off sets the step. */
export function dayBefore(s: Said, day: PhraseHit | undefined, brush: PhraseHit | undefined): PhraseHit | undefined {
  if (day === undefined || brush === undefined) return day;
  return s.text.tokens[day.t0]!.sent < s.text.tokens[brush.t0]!.sent ? day : undefined;
}
