// Applies one rep turn to the HCP state (docs/hcp.md "Deltas"): touch priorities, work objections, score, clamp.
import type { Scenario } from '../scenario/index.js';
import type { TurnWords as TurnText } from '../understand/index.js';
import type { QuestionKind } from './reading.js';
import { complianceEffects } from './compliance-cost.js';
import { applyEffects, type DeltaResult, type Effect } from './deltas.js';
import { decideEnding, isReady, trackLowOpenness } from './ending.js';
import type { TurnHits } from './hits.js';
import { concedeObjections, engageObjections, raiseObjection, type ObjectionEvents } from './objections.js';
import { replyHash } from './prng.js';
import type { TurnEvents } from './plan.js';
import { MAX_OPENNESS, READY_OPENNESS, moodFor } from './state.js';
import type { HcpState, RepAct } from './types.js';

/** Content words an open question needs to be about something ("your older patients", "decide"). */
const MIN_QUESTION_WORDS = 2;

/** Three closed questions in a row start to feel like a checklist. */
const CLOSED_RUN_LIMIT = 3;

export interface TurnInput {
  t: TurnText;
  hits: TurnHits;
  acts: RepAct[];
  question: QuestionKind;
  /** The HCP had just signalled time and the rep did not adapt. */
  ignoredTimeCue: boolean;
  turn: number;
  repeatedQuestion?: boolean;
  farewell?: boolean;
  greeting?: boolean;
  yesNo?: boolean;
  playsBack?: boolean;
  timeRequest?: boolean;
  checkIn?: boolean;
  request?: boolean;
  offersHelp?: boolean;
  quantity?: boolean;
  /** Content words in the rep's questions. */
  questionWords: number;
  /** Priority and concern ids the rep's question sentences name. */
  askedAbout?: string[];
  /** Fact ids the rep stated outside its questions. */
  statedFacts?: string[];
  /** The rep asks only leave for its own step: to send something, or to come back with it. */
  smallAsk?: 'send' | 'visit';
}

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** First touch of a stated priority is worth most; one the HCP never stated, less; coming back, a little. */
function priorityEffect(state: HcpState, s: Scenario, hits: TurnHits, turn: number): Effect | undefined {
  let first: Effect | undefined;
  let again: Effect | undefined;
  for (const p of s.hcp.priorities) {
    const words = hits.priorities[p.id];
    if (words === undefined) continue;
    const about = words[0];
    if (state.touched[p.id] !== undefined) {
      again ??= { key: 'priority-again', about };
      continue;
    }
    state.touched[p.id] = turn;
    const stated = !p.hidden || state.revealed.includes(p.id);
    // "You used my words" only once the HCP has said them; an open priority not yet voiced is still worth as much.
    const voiced = state.usedLines.some((id) => id.startsWith(`${p.id}:`));
    if (first === undefined || (stated && first.key === 'priority-unstated'))
      first = { key: !stated ? 'priority-unstated' : voiced ? 'priority-first' : 'priority-known', about };
  }
  return first ?? again;
}

function actEffects(state: HcpState, s: Scenario, input: TurnInput): Effect[] {
  const { acts, question, hits, turn } = input;
  // "So it's the pill burden. Is that right?" checks a playback and "Was it the clots or the cancers?" probes a
  // concern: listening, not a checklist.
  const listens = acts.includes('paraphrase') || acts.includes('explore');
  state.closedQuestionRun = question === 'closed' && !listens ? state.closedQuestionRun + 1 : 0;
  const effects: Effect[] = [];
  const on = (act: RepAct) => acts.includes(act);
  // Saying the same thing again earns nothing new, so one good question cannot be repeated for openness.
  const said = replyHash(input.t.norm);
  const repeated =
    (input.t.words.length > 0 && (state.repHashes ?? []).includes(said)) || input.repeatedQuestion === true;
  state.repHashes = [...(state.repHashes ?? []).filter((h) => h !== said), said];
  if (repeated) effects.push({ key: 'repeated' });
  // "What do you think?" is open but asks about nothing: only a question with substance is discovery.
  if (!repeated && on('open_question') && input.questionWords >= MIN_QUESTION_WORDS)
    effects.push({ key: 'open-question' });
  if (state.closedQuestionRun >= CLOSED_RUN_LIMIT) effects.push({ key: 'closed-question-run' });
  if (!repeated && on('paraphrase')) effects.push({ key: 'paraphrase' });
  // A priority's words earn openness only when the rep asks about it, ties the product to it or
  // plays it back: mentioning "goal" inside a pitch is a keyword, not listening (issue 14).
  const engages = ENGAGING.some(on) && !on('feature_dump') && !on('no_content') && !on('off_topic') && !on('rebuttal');
  const link = engages && Object.keys(hits.priorities).length > 0 ? priorityEffect(state, s, hits, turn) : undefined;
  if (link && !repeated) effects.push(link);
  if (on('feature_dump')) effects.push({ key: 'feature-dump' });
  if (input.ignoredTimeCue) effects.push({ key: 'ignored-time-cue' });
  if (on('off_topic') || on('no_content')) effects.push({ key: 'off-topic' });
  if (on('rebuttal')) effects.push({ key: 'rebuttal' });
  if (on('generic_benefit') && !on('priority_link') && !on('feature_dump')) effects.push({ key: 'generic-claim' });
  if (on('parrot') || on('misstated_recap')) effects.push({ key: on('parrot') ? 'parrot' : 'misstated' });
  // A discovery question back keeps the conversation on the HCP; only talking past the question costs.
  if (on('dodges_question') && !on('open_question')) effects.push({ key: 'dodged' });
  effects.push(...complianceEffects(state, s, input.t.norm));
  return effects;
}

/** Acts that say something rather than only ask: only these can answer a concern before it is raised. */
const STATEMENTS: readonly RepAct[] = [
  'acknowledge',
  'priority_link',
  'generic_benefit',
  'answers_question',
  'feature_dump',
  'paraphrase',
  'recap',
];

/** Acts through which touching a priority shows the rep is working with what the HCP said. */
const ENGAGING: readonly RepAct[] = [
  'open_question',
  'closed_question',
  'priority_link',
  'paraphrase',
  'explore',
  'recap',
];

/**
 * The product tied to what the HCP said: a priority link, or a product fact stated right after playing
 * the HCP back or hearing its concern. A question that names a fact's words ties nothing.
 */
function makesItMatter({ acts, statedFacts }: TurnInput): boolean {
  if (acts.includes('rebuttal') || acts.includes('feature_dump')) return false;
  const heard = acts.includes('paraphrase') || acts.includes('recap') || acts.includes('acknowledge');
  return acts.includes('priority_link') || (heard && (statedFacts ?? []).length > 0);
}

/** Effects that reward working with the HCP's priorities: none while the rep talks past its raised concern. */
const PRIORITY_GAINS: ReadonlySet<Effect['key']> = new Set([
  'priority-first',
  'priority-known',
  'priority-unstated',
  'priority-again',
]);

/**
 * Listening makes an HCP ready to hear a proposal (READY_OPENNESS); only tying the product to its
 * patients or settling a concern takes it further (issue 14: two good questions made an HCP fully open).
 */
function capListening(before: number, after: number, mattered: boolean): number {
  const ceiling = Math.max(before, READY_OPENNESS);
  return mattered || after <= ceiling ? after : ceiling;
}

/** Openness at which an HCP lets the rep send something (guarded, not closed). */
const SMALL_ASK_OPENNESS = 3;
/** Openness at which an HCP lets the rep come back with something (neutral). */
const VISIT_OPENNESS = 5;

/** A commitment request is ready or premature, judged after the rest of the turn has landed. */
function commitmentOf(
  state: HcpState,
  s: Scenario,
  input: TurnInput,
  effects: Effect[],
  recap: boolean,
): TurnEvents['commitment'] {
  // "Could I book ten minutes with your scheduler for next Tuesday?" asks as plainly as "Will you try it?".
  // …and so does "Could I put fifteen minutes on the sign-up sheet?" right after she asked for a next step.
  const invited = input.request === true && state.invitedStepAt === input.turn - 1;
  const asks =
    input.acts.includes('commitment_request') ||
    (input.acts.includes('next_step_specific') && input.question !== undefined) ||
    invited;
  if (recap || state.commitment === 'agreed' || !asks) return 'none';
  const interim = clamp(state.openness + applyEffects(effects, s.difficulty).delta, 0, MAX_OPENNESS);
  if (isReady({ ...state, openness: interim }, s)) {
    state.commitment = 'agreed';
    return 'ready';
  }
  // Leave to send data costs the HCP nothing: a guarded HCP grants it without warming to anything more;
  // five minutes on Thursday with the data she asked for costs a little, granted once she is listening.
  const bar = input.smallAsk === 'send' ? SMALL_ASK_OPENNESS : VISIT_OPENNESS;
  if (input.smallAsk !== undefined && interim >= bar) return 'small';
  state.commitment = 'asked';
  effects.push({ key: 'premature-commitment' });
  return 'premature';
}

/** An HCP who has told the rep what matters cools after one bad turn; it does not go back to square one. */
const CUSHIONED_LOSS = -2;

const cushion = (d: DeltaResult, listened: boolean): DeltaResult =>
  listened && d.delta < CUSHIONED_LOSS ? { ...d, delta: CUSHIONED_LOSS } : d;

export interface TurnResult {
  ev: TurnEvents;
  delta: DeltaResult;
}

/** Mutates `state` (a fresh clone owned by `step`) and reports what happened. */
export function applyTurn(state: HcpState, s: Scenario, input: TurnInput, recap: boolean): TurnResult {
  const before = state.openness;
  const listened = state.linkedAt !== undefined || state.revealed.length > 0 || Object.keys(state.touched).length > 0;
  state.repTurns = input.turn;
  const none: ObjectionEvents = { acknowledged: [], resolved: [], reRaised: [] };
  const own = actEffects(state, s, input);
  const engaged = recap
    ? { events: none, effects: [] }
    : engageObjections(state, s, input.acts, input.hits, input.turn);
  // "I asked what I tell a patient in two minutes and I'm still waiting": a pitch on my priorities
  // while my concern hangs unanswered earns nothing.
  const talkedPast = (engaged.events.talkedPast ?? []).length > 0;
  const effects = [...(talkedPast ? own.filter((e) => !PRIORITY_GAINS.has(e.key)) : own), ...engaged.effects];
  if (!recap) {
    const conceded = concedeObjections(state, s, input.t.norm, input.acts, input.hits, input.turn);
    engaged.events.acknowledged.push(...conceded.events);
    effects.push(...conceded.effects);
  }
  // A concern about the product settled with what matters to the HCP ties the product to its patients too.
  const settled = engaged.events.resolved.length > 0;
  const mattered = makesItMatter(input) || settled;
  if (mattered) state.linkedAt ??= input.turn;
  const commitment = commitmentOf(state, s, input, effects, recap);
  if (!recap && commitment !== 'ready') {
    // "In the subgroup under 105 the mean drop was 2 mmHg": a product fact stated says something, whatever acts it carries.
    const statement = STATEMENTS.some((a) => input.acts.includes(a)) || (input.statedFacts ?? []).length > 0;
    const why = {
      prematureCommitment: commitment === 'premature',
      dumpWhileGuarded: input.acts.includes('feature_dump') && before <= 4,
      rebuttal: input.acts.includes('rebuttal'),
      statement,
      dodged: input.acts.includes('dodges_question'),
    };
    raiseObjection(state, s, input.hits, why, engaged.events, input.turn);
  }
  const delta = cushion(applyEffects(effects, s.difficulty), listened);
  state.openness = capListening(
    before,
    clamp(before + delta.delta, 0, MAX_OPENNESS),
    mattered || commitment === 'ready',
  );
  state.patience = clamp(state.patience - 1 + delta.patience, 0, s.hcp.timeBudget);
  state.mood = moodFor(state.openness, state.patience);
  state.lastRepWords = input.t.words.length;
  if (input.question === undefined)
    state.factsUsed = [...new Set([...(state.factsUsed ?? []), ...Object.keys(input.hits.facts)])];
  trackLowOpenness(state);
  const ended = decideEnding(state, { recap, agreed: commitment === 'ready' }, input.turn);
  const ev: TurnEvents = {
    turn: input.turn,
    acts: input.acts,
    question: input.question,
    hits: input.hits,
    objections: engaged.events,
    commitment,
    recap,
    // "Let me tell you about our support program instead" after her question sets no agenda: it dodges.
    agenda: input.question === undefined && input.acts.includes('purpose') && !input.acts.includes('dodges_question'),
    followUp: input.acts.includes('explore') || input.acts.includes('paraphrase'),
    repeatedQuestion: input.repeatedQuestion === true,
    farewell: input.farewell === true,
    greeting: input.greeting === true,
    yesNo: input.yesNo === true,
    playsBack: input.playsBack === true,
    timeRequest: input.timeRequest === true,
    checkIn: input.checkIn === true,
    ...(input.smallAsk !== undefined ? { smallAsk: input.smallAsk } : {}),
    request: input.request === true,
    offersHelp: input.offersHelp === true,
    quantity: input.quantity === true,
    askedAbout: input.askedAbout ?? [],
  };
  if (ended !== undefined) ev.ended = ended;
  return { ev, delta: { ...delta, delta: state.openness - before } };
}
