// Contentment said as an answer: asked what she does now, an HCP who says it works is happy with it,
// whatever words she finds ("Nitrofurantoin. Works.", "Honestly, most of them are fine.").
import type { HcpTurn } from './found.js';
import { hcpHits, hitEvidence, insideHit } from './said.js';

/** Words that turn a verdict against itself ("works, but…", "not fine"). */
const TURNS = new Set(['but', 'though', 'except', 'not', "isn't", "aren't", "doesn't", "don't", 'until']);

/** Subjects that make a verdict a yes to the meeting ("Now is fine.", "Ten minutes is fine."), not to the practice. */
const MEETING = new Set(
  'now|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|time|that|this|lunch|noon|minutes|minute|mins|seconds|hour|hours'.split(
    '|',
  ),
);

const STEPS = ['commitment_request', 'next_step_specific', 'next_step_vague'] as const;

export function readContentNow(h: HcpTurn): void {
  const { s, prev } = h;
  if (prev === undefined || !prev.hits.has('hcp.askedNow') || h.found.has('objection_status_quo')) return;
  // "Sure, that works." to a proposed step answers the step, not how things go now.
  const proposal = STEPS.some((a) => h.conv.has(prev.i, a));
  if (proposal) return;
  const verdict = hcpHits(s, 'fineVerdict').find((x) => {
    const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
    const subject = s.text.tokens[x.t0 - 1];
    const meeting = subject !== undefined && subject.sent === s.text.tokens[x.t0]!.sent && MEETING.has(subject.w);
    // "Works for me." to "three chunks… Okay by you?" agrees to the plan; it says nothing of her practice.
    const agrees = insideHit(s, 'hcp.agree', x);
    return !sent.q && !meeting && !agrees && !s.text.tokens.slice(sent.t0, sent.t1).some((t) => TURNS.has(t.w));
  });
  if (verdict !== undefined)
    h.found.add('objection_status_quo', hitEvidence(s, verdict, 'asked about what they do now, says "{phrase}"'));
}
