// Whether a rep's sentence asks the HCP to commit: a stock ask ("Would you be willing…"), a concrete thing
// asked of her ("Would you keep the sheets at the counter?"), leave for the rep's own step, or her part put
// to her to confirm. Questions that borrow an ask's words to ask something else are not asks.
import { firstIn, hasIn, hitsAnyWithin, type Said } from './said.js';
import { offersOwnStep as ownStep } from './rep-own-steps.js';
import { leaveAsked } from './rep-permission.js';
import { asksBareTime } from './rep-proposals.js';
import { clauseStarts, confirmsHerPart, skipLeadIns, SUBORDINATE } from './question-clauses.js';

const ASKING = new Set(['would', 'will', 'could', 'can']);
const ASKED = new Set(['you', 'we']);
/** "Could you tell me…", "Would you say…": asking what the HCP knows or thinks, not for a step. */
const NOT_A_STEP = new Set([
  'tell',
  'describe',
  'walk',
  'explain',
  'say',
  'remind',
  'help',
  'clarify',
  'see',
  'think',
  'imagine',
  'recall',
  'agree',
  'know',
  'expect',
  'guess',
  'estimate',
  'elaborate',
  'expand',
  'speak',
  'comment',
  'specify',
]);

/**
 * "Would you keep a starter supply and the sheets at the counter?": the HCP asked to do a concrete thing.
 * The ask may follow a condition: "If we get the net cost under…, would you put it up for a vote in June?".
 * "Could we review it together at your May meeting?" asks the HCP into a joint step the same way.
 */
function asksForStep(s: Said, k: number): boolean {
  if (!hasIn(s, 'rep.deliverables', k) && !hasIn(s, 'rep.when', k)) return false;
  const end = s.text.sentences[k]!.t1;
  const { tokens } = s.text;
  const starts = clauseStarts(s, k);
  // The opening clause, or the one right after a condition ("If …, would you…").
  const asking = starts.filter((c, n) => n === 0 || SUBORDINATE.has(tokens[starts[n - 1]!]?.w ?? ''));
  return asking.some((c) => {
    const i = skipLeadIns(s, c, end);
    const verb = tokens[i + 2]?.w;
    return (
      ASKING.has(tokens[i]?.w ?? '') && ASKED.has(tokens[i + 1]?.w ?? '') && verb !== undefined && !NOT_A_STEP.has(verb)
    );
  });
}

/** "Want me to come back Thursday?", "Could I set up a call next week?", "Mind if I have our MSL call?": leave for a step of the rep's side. */
export const offersOwnStep = (s: Said, k: number): boolean => {
  const { t0, t1 } = s.text.sentences[k]!;
  return ownStep(s, k, skipLeadIns(s, t0, t1)) || leaveAsked(s, k) === 'step';
};

/** Question words that turn "would you like" into asking what she wants. */
const PREFERENCE = new Set(['how', 'what', 'which']);

/** Words that point at a proposal already on the table ("How does that work for you?") or name a time for one. */
const STEP_WORDS = new Set(
  'that|this|it|which|those|these|week|month|day|morning|afternoon|evening|lunch|time|slot|date|visit|meeting|call'.split(
    '|',
  ),
);

/**
 * "How does the renal dose check work for you today?" asks how her process runs, in the words of an ask;
 * "How does Tuesday work for you?" and "How does that work for you?" ask for the step.
 */
function asksHowItRuns(s: Said, k: number, ask: { phrase: string; t0: number }): boolean {
  const { t0 } = s.text.sentences[k]!;
  const start = skipLeadIns(s, t0, ask.t0);
  if (ask.phrase !== 'work for you' || s.text.tokens[start]?.w !== 'how') return false;
  for (let i = start + 1; i < ask.t0; i++) {
    const t = s.text.tokens[i]!;
    if (t.num || STEP_WORDS.has(t.w)) return false;
  }
  return !hitsAnyWithin(s, ['rep.when', 'rep.deliverables'], start, ask.t0);
}

const WAY_MODALS = new Set(['could', 'can', 'would', 'should', 'might', 'do']);

/** "How could I get ten minutes with her?": asking her for the way to a step is an open question, not the ask itself. */
function asksTheWay(s: Said, k: number): boolean {
  if (!s.text.sentences[k]!.q) return false;
  const { tokens } = s.text;
  return clauseStarts(s, k).some(
    (c) =>
      tokens[c]?.w === 'how' &&
      WAY_MODALS.has(tokens[c + 1]?.w ?? '') &&
      (tokens[c + 2]?.w === 'i' || tokens[c + 2]?.w === 'we'),
  );
}

/** Words before "work" that make it the noun: "without making extra work for you" asks nothing of her. */
const WORK_NOUN = new Set([
  'extra',
  'more',
  'less',
  'any',
  'additional',
  'added',
  'no',
  'much',
  'the',
  'a',
  'your',
  'of',
]);
const workAsNoun = (s: Said, t0: number): boolean =>
  s.text.tokens[t0]?.w === 'work' && WORK_NOUN.has(s.text.tokens[t0 - 1]?.w ?? '');

/** Stepping away offered as the other half of a choice: "Is now okay, or should I come back?". */
const GOES = new Set([
  'come back',
  'stop back',
  'swing back',
  'pop back',
  'drop back',
  'another time',
  'try again another day',
  'swing by another day',
  'come by another day',
  'come another day',
  'come back another day',
  'came back another day',
  'stop by another day',
  'drop by another day',
  'pop in another day',
  'another day be better for me',
  'later',
  'should i leave',
  'should i go',
]);

/** "Is now okay, or should I come back?", "…, or would you rather I came back another time?": an offer to go, with
 * no time for a return, leaves now or later to her; no step is proposed. */
export function offersToGo(s: Said, k: number): boolean {
  const sent = s.text.sentences[k]!;
  if (!sent.q || hasIn(s, 'rep.when', k)) return false;
  const { tokens } = s.text;
  let or = -1;
  for (let i = sent.t0; i < sent.t1; i++) if (tokens[i]!.w === 'or') or = i;
  if (or < 0) return false;
  const goes = (key: string) => s.hits.within(key, or + 1, sent.t1).some((h) => GOES.has(h.phrase));
  return goes('rep.vagueSteps') || goes('rep.timeAdapt');
}

/** Sentence k asks the HCP to commit to a step, or asks leave for the rep's own. */
export function asksForCommitment(s: Said, k: number): boolean {
  // "Would it be okay if I asked how…?" borrows the words of an ask to ask a question.
  // "How would you like it to run?" asks what she wants, in the words of an ask: an open question.
  const ask = firstIn(s, 'rep.commitmentAsks', k);
  const stock =
    ask !== undefined &&
    !PREFERENCE.has(s.text.tokens[ask.t0 - 1]?.w ?? '') &&
    !workAsNoun(s, ask.t0) &&
    leaveAsked(s, k) !== 'talk' &&
    !asksHowItRuns(s, k, ask);
  const q = s.text.sentences[k]!.q;
  const step =
    stock || (q && (asksForStep(s, k) || offersOwnStep(s, k))) || confirmsHerPart(s, k) || asksBareTime(s, k);
  return step && !asksTheWay(s, k) && !offersToGo(s, k);
}
