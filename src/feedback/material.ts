// Scenario material for coaching lines: untouched priorities, open objections, the HCP's words played back.
import type { HcpState } from '../hcp/index.js';
import { phraseIn, sentencesOf } from './words.js';
import type { Line, Priority, Scenario } from '../scenario/index.js';

export const lineText = (l: Line): string => (typeof l === 'string' ? l : l.neutral);

/** Untouched priorities, the ones the HCP voiced (stated or revealed) first, in scenario order. */
export function untouchedPriorities(scenario: Scenario, state: HcpState): Priority[] {
  const open = scenario.hcp.priorities.filter((p) => state.touched[p.id] === undefined);
  const voiced = (p: Priority) => !p.hidden || state.revealed.includes(p.id);
  return [...open.filter(voiced), ...open.filter((p) => !voiced(p))];
}

export function openObjections(scenario: Scenario, state: HcpState): string[] {
  return scenario.hcp.objections
    .filter((o) => ['raised', 'acknowledged'].includes(state.objections[o.id]?.status ?? 'latent'))
    .map((o) => lineText(o.text));
}

// First person to second, so the HCP's sentence can be played back to them.
const SWAPS: Record<string, string> = {
  i: 'you',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  us: 'you',
  our: 'your',
  ours: 'yours',
};
const SECOND_PERSON = /\b(you|your|yours|you're|you've|you'll|you'd)\b/i;

export function toSecondPerson(sentence: string): string {
  // "am" only after "I" ("7 am" stays); an acronym ("US") is never a pronoun.
  const swapped = sentence.replace(/\bI am\b/g, 'you are').replace(/[A-Za-z]+(?:['\u2019][a-z]+)?/g, (w) => {
    if (w.length > 1 && w === w.toUpperCase()) return w;
    const key = w.toLowerCase().replace('\u2019', "'");
    return SWAPS[key] ?? w;
  });
  // Lowercase the first word unless it looks like a name or an acronym ("Dr.", "FDA").
  return /^(?:Dr\b|[A-Z]{2,})/.test(swapped) ? swapped : swapped.charAt(0).toLowerCase() + swapped.slice(1);
}

/** "I should say up front," and the like: talk about talking, which reads as nonsense played back (issue 15). */
const META =
  /^(?:I(?: should| have to| must| need to| will|'ll| would|'d| can) (?:say|tell you|be honest|admit)[^,]*,\s*|(?:to be (?:honest|fair)|between us|frankly|honestly|look|listen|well|okay|ok|so|yes|no|sure|right|and|but|because)\s*,?\s+)/i;
/** A clause the rep can say back as "It sounds like …": the HCP speaking of itself, so it reads in the second person. */
const FIRST_PERSON =
  /^(?:I|I'm|I've|I'd|I'll|my|we|we're|we've|our|(?:(?:about|almost|nearly|over|under) )?(?:half|most|some|many|a lot|a few|all|none|a third|a quarter|two thirds) of (?:my|our))\b/i;
const MAX_WORDS = 24;

function cleanClause(raw: string): string | undefined {
  let s = raw.trim().replace(/[.!…]+$/, '');
  for (let i = 0; i < 3 && META.test(s); i++) s = s.replace(META, '');
  const words = s.split(' ').length;
  if (!FIRST_PERSON.test(s) || SECOND_PERSON.test(s) || words < 4 || words > MAX_WORDS) return undefined;
  return s;
}

/** The HCP's last statement about itself, in the second person ("you've seen …"), or undefined when none is clean. */
export function reflectedClause(hcpWords: string | undefined, about: readonly string[] = []): string | undefined {
  if (hcpWords === undefined) return undefined;
  const statements = sentencesOf(hcpWords).filter((s) => !s.endsWith('?'));
  // With `about`, only a clause on one of those terms: "you're forty minutes behind" is no need to play back.
  const fits = (c: string | undefined) =>
    c !== undefined && (about.length === 0 || about.some((t) => phraseIn(t, [c]) !== undefined));
  for (const s of statements.reverse()) {
    const whole = cleanClause(s);
    const clause = fits(whole)
      ? whole
      : s
          .split(/[,;:]\s+/)
          .map(cleanClause)
          .find(fits);
    if (clause !== undefined) return toSecondPerson(clause);
  }
  return undefined;
}

/** "It sounds like …." played back from the HCP's words, or '' when nothing fits. */
export function reflect(hcpWords: string | undefined): string {
  const clause = reflectedClause(hcpWords);
  return clause === undefined ? '' : `It sounds like ${clause}.`;
}
