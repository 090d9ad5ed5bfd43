// A next step put to both sides, owned by neither: "Let's touch base in a couple of weeks.", "Maybe down
// the road we can revisit it." Whether it is specific or vague is read with the other steps (rep-asks.ts).
import type { PhraseHit } from './phrases.js';
import { firstIn, type Said } from './said.js';

/** Words that ask whether a named time suits her: "Is Tuesday or Wednesday better?", "Does Thursday suit?" */
const SUITS = new Set(['better', 'best', 'work', 'works', 'suit', 'suits', 'easier', 'free', 'good']);

/** Most words of a bare time offered as a question ("Ten minutes next week?", "Tuesday or Wednesday for lunch?"). */
const BARE_TIME_WORDS = 7;

/**
 * "Is Tuesday or Wednesday better for the lunch?": a question that offers her a time proposes the step, and so
 * does the time alone, asked: "Ten minutes next week?", "Tuesday or Wednesday for lunch?".
 */
function offersTime(s: Said, k: number): boolean {
  const { t1, q } = s.text.sentences[k]!;
  const when = firstIn(s, 'rep.when', k);
  if (!q || when === undefined) return false;
  if (bareTime(s, k, when)) return true;
  for (let i = when.t1; i < t1; i++) if (SUITS.has(s.text.tokens[i]!.w)) return true;
  return false;
}

/** "Ten minutes next week?", "Tuesday or Wednesday for lunch?": a time alone, asked, opening on the time or a count. */
export const asksBareTime = (s: Said, k: number): boolean => bareTime(s, k, firstIn(s, 'rep.when', k));

/** asksBareTime, given the sentence's first time word (if any). */
function bareTime(s: Said, k: number, when: PhraseHit | undefined): boolean {
  const { t0, t1, q } = s.text.sentences[k]!;
  if (!q || t1 - t0 > BARE_TIME_WORDS) return false;
  const { tokens } = s.text;
  // "Today, which preventives do you use most?" asks her something; the time only sets the scene.
  for (let i = t0; i < t1; i++) if (ASKS_WHAT.has(tokens[i]!.w)) return false;
  if (when !== undefined) return when.t0 === t0 || tokens[t0]!.num;
  // "Ten minutes next week?": a count of minutes for a week to come.
  let next = false;
  for (let i = t0; i < t1 - 1; i++) if (tokens[i]!.w === 'next' && PERIODS.has(tokens[i + 1]!.w)) next = true;
  return next && tokens[t0]!.num;
}
const PERIODS = new Set(['week', 'month']);
const ASKS_WHAT = new Set(['what', 'which', 'how', 'who', 'where', 'why', 'when', "what's", "how's"]);

/** "Let's touch base in a couple of weeks.", "Maybe we can connect again": a step for both sides, owned by neither. */
export function proposes(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  const [a, b] = [s.text.tokens[t0]?.w, s.text.tokens[t0 + 1]?.w];
  return (
    a === "let's" ||
    offersTime(s, k) ||
    (PROPOSING.has(a ?? '') && (b === 'we' || weCanIn(s, t0 + 1, t1))) ||
    (a === 'we' && WE_CAN.has(b ?? ''))
  );
}

const WE_CAN = new Set(['can', 'could', 'should']);

/** "Maybe down the road we can revisit it": a hedged proposal whose "we can" comes after a time phrase, in the same clause. */
function weCanIn(s: Said, from: number, t1: number): boolean {
  const { tokens } = s.text;
  for (let i = from; i + 1 < t1 && !tokens[i]!.breakBefore; i++)
    if (tokens[i]!.w === 'we' && WE_CAN.has(tokens[i + 1]!.w)) return true;
  return false;
}

const PROPOSING = new Set(['maybe', 'perhaps']);
