// The threads of a conversation, kept as each turn is read: objections and what the rep did with
// them, cues and the rep's next turn, asks and their answers, questions and whether they were answered.
import type { Conversation } from './conversation.js';
import {
  CUE_ACTS,
  OBJECTION_ACTS,
  type CueAct,
  type CueThread,
  type QuestionThread,
  type RepAct,
  type TurnReading,
} from './types.js';
import { hasAct } from './types.js';

/** What adapting to each cue looks like in the rep's next turn. */
const ADAPTS: Record<CueAct, readonly RepAct[]> = {
  time_cue: ['time_adapt'],
  confusion_cue: ['simplify'],
  emotion_cue: ['acknowledge', 'explore', 'paraphrase', 'time_adapt'],
  disinterest_cue: ['open_question', 'explore', 'time_adapt', 'paraphrase', 'acknowledge'],
};

/** Words of an agenda that spend her time on it: "I'd like to spend them…", "for our ten minutes…". */
const SPENDS_TIME = /\b(?:spend|spending|minutes?|mins?|time)\b/i;

/**
 * "I can spare a few minutes." → "I'd like to spend them hearing about your patients.": an agenda for her
 * time fits the call to it; an agenda that never mentions the time only says why the rep came.
 */
const plansTheTime = (r: TurnReading): boolean =>
  r.acts.some((a) => a.act === 'purpose' && a.kind === 'agenda' && SPENDS_TIME.test(a.evidence.quote));

const RESPONSES = ['agrees', 'conditional', 'brush_off', 'declines'] as const;
/** Turns an objection stays open for resolving. */
const OPEN_TURNS = 8;

function onRepTurn(conv: Conversation, r: TurnReading): void {
  const t = conv.timeline;
  const has = (a: RepAct) => hasAct(r, a);
  // "I'll be quick!" and then a pitch, an argument or a list of features is not adapting.
  const pushes =
    has('feature_dump') ||
    has('rebuttal') ||
    (has('generic_benefit') && !has('answers_question') && !has('priority_link'));
  for (const q of conv.pendingCues) {
    q.response = r.i;
    // An open question on what the HCP just said takes a feeling seriously too.
    const by =
      ADAPTS[q.kind].find(has) ??
      (q.kind === 'emotion_cue' && has('open_question') && r.buildsOn === true ? 'open_question' : undefined) ??
      (q.kind === 'time_cue' && plansTheTime(r) ? 'purpose' : undefined);
    // "That's a great point. Let me ask you about something else" moves away from the feeling.
    const movesOn = q.kind === 'emotion_cue' && has('transition') && !has('paraphrase') && !has('explore');
    // "Did you bring something for me or not?" → "What would you change about this place?": another question
    // that steps around hers does not win her back.
    const sidesteps = q.kind === 'disinterest_cue' && (has('dodges_question') || has('off_topic'));
    if (by !== undefined && !(pushes && q.kind !== 'confusion_cue') && !movesOn && !sidesteps) q.adaptedBy = by;
  }
  conv.pendingCues.length = 0;
  for (const q of conv.pendingQuestions) {
    q.response = r.i;
    q.answered = has('answers_question');
  }
  conv.pendingQuestions.length = 0;
  // Only the objections the HCP raised in its last two turns are what this turn responds to.
  for (const o of conv.openObjections) {
    if (o.turn < r.i - 3) continue;
    if (has('acknowledge')) o.acknowledged ??= r.i;
    if (has('explore')) o.explored ??= r.i;
    if (has('rebuttal')) o.rebutted ??= r.i;
    if (has('answers_question') || has('priority_link')) o.answered ??= r.i;
  }
  if (has('commitment_request') || has('next_step_specific') || has('next_step_vague'))
    t.asks.push({ turn: r.i, specific: has('next_step_specific') });
}

/**
 * "I don't have more time." → "What's the one thing that could…?" → "I need to move on.": a time signal said
 * again right after a reply that asked her more shows the reply kept her talking; it did not adapt.
 */
function undoKeptTalking(conv: Conversation, i: number): void {
  const last = conv.lastTimeCue;
  if (last?.response !== i - 1 || last.adaptedBy === undefined) return;
  const reply = conv.readingOf(i - 1);
  if (hasAct(reply, 'open_question') && !STEPS.some((a) => hasAct(reply, a))) last.adaptedBy = undefined;
}
const ENGAGES = ['shares_need', 'asks_question', 'agrees', 'conditional'] as const;
const STEPS: readonly RepAct[] = ['next_step_specific', 'next_step_vague', 'commitment_request', 'ownership'];

function onHcpTurn(conv: Conversation, r: TurnReading): void {
  const t = conv.timeline;
  const kinds = OBJECTION_ACTS.filter((a) => hasAct(r, a));
  if (kinds.length > 0 || hasAct(r, 'emotion_cue') || hasAct(r, 'asks_question')) conv.heardConcern = true;
  // An earlier objection the HCP now stops pressing, while agreeing or engaging, counts as resolved.
  const engaged = RESPONSES.slice(0, 2).some((a) => hasAct(r, a)) || hasAct(r, 'asks_question');
  if (engaged) for (const o of conv.openObjections) if (o.turn < r.i && !kinds.includes(o.kind)) o.resolved = r.i;
  // Threads stay open a few turns; older ones are history (and keep reading linear in length).
  conv.openObjections = conv.openObjections.filter((o) => o.resolved === undefined && o.turn >= r.i - OPEN_TURNS);
  for (const kind of kinds) {
    const thread = { turn: r.i, kind };
    t.objections.push(thread);
    conv.openObjections.push(thread);
  }
  // She answers and then signals time again: the question engaged her. Only the bare signal, said again, undoes it.
  if (hasAct(r, 'time_cue') && !ENGAGES.some((a) => hasAct(r, a))) undoKeptTalking(conv, r.i);
  for (const kind of CUE_ACTS) {
    const act = r.acts.find((a) => a.act === kind);
    // "Fifteen is about what I've got", agreeing to the rep's own time frame, asks for no change;
    // "Sure, but I only have five minutes" to a rep who named no time sets a limit to adapt to.
    if (act === undefined || (kind === 'time_cue' && hasAct(r, 'agrees') && repNamedTime(conv, r.i))) continue;
    const minutes = kind === 'time_cue' && act.kind !== undefined ? Number.parseInt(act.kind, 10) : Number.NaN;
    const cue: CueThread = Number.isNaN(minutes) ? { turn: r.i, kind } : { turn: r.i, kind, minutes };
    t.cues.push(cue);
    conv.pendingCues.push(cue);
    if (kind === 'time_cue') conv.lastTimeCue = cue;
  }
  if (hasAct(r, 'asks_question')) {
    const q: QuestionThread = { turn: r.i, answered: false };
    t.questions.push(q);
    conv.pendingQuestions.push(q);
  }
  if (hasAct(r, 'shares_need')) {
    const words = [...conv.said[r.i]!.content].slice(0, 12);
    t.needs.push({ turn: r.i, words });
  }
  const ask = t.asks[t.asks.length - 1];
  // "No, stay, go on." to "Should I come back another day?" keeps the call going; it takes up no next step.
  const answer = RESPONSES.find((a) => r.acts.some((x) => x.act === a && x.kind !== 'stay'));
  // The HCP may answer an ask a turn later, after a side question ("Brent said that too.").
  if (ask !== undefined && ask.answer === undefined && answer !== undefined && r.i - ask.turn <= 4)
    ask.answer = { turn: r.i, act: answer };
}

/** The rep's turn before turn i proposed a time frame ("ten minutes", "a couple of minutes"). */
const repNamedTime = (conv: Conversation, i: number): boolean => conv.said[i - 1]?.hits.has('hcp.minutes') === true;

export function updateTimeline(conv: Conversation, r: TurnReading): void {
  if (r.speaker === 'rep') onRepTurn(conv, r);
  else onHcpTurn(conv, r);
}
