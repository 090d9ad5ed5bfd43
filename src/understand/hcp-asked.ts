// What the rep's last turn put to the HCP (an agenda, a pitch, a step, an offer), and whether she already
// said yes to it: the frame in which hcp-response.ts reads her answer.
import type { HcpTurn } from './found.js';

type AskingAct = 'commitment_request' | 'next_step_specific' | 'next_step_vague' | 'ownership' | 'purpose';

export type Ask = 'agenda' | 'pitch' | 'step' | 'question-offer';

/** What the rep's last turn put to the HCP: an agenda to agree to, a step to commit to, an offer. */
export function askedBefore(h: HcpTurn): Ask | undefined {
  const prev = h.prev;
  if (prev === undefined) return undefined;
  // A step proposed a turn earlier and still unanswered is still on the table.
  const open = h.conv.timeline.asks[h.conv.timeline.asks.length - 1];
  if (open !== undefined && open.answer === undefined && h.s.i - open.turn <= 4) return 'step';
  const has = (a: AskingAct | 'time_adapt') => h.conv.has(prev.i, a);
  if (has('commitment_request') || has('next_step_specific') || has('next_step_vague') || has('ownership'))
    return 'step';
  // An agenda asks for agreement; "I want to tell you about X" does not, so "Okay." to it is no yes.
  const agenda = h.conv.readingOf(prev.i)?.acts.some((a) => a.act === 'purpose' && a.kind === 'agenda') === true;
  if (agenda || (has('purpose') && prev.text.sentences.some((x) => x.q))) return 'agenda';
  if (has('purpose')) return 'pitch';
  return has('time_adapt') && prev.text.sentences.some((x) => x.q) ? 'question-offer' : undefined;
}

/** A yes, or a yes on a condition ("If the numbers hold up, I'd try it in one."): the step is hers too. */
const YES = new Set(['agrees', 'conditional']);

/** The HCP already said yes to the step the rep is now confirming. */
export function alreadyAgreed(h: HcpTurn): boolean {
  const asks = h.conv.timeline.asks;
  for (let k = asks.length - 1; k >= 0 && k >= asks.length - 3; k--)
    if (YES.has(asks[k]!.answer?.act ?? '') && h.s.i - asks[k]!.answer!.turn <= 3) return true;
  return false;
}
