// How a rep turn runs the call: purpose, transitions, respecting time, and the turns
// that carry nothing (filler, gibberish, a paste) or drift off topic.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hitEvidence, repHits, spanEvidence, type Said } from './said.js';
import { isStopWord } from './stem.js';
import { breakBetween } from './text-clauses.js';
import { headsTopic, movesOn } from './rep-moves-on.js';
import { WEEKDAYS } from './calendar.js';

// Simplifying has its own file; the reader takes every act of running the call from here.
export { readSimplify } from './rep-simplify.js';
export { readTimeAdapt } from './rep-time-adapt.js';

const HAS_LETTER = /\p{L}/u;
const NO_VOWEL = /^[^aeiouy\d]+$/;

/** Filler, gibberish or a paste: something said that carries nothing a trainer could credit. */
export function emptyReason(r: RepTurn): string | undefined {
  const { s, c } = r;
  const raw = s.text.raw;
  if (raw.length > c.lex.params.pasteChars)
    return `a pasted block of ${raw.length.toLocaleString('en-US')} characters, not something said to an HCP`;
  if (!HAS_LETTER.test(raw)) return 'no words at all';
  const tokens = s.text.tokens;
  const fillers = repHits(s, 'fillers');
  const covered = fillers.reduce((n, h) => n + (h.t1 - h.t0), 0);
  // "Uh, yeah, so, um, okay.": however many, fillers alone say nothing.
  if (covered >= tokens.length) return `only "${raw.trim().slice(0, 40)}"`;
  // Real sentences carry small words; only a turn without one needs the closer look.
  if (tokens.length >= 2 && !tokens.some((t) => isStopWord(t.w)) && looksLikeGibberish(s))
    return 'no recognizable sentence';
  return undefined;
}

/** Real sentences carry small words ("the", "you", "is"); keyboard mashing does not. */
function looksLikeGibberish(s: Said): boolean {
  const words = s.text.tokens.filter((t) => !t.num);
  if (words.length === 0) return true;
  const small = words.filter((t) => isStopWord(t.w)).length;
  const odd = words.filter((t) => NO_VOWEL.test(t.w) || /(.)\1\1/.test(t.w) || t.w.length > 18).length;
  // "Done. Room nine's waiting, Doc." has no small word either, but words the lexicon knows.
  const known = words.some((t) => t.info.phraseCode !== 0);
  return small === 0 && ((words.length >= 4 && !known) || odd / words.length >= 0.3);
}

const DETERMINERS = new Set(['the', 'a', 'your', 'my', 'our', 'this', 'that', 'their']);
const CALENDAR_UNITS = new Set<string>([...WEEKDAYS, 'week', 'weekend', 'month', 'day', 'morning', 'afternoon']);

/** A signpost counts where a clause begins ("On cost: …", "Now, the other thing …"). */
export function readTransition(r: RepTurn): void {
  const { s } = r;
  for (const h of repHits(s, 'transition')) {
    const tok = s.text.tokens[h.t0]!;
    const sent = s.text.sentences[tok.sent]!;
    const atStart = h.t0 - sent.t0 <= 2 || breakBetween(s.text, h.t0 - 1, h.t0);
    // "On your second question" orders an answer; "Second, the comparison" moves on.
    // "Second Tuesday of each month" names a day: the ordinal counts days, not topics.
    const ordinal =
      h.t1 - h.t0 === 1 &&
      (DETERMINERS.has(s.text.tokens[h.t0 - 1]?.w ?? '') || CALENDAR_UNITS.has(s.text.tokens[h.t1]?.w ?? ''));
    if (atStart && !ordinal) {
      r.found.add('transition', hitEvidence(s, h, 'signposts a new topic: "{phrase}"'));
      return;
    }
  }
  // "On exclusion: no, they were allowed in" heads the answer to her question, not a new topic.
  const heading = headsTopic(s);
  const moved = movesOn(s) ?? (heading !== undefined && !herQuestionNames(r, heading) ? heading : undefined);
  if (moved !== undefined) r.found.add('transition', hitEvidence(s, moved, 'signposts a new topic: "{phrase}"'));
}

export function readOffTopic(r: RepTurn): void {
  const h = repHits(r.s, 'offTopic')[0];
  if (h !== undefined)
    r.found.add('off_topic', spanEvidence(r.s, h.t0, h.t1, `small talk, not the HCP's patients: "${h.phrase}"`));
}

/** Her last turn asked about the heading's topic word. */
function herQuestionNames(r: RepTurn, h: PhraseHit): boolean {
  const prev = r.prev;
  if (prev === undefined) return false;
  const topic = r.s.text.tokens[h.t1 - 1]!.s;
  return prev.text.tokens.some((t) => t.s === topic && prev.text.sentences[t.sent]!.q);
}
