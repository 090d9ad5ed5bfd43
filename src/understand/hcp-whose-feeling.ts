// Whose feeling an emotion word reports: the HCP's own ("makes me nervous", "It's frustrating") is a cue to
// adapt to; her patients' ("A few of them are nervous about needles.") is their situation, a need she shares.
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';
import { TITLES } from './titles.js';

/** The HCP or her team as the one who feels ("I'm scared", "worries me", "we're exhausted"). */
const HERS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'we', "we're", "we've", 'us', 'myself']);

/** Others as the ones who feel: patients, families, "they", "a few of them". */
const OTHERS = new Set(
  "they|they're|they've|them|patients|patient|parents|families|family|people|kids|children|he|she|he's|she's|moms|mothers|dads|caregivers|husband|wife|daughter|son|folks|colleagues|doctors|physicians|prescribers".split(
    '|',
  ),
);

const GERUND = /^[a-z]{3,}ing$/;
/** Words ending in "-ing" that are no doing ("Nothing scares them.", "Morning clinic…"). */
const NOT_GERUNDS = new Set([
  'nothing',
  'something',
  'anything',
  'everything',
  'thing',
  'morning',
  'evening',
  'during',
]);

/** A death she tells of ("He died about an hour ago.") is her loss, whoever died. */
const DEATH = new Set(['die', 'died', 'a patient die']);

/** Words after "I'm afraid" that make it a courtesy ("I'm afraid I can't", "…today, I'm afraid."), not fear. */
const COURTESY_AFTER = new Set([
  'i',
  'we',
  'not',
  'so',
  'that',
  "that's",
  "it's",
  'it',
  'you',
  'this',
  'there',
  "there's",
]);

/** "I can't sit through a full presentation today, I'm afraid.": a softener, no feeling shown. */
export function politeAfraid(s: Said, x: PhraseHit): boolean {
  const { tokens } = s.text;
  if (x.phrase !== 'afraid' || !["i'm", 'am'].includes(tokens[x.t0 - 1]?.w ?? '')) return false;
  const next = tokens[x.t1];
  return next === undefined || next.sent !== tokens[x.t0]!.sent || next.breakBefore || COURTESY_AFTER.has(next.w);
}

/** The emotion word is said of others in its clause, and the HCP does not own it there too. */
export function othersFeeling(s: Said, x: PhraseHit): boolean {
  if (DEATH.has(x.phrase)) return false;
  const { tokens } = s.text;
  const sent = s.text.sentences[tokens[x.t0]!.sent]!;
  let start = x.t0;
  while (start > sent.t0 && !tokens[start]!.breakBefore) start--;
  // "Sending them home … is soul-destroying": a clause that opens on a gerund is what she does, and the feeling hers.
  if (GERUND.test(tokens[start]!.w) && !NOT_GERUNDS.has(tokens[start]!.w)) return false;
  let others = false;
  for (let i = start; i < x.t1; i++) {
    if (HERS.has(tokens[i]!.w)) return false;
    if (OTHERS.has(tokens[i]!.w)) others = true;
  }
  if (others) return true;
  const before = personBefore(s, start, sent.t0);
  if (before !== undefined || start === sent.t0 || tokens[x.t0]!.sent === 0) return before === 'others';
  // "I've got Mr. Halloran coming Monday. Weak hands, gets infusions, can't stand the drive.": a list of
  // traits naming no one goes on describing the person the sentence before named. Not a first clause:
  // "Hate rushing them." leaves out "I".
  const prev = s.text.sentences[tokens[x.t0]!.sent - 1]!;
  return personBefore(s, prev.t1, prev.t0) === 'others';
}

/**
 * "I'm seeing Mrs. Dlamini Thursday, awful hands, hates the drive.": a clause naming no one says it of the
 * person named last before it in the sentence.
 */
function personBefore(s: Said, start: number, from: number): 'hers' | 'others' | undefined {
  const { tokens } = s.text;
  for (let i = start - 1; i >= from; i--) {
    const w = tokens[i]!.w;
    if (HERS.has(w)) return 'hers';
    if (OTHERS.has(w) || (TITLES.has(w) && tokens[i + 1]?.cap === true)) return 'others';
  }
  return undefined;
}
