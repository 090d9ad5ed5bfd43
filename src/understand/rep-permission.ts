// Asking leave for what someone on the rep's side will do: "Would it be okay if I had our medical
// science liaison send you the full subgroup data?", "Mind if I have our reimbursement specialist call
// your billing lead?", "Would it help if our nurse educator walked your MAs through the pen?". A
// step the HCP can say yes to, taken by a colleague; "…if I asked how you pick a second agent?" asks
// only leave to talk. Asking leave for the call itself ("Got a minute?") is its purpose.
import type { RepTurn } from './found.js';
import { timeFrame } from './rep-call-frame.js';
import { hasIn, overlapsSentence, type Said } from './said.js';

/** A colleague of the rep, after the frame or after "I have", "I'd get": "our MSL", "my manager". */
const COLLEAGUE = new Set(['our', 'my']);
/** How far after the frame the colleague or the talk may start ("…if I had our…", "…if we got one of our…"). */
const REACH = 5;

export type Leave = 'step' | 'talk';

/** What a permission frame in sentence k asks leave for, if the sentence has one. */
export function leaveAsked(s: Said, k: number): Leave | undefined {
  const frame = s.hits.firstWithin('rep.permissionFrames', s.text.sentences[k]!.t0, s.text.sentences[k]!.t1);
  if (frame === undefined) return undefined;
  const end = Math.min(s.text.sentences[k]!.t1, frame.t1 + REACH);
  const concrete = hasIn(s, 'rep.deliverables', k) || hasIn(s, 'rep.when', k);
  // "…if I shared the subgroup data with your P&T chair" names what changes hands: a step after all.
  if (s.hits.within('rep.leaveToTalk', frame.t1, end).length > 0) return concrete ? 'step' : 'talk';
  for (let t = frame.t1; t < end; t++) if (COLLEAGUE.has(s.text.tokens[t]!.w)) return 'step';
  return undefined;
}

/** Who takes the step, for the evidence: the frame through the colleague ("would it be okay if I had our"). */
export function colleagueStep(s: Said, k: number): { t0: number; t1: number } | undefined {
  const frame = s.hits.firstWithin('rep.permissionFrames', s.text.sentences[k]!.t0, s.text.sentences[k]!.t1);
  if (frame === undefined || leaveAsked(s, k) !== 'step') return undefined;
  const end = Math.min(s.text.sentences[k]!.t1, frame.t1 + REACH);
  for (let t = frame.t1; t < end; t++) if (COLLEAGUE.has(s.text.tokens[t]!.w)) return { t0: frame.t0, t1: t + 2 };
  return undefined;
}

/** Most words in a check on the agenda just laid out ("That alright?", "Does that work?"). */
const AGENDA_CHECK_WORDS = 4;

/**
 * "Got a minute?", "Could I borrow two minutes?", "…and an in-service for your team. That alright?": asking
 * leave for the call is part of its purpose (ACTS.md), not a question about her practice.
 */
export function asksLeaveForCall(r: RepTurn, k: number): boolean {
  const purpose = r.found.get('purpose');
  if (purpose === undefined) return false;
  const sent = r.s.text.sentences[k]!;
  if (overlapsSentence(r.s, k, purpose) && timeFrame(r.s, r.prev) !== undefined) return true;
  return k > 0 && sent.t1 - sent.t0 <= AGENDA_CHECK_WORDS && overlapsSentence(r.s, k - 1, purpose);
}
