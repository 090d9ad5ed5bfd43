// customer_engagement_signals: how much the customer talks, asks, looks ahead, and keeps their energy.
import type { ComponentResult, MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { component, metric, Moves, pct, stepScore } from './component.js';
import { agreementRow, firstRow, hasHit, namesATime } from './observe.js';

/** Talk time counts words, not turns: alternating turns are not "50%" (issue 4). */
function talkTime(conv: Conversation, weight: number): ComponentResult {
  const total = conv.repWords + conv.customerWords;
  if (total === 0) return component(conv, 'customer_talk_time', weight, null, 'nobody said a word');
  const share = conv.customerWords / total;
  const { bands, otherwise } = conv.c.rubric.thresholds.customerTalkTime;
  const score = bands.find(([lo, hi]) => share >= lo - 1e-9 && share <= hi + 1e-9)?.[2] ?? otherwise;
  const rationale = `customer spoke ${conv.customerWords} of ${total} words (${pct(share)})`;
  return component(conv, 'customer_talk_time', weight, score, rationale);
}

/** Words the customer said in turns [from, to), and whether any of those turns looked ahead. */
function customerWordsIn(conv: Conversation, from: number, to: number): { words: number; ahead: boolean } {
  let words = 0;
  let ahead = false;
  for (let i = from; i < to; i++) {
    const t = conv.turns[i]!;
    if (t.speaker !== 'customer') continue;
    words += t.wordCount;
    ahead ||= lookAheadRow(conv, t) !== -1 || namesATime(conv, t);
  }
  return { words, ahead };
}

/** Row of a talk of next steps or a trial, or of agreement to what the rep proposed, or -1. */
function lookAheadRow(conv: Conversation, t: TurnInfo): number {
  const row = firstRow(t, conv.c.list.forwardLooking);
  return row !== -1 ? row : agreementRow(conv, t);
}

/** Adds turn t to `ahead` when it looks ahead: next steps, a trial, a day or time, or agreement. */
function addLookAhead(conv: Conversation, t: TurnInfo, ahead: Moves): void {
  const row = lookAheadRow(conv, t);
  if (row !== -1) ahead.add(t.index, t.table.phraseOf(row));
  else if (namesATime(conv, t)) ahead.add(t.index);
}

function energyShifts(conv: Conversation, customer: readonly TurnInfo[], weight: number): ComponentResult {
  const p = conv.c.rubric.params;
  const drops = new Moves();
  const clipped = new Moves();
  for (const t of customer) {
    const row = firstRow(t, conv.c.list.energyDrop);
    if (row !== -1) drops.add(t.index, t.table.phraseOf(row));
    if (t.isClipped) clipped.add(t.index);
  }
  const n = conv.turns.length;
  const third = Math.floor(n / 3);
  const first = customerWordsIn(conv, 0, third).words;
  const end = customerWordsIn(conv, n - third, n);
  const last = end.words;
  // Short answers while agreeing to next steps are a close, not a fade.
  const fading = n >= p.energyMinTurns && first > 0 && last < p.energyLastThirdRatio * first && !end.ahead;
  // One clipped "okay" is ordinary; a run of them is a customer checking out.
  const signals = drops.count + (clipped.count >= 2 ? 1 : 0) + (fading ? 1 : 0);
  const score = stepScore(signals, conv.c.rubric.thresholds.energySignals);
  const parts = [`${drops.count} exit/energy-drop line${drops.count === 1 ? '' : 's'}`, `${clipped.count} clipped replies`];
  parts.push(fading ? `customer words fell from ${first} in the first third to ${last} in the last` : 'no fade in customer words');
  // Each keeps MAX_EVIDENCE turns, enough for the first MAX_EVIDENCE distinct turns of both.
  return component(conv, 'energy_shifts', weight, score, parts.join('; '), [...drops.kept, ...clipped.kept]);
}

export function scoreCustomerEngagement(conv: Conversation): MetricResult {
  const { c, turns } = conv;
  const th = c.rubric.thresholds;
  const weights = c.rubric.metrics.customer_engagement_signals.weights;
  const customer = conv.customerTurns;
  const silent = (name: string, weight: number) => component(conv, name, weight, null, 'the customer said nothing');
  if (customer.length === 0) {
    return metric(c.rubric, 'customer_engagement_signals', [
      talkTime(conv, weights.customer_talk_time),
      silent('customer_question_quality', weights.customer_question_quality),
      silent('forward_looking_cues', weights.forward_looking_cues),
      silent('energy_shifts', weights.energy_shifts),
    ]);
  }
  // "What do you mean?" and "how long will this take?" show confusion and hurry, not interest.
  const { list } = c;
  const asked = new Moves();
  const ahead = new Moves();
  for (const t of customer) {
    if (t.isQuestion && !hasHit(t, list.confusionCue) && !hasHit(t, list.timeCue)) asked.add(t.index);
    addLookAhead(conv, t, ahead);
  }
  return metric(c.rubric, 'customer_engagement_signals', [
    talkTime(conv, weights.customer_talk_time),
    component(conv, 'customer_question_quality', weights.customer_question_quality, stepScore(asked.count, th.customerQuestions),
      `the customer asked ${asked.count} question${asked.count === 1 ? '' : 's'}`, asked.kept),
    component(conv, 'forward_looking_cues', weights.forward_looking_cues, stepScore(ahead.count, th.forwardLookingCues),
      `the customer looked ahead (next steps, trial, follow-up) in ${ahead.count} turn${ahead.count === 1 ? '' : 's'}`, ahead.kept),
    energyShifts(conv, customer, weights.energy_shifts),
  ]);
}

