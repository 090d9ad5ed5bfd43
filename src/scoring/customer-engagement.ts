// customer_engagement_signals: how much the customer talks, asks, looks ahead, and keeps their energy.
import type { ComponentResult, MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { component, metric, pct, stepScore } from './component.js';
import type { Observation } from './component.js';
import { agreement, firstHit, hasHit, namesATime } from './observe.js';

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
    ahead ||= looksAhead(conv, t) !== undefined;
  }
  return { words, ahead };
}

/** Talk of next steps or a trial, a day or time, or agreement to what the rep proposed. */
function looksAhead(conv: Conversation, t: TurnInfo): Observation | undefined {
  const { list } = conv.c;
  const hit = firstHit(t, list.forwardLooking) ?? agreement(conv, t);
  if (hit) return { turn: t.index, phrase: hit.phrase };
  return namesATime(conv, t) ? { turn: t.index } : undefined;
}

function energyShifts(conv: Conversation, customer: readonly TurnInfo[], weight: number): ComponentResult {
  const p = conv.c.rubric.params;
  const drops: Observation[] = [];
  for (const t of customer) {
    const hit = firstHit(t, conv.c.list.energyDrop);
    if (hit) drops.push({ turn: t.index, phrase: hit.phrase });
  }
  const clipped = customer.filter((t) => t.isClipped).map((t) => ({ turn: t.index }));
  const n = conv.turns.length;
  const third = Math.floor(n / 3);
  const first = customerWordsIn(conv, 0, third).words;
  const end = customerWordsIn(conv, n - third, n);
  const last = end.words;
  // Short answers while agreeing to next steps are a close, not a fade.
  const fading = n >= p.energyMinTurns && first > 0 && last < p.energyLastThirdRatio * first && !end.ahead;
  // One clipped "okay" is ordinary; a run of them is a customer checking out.
  const signals = drops.length + (clipped.length >= 2 ? 1 : 0) + (fading ? 1 : 0);
  const score = stepScore(signals, conv.c.rubric.thresholds.energySignals);
  const parts = [`${drops.length} exit/energy-drop line${drops.length === 1 ? '' : 's'}`, `${clipped.length} clipped replies`];
  parts.push(fading ? `customer words fell from ${first} in the first third to ${last} in the last` : 'no fade in customer words');
  return component(conv, 'energy_shifts', weight, score, parts.join('; '), [...drops, ...clipped]);
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
  const asked = customer
    .filter((t) => t.isQuestion && !hasHit(t, list.confusionCue) && !hasHit(t, list.timeCue))
    .map((t) => ({ turn: t.index }));
  const ahead: Observation[] = [];
  for (const t of customer) {
    const o = looksAhead(conv, t);
    if (o) ahead.push(o);
  }
  return metric(c.rubric, 'customer_engagement_signals', [
    talkTime(conv, weights.customer_talk_time),
    component(conv, 'customer_question_quality', weights.customer_question_quality, stepScore(asked.length, th.customerQuestions),
      `the customer asked ${asked.length} question${asked.length === 1 ? '' : 's'}`, asked),
    component(conv, 'forward_looking_cues', weights.forward_looking_cues, stepScore(ahead.length, th.forwardLookingCues),
      `the customer looked ahead (next steps, trial, follow-up) in ${ahead.length} turn${ahead.length === 1 ? '' : 's'}`, ahead),
    energyShifts(conv, customer, weights.energy_shifts),
  ]);
}

