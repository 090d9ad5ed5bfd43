// Asks in a rep turn: how specific a proposed next step is (who takes it on is read in rep-ownership.ts),
// and whether the rep asks the HCP to commit. Open and closed questions are read in rep-question-acts.ts.
import type { RepTurn } from './found.js';
import type { SentenceRead } from './questions.js';
import { offersOwnStep } from './question-asks.js';
import { proposes } from './rep-proposals.js';
import { broughtWith, handoverAfter, type Handover } from './rep-handover.js';
import { agreedStepFrom, confirmsAgreedTime } from './rep-settled.js';
import { colleagueStep } from './rep-permission.js';
import { firstIn, hasIn, hitEvidence, hitsIn, sentenceEvidence, spanEvidence } from './said.js';
import { timeFrame } from './rep-call-frame.js';
import type { PhraseHit } from './phrases.js';
import { meetingLaidOut, namesTime } from './rep-when.js';
import { imperativeAsk, yesNoAsk } from './rep-yes-no-ask.js';
import { ownership, type Owned } from './rep-ownership.js';
import { readOpenDoor } from './rep-open-door.js';

/** Next steps: a concrete time or deliverable is specific; "check back sometime" is vague. */
export function readSteps(r: RepTurn): void {
  const { s } = r;
  const owned = ownership(s);
  if (owned[0] !== undefined) r.found.add('ownership', owned[0].ev);
  const stepSentences = new Set<number>(owned.map((o) => o.k));
  for (const q of r.sentences)
    if (q.kind === 'ask' || q.kind === 'checkin' || proposes(s, q.k) || agreedStepFrom(r, q.k) !== undefined)
      stepSentences.add(q.k);
    else if (confirmsAgreedTime(r, q.k) || meetingLaidOut(r, q.k)) stepSentences.add(q.k);
  // "Could I have ten minutes?" asks for this call: its minutes are the call's time frame, no step to come.
  const frame = stepSentences.size > 0 ? callFrame(r) : undefined;
  for (const k of stepSentences) {
    // "In a week or two" keeps a time from being specific; what is handed over still is ("the dosing chart").
    const rough = firstIn(s, 'rep.roughWhen', k);
    // "Sometime in the next two weeks" is the window itself, said loosely.
    const stocks = hitsIn(s, 'rep.vagueSteps', k).filter((h) => !windowAfter(h, rough));
    const stock = stocks[0];
    const vague = stock !== undefined && APPROXIMATE.has(stock.phrase) ? undefined : stock;
    const visit = stocks.find((h) => RETURNS.has(h.phrase));
    const deliverable = hitsIn(s, 'rep.deliverables', k).find((h) => frame === undefined || !overlaps(frame, h));
    // "I'll leave the card sheet, and I'll stop back in two weeks" names a time and what it brings; "leave some
    // samples and check back in two weeks" and "pop back in a few weeks" stay vague.
    const counted = rough !== undefined && rough.phrase.includes('#') && deliverable !== undefined;
    if (namesTime(s, k) || (rough !== undefined && (stock === undefined || counted)))
      r.found.add('next_step_specific', sentenceEvidence(s, k, 'a next step with a time or date'));
    else if (deliverable !== undefined && vague === undefined)
      r.found.add('next_step_specific', hitEvidence(s, deliverable, 'a next step with something concrete: "{phrase}"'));
    else if (vague === undefined && handed(r, owned, k) === 'named')
      r.found.add('next_step_specific', sentenceEvidence(s, k, 'a next step that names what the rep will hand over'));
    else if (vague !== undefined && visit !== undefined && broughtWith(s, k, visit.t1, r.c) === 'named')
      r.found.add('next_step_specific', sentenceEvidence(s, k, 'a follow-up that names what the rep brings'));
  }
  if (r.found.has('next_step_specific')) return;
  for (const k of stepSentences) {
    const vague = firstIn(s, 'rep.vagueSteps', k);
    if (vague !== undefined && !promisesAnswer(r, vague)) {
      r.found.add('next_step_vague', hitEvidence(s, vague, 'a follow-up with no time or content: "{phrase}"'));
      return;
    }
    if (handed(r, owned, k) === 'vague') {
      r.found.add('next_step_vague', sentenceEvidence(s, k, 'hands over nothing in particular'));
      return;
    }
  }
  readOpenDoor(r);
}

/** Words after "get back to you" that tie it to her question: "on it", "on that", "about the number". */
const ON_IT = new Set(['on', 'about', 'with']);
/** "I'd need to confirm the exact figure. I'll get back to you on it.": a promise to answer her question, no next step. */
const promisesAnswer = (r: RepTurn, h: PhraseHit): boolean =>
  h.phrase === 'get back to you' &&
  ON_IT.has(r.s.text.tokens[h.t1]?.w ?? '') &&
  r.prev !== undefined &&
  r.conv.has(r.prev.i, 'asks_question');

/** This call's time frame ("Could I have ten minutes?"), in the rep's opening turns. */
const callFrame = (r: RepTurn): PhraseHit | undefined =>
  r.conv.repTurns > r.c.lex.params.purposeWithinRepTurns ? undefined : timeFrame(r.s, r.prev);

const overlaps = (a: PhraseHit, b: PhraseHit): boolean => a.t0 < b.t1 && b.t0 < a.t1;

/** "sometime" right before a rough window ("sometime in the next two weeks"): no vaguer than the window. */
const windowAfter = (h: PhraseHit, rough: PhraseHit | undefined): boolean =>
  h.phrase === 'sometime' && rough !== undefined && rough.t0 >= h.t1 && rough.t0 <= h.t1 + 1;

/** Approximate times ("a week or so"): vague as a time, no bar to a named hand-over. */
const APPROXIMATE = new Set([
  'week or so',
  'week or two',
  'weeks or so',
  'month or so',
  'month or two',
  'day or two',
  'days or so',
]);

/** Follow-ups that are a visit: "come back with the dosing sheet" says what the visit brings. */
const RETURNS = new Set([
  'come back',
  'check back',
  'circle back',
  'swing by',
  'stop by',
  'come by',
  'follow up',
  'pop back',
  'pop in',
  'pop by',
  'drop back',
  'drop by',
  'drop in',
  'look in',
  'swing back',
  'come round',
  'stop in',
  'stop back',
  // "…if I came back with the PA checklist": the same visits asked in the past tense.
  'came back',
  'came by',
  'popped back',
  'popped in',
  'dropped by',
  'dropped in',
  'swung by',
  'checked back',
  'circled back',
  'stopped by',
  'looked in',
  'stopped in',
  'pass by',
  'pass back',
]);

/** What an owned step in sentence k hands over: "the renal dosing chart" is named, "some stuff" vague. */
function handed(r: RepTurn, owned: readonly Owned[], k: number): Handover | undefined {
  for (const o of owned) if (o.k === k) return handoverAfter(r.s, k, o.at, r.c);
  // "May I send you the subgroup data?", "…all right if I email the numbers tonight?": the rep's own hand-over, asked.
  const sent = r.s.text.sentences[k]!;
  for (const h of r.s.hits.within('rep.handoverVerbs', sent.t0, sent.t1))
    if (r.s.text.tokens[h.t0 - 1]?.w === 'i') return handoverAfter(r.s, k, h.t0, r.c);
  return undefined;
}

/** Words of an ask that make her the one to act: "would you be willing", "any chance you'd". */
const YOU_ASKED = new Set(['you', 'your', "you'd", "you'll"]);

/** An ask for the HCP's commitment; a check-in on the plan for the call is not one. */
export function readCommitment(r: RepTurn): void {
  const proposes = stepBeside(r, 'next_step_specific') || stepBeside(r, 'next_step_vague');
  const agendaOnly = r.found.has('purpose') && !proposes;
  for (const q of r.sentences) {
    if (q.kind === 'ask' && !agendaOnly) {
      // "Would you keep the sheets at the counter?" needs no stock phrase: the HCP is asked to act.
      const h = firstIn(r.s, 'rep.commitmentAsks', q.k);
      // "Would you be willing to start…" asks the HCP to act; "Could I come back…" asks leave for the rep's own step.
      // "Could I send you the subgroup data?" asks only leave to send something: the smallest step.
      const theirs =
        (h === undefined ? !offersOwnStep(r.s, q.k) : h.phrase.split(' ').some((w) => YOU_ASKED.has(w))) ||
        hasIn(r.s, 'rep.asksThemTo', q.k);
      const kind = theirs ? 'theirs' : hasIn(r.s, 'rep.sendAsks', q.k) ? 'send' : 'mine';
      const ev =
        h === undefined
          ? sentenceEvidence(
              r.s,
              q.k,
              theirs ? 'asks the HCP to do something concrete' : 'asks leave for a concrete step',
            )
          : hitEvidence(r.s, h, 'asks the HCP to commit: "{phrase}"');
      r.found.add('commitment_request', ev, kind);
      // "May I email you the subgroup data tonight?" says who will do what as plainly as "I'll email it";
      // "Mind if I have our specialist call your billing lead?" names who on the rep's side will.
      const colleague = colleagueStep(r.s, q.k);
      if (h !== undefined && kind === 'send' && !r.found.has('ownership'))
        r.found.add('ownership', hitEvidence(r.s, h, 'says who will do what: "{phrase} … send"'));
      else if (colleague !== undefined && !r.found.has('ownership'))
        r.found.add('ownership', spanEvidence(r.s, colleague.t0, colleague.t1, "says who on the rep's side will act"));
      return;
    }
    if (q.kind === 'checkin' && proposes) {
      r.found.add('commitment_request', sentenceEvidence(r.s, q.k, 'asks the HCP to agree to the proposed step'));
      return;
    }
  }
  const asked = agendaOnly ? undefined : yesNoAsk(r, proposes);
  if (asked !== undefined) {
    r.found.add('commitment_request', sentenceEvidence(r.s, asked, 'asks the HCP to agree to a step'), 'theirs');
    // The ask is that question, as a stock ask ("Would you be willing…?") is: no closed (or open) question besides.
    const others = (kinds: readonly string[]) => r.sentences.some((q) => q.k !== asked && kinds.includes(q.kind));
    if (!others(['closed'])) r.found.drop('closed_question');
    if (r.sentences.find((q) => q.k === asked)?.kind === 'open' && !others(['open', 'prompt']))
      r.found.drop('open_question');
    return;
  }
  const told = agendaOnly ? undefined : imperativeAsk(r);
  if (told !== undefined) {
    r.found.add('commitment_request', sentenceEvidence(r.s, told, 'tells the HCP to take the step'), 'theirs');
    return;
  }
  // A check-in after a pitch ("Does that make sense?") asks for a yes, like any closed question.
  if (!agendaOnly)
    for (const q of r.sentences)
      if (q.kind === 'checkin')
        r.found.add('closed_question', sentenceEvidence(r.s, q.k, 'a yes/no check-in'), 'checkin');
}

/**
 * A next step read outside the sentence that sets the call's plan: "here's how I'll spend your ten: two
 * minutes on…" lays out this call, and "That suit you?" after it checks the plan, not a step.
 */
function stepBeside(r: RepTurn, act: 'next_step_specific' | 'next_step_vague'): boolean {
  const step = r.found.get(act);
  const plan = r.found.get('purpose');
  if (step === undefined) return false;
  return plan === undefined || step.start < plan.start || step.start >= plan.end;
}

export const kindsOf = (sentences: readonly SentenceRead[]): Set<SentenceRead['kind']> =>
  new Set(sentences.map((q) => q.kind));
