// A place of her work said to be busy now ("the waiting room is rammed", "the lobby's heaving"): a time cue
// in any word the rep's busy-day list knows. Read in hcp-cues.ts.
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';
import { withoutClitic } from './text-clauses.js';

/** Where her work piles up: "the waiting room is rammed", "my list is crammed", "the lobby's heaving". */
const PLACES = new Set([
  'room',
  'lobby',
  'clinic',
  'list',
  'schedule',
  'diary',
  'board',
  'ward',
  'department',
  'unit',
  'day',
]);
/** Most words from the place to how busy it is ("the waiting room is absolutely rammed"). */
const PLACE_REACH = 3;

/** A place of her work said to be busy, in the rep's words for a busy day (list rep.busy). */
export function placeFull(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (const b of s.hits.all('rep.busy')) {
    if (routine(s, tokens[b.t0]!.sent)) continue;
    for (let j = b.t0 - 1; j >= Math.max(0, b.t0 - PLACE_REACH - 1); j--) {
      const t = tokens[j]!;
      if (t.sent !== tokens[b.t0]!.sent || tokens[j + 1]!.breakBefore) break;
      const w = withoutClitic(t.w);
      // "is rammed" now, not "was full last winter".
      const now = w !== t.w || tokens.slice(j + 1, b.t0).some((x) => x.w === 'is' || x.w === 'are');
      // "The list is full of generics" says what is in it.
      const holds = tokens[b.t1]?.w === 'of';
      if (PLACES.has(w) && now && !holds) return { list: 'hcp.timeCue', phrase: `${w} … ${b.phrase}`, t0: j, t1: b.t1 };
    }
  }
  return undefined;
}

/** Words of a span of days: "five to seven days of IV", "for weeks". */
const SPANS = new Set(['days', 'weeks', 'months']);
const EACH = new Set(['every', 'each']);
const UNITS = new Set(['day', 'week', 'month', 'morning', 'time']);

/** "The patients come back every day for five to seven days of IV, the unit's bursting": a full place in a
 * story of days is her practice's problem, not her clock now. */
function routine(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  const tokens = s.text.tokens;
  for (let i = t0; i < t1; i++) {
    const w = tokens[i]!.w;
    if (SPANS.has(w) || (EACH.has(w) && UNITS.has(tokens[i + 1]?.w ?? ''))) return true;
  }
  return false;
}

/** Most words of a short sentence in which her work waits for her ("The report's waiting.", "Inbox is calling."). */
const WAITS_WORDS = 5;
const WAITS = new Set(['waiting', 'calling']);

/** "The report's waiting.", "Inbox is calling.": a short sentence in which something of hers is waiting now. */
export function workWaits(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (const sent of s.text.sentences) {
    const last = sent.t1 - 1;
    if (sent.q || sent.t1 - sent.t0 > WAITS_WORDS || last - 1 < sent.t0 || !WAITS.has(tokens[last]!.w)) continue;
    const before = tokens[last - 1]!;
    const now = before.w === 'is' || before.w === 'are' || withoutClitic(before.w) !== before.w;
    if (now && !before.neg && !tokens[last]!.neg)
      return { list: 'hcp.timeCue', phrase: `${before.w} ${tokens[last]!.w}`, t0: last - 1, t1: last + 1 };
  }
  return undefined;
}
