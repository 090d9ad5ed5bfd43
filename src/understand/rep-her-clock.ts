// The rep naming her clock: her next appointment said to be near ("your telehealth visit is close"), her
// having to go ("since you've got to run"), or a brevity word that introduces the rep's answer ("…, so
// fast: it's a pill"). Read in rep-time-adapt.ts.
import type { PhraseHit } from './phrases.js';
import { repHits, type Said } from './said.js';
import { endsClause, opensClause, withoutClitic } from './text-clauses.js';

/**
 * "…, so fast: it's a pill": a brevity word opening its clause (after one word at most) with a colon
 * after it introduces the rep's answer, so it is about the call; "It works so fast: an hour" is not.
 */
export function colonAfter(s: Said, t: number): boolean {
  const { tokens, raw } = s.text;
  if (!opensClause(s.text, t) && !(t > 0 && opensClause(s.text, t - 1))) return false;
  let i = tokens[t]!.end;
  while (raw[i] === ' ') i++;
  return raw[i] === ':';
}

/** What of her day comes next: "your telehealth visit", "your next patient", "your two o'clock". */
const HER_NEXT = new Set([
  'visit',
  'appointment',
  'telehealth',
  'patient',
  'meeting',
  'clinic',
  'session',
  'rounds',
  'list',
  'nurse',
  'case',
  "o'clock",
]);
/** Words saying it is upon her: "is close", "is coming up", "is waiting". */
const NEAR = new Set([
  'close',
  'coming',
  'soon',
  'waiting',
  'starting',
  'due',
  'calling',
  'here',
  'next',
  'about',
  'imminent',
]);
/** Most words between "your" and what comes next in her day ("your eleven o'clock telehealth visit"). */
const HER_NEXT_REACH = 4;

/** "I can tell your telehealth visit is close", "your next patient's waiting": the rep names her clock. */
export function herNextIsNear(s: Said): boolean {
  const { tokens } = s.text;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.w !== 'your') continue;
    for (let j = i + 1; j <= i + HER_NEXT_REACH && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.sent !== tokens[i]!.sent) break;
      const bare = withoutClitic(t.w);
      if (!HER_NEXT.has(bare) && !HER_NEXT.has(bare.replace(/s$/, ''))) continue;
      const be = bare !== t.w ? j : tokens[j + 1]?.w === 'is' || tokens[j + 1]?.w === 'are' ? j + 1 : -1;
      if (be >= 0 && NEAR.has(tokens[be + 1]?.w ?? '')) return true;
    }
  }
  return false;
}

/** "Quick recap since you've got to run:", "I know you need to get back, so…": her having to go, ending its clause. */
export const herLeaving = (s: Said): PhraseHit | undefined =>
  repHits(s, 'herLeaving').find((x) => endsClause(s.text, x.t1 - 1));
