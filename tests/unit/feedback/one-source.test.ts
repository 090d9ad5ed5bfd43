// One source (issue 12): the HCP's per-turn view, the scorecard and the feedback read each act once, the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import { feedbackOf } from '../../../src/feedback/index.js';
import { open, step, type HcpState } from '../../../src/hcp/index.js';
import type { Scenario } from '../../../src/scenario/index.js';
import { DEFAULT_RUBRIC, readTranscript, scoreTranscript } from '../../../src/scoring/index.js';
import type { Session } from '../../../src/session/session.js';
import type { Scorecard, Turn } from '../../../src/types.js';
import { loadScenario } from './fixtures.js';

const SEED = 11;

/** A mixed rep: agenda and open question, paraphrase, feature dump, rebuttal, acknowledgment, a checked playback, commitment ask, recap. */
const LINES = [
  "I'll keep it brief. I'd like to understand how you manage patients above goal. How do you decide when to add a second agent?",
  "So what I'm hearing is that a third of your panel is still above goal, and every extra titration visit is one they may skip.",
  'Normavyn is a once-daily tablet with a novel combination mechanism. The pivotal study showed a strong response at twelve weeks. The brand is covered at tier 2 on most commercial plans. The safety profile is clean and the label is broad. Key opinion leaders are excited about it and the launch has been very strong.',
  "That's not an issue, the brand really pays for itself.",
  'Normavyn also comes in three strengths with a starter kit for new patients.',
  "That's a fair concern. What does a brand copay mean for your patients?",
  'Walk me through what happens when one of your seniors with a big pill burden drops the blood pressure pill.',
  'So for the seniors who drop the blood pressure pill first, one pill instead of two could keep them on it. Is that right?',
  "Would you be open to trying it with two patients who are above goal? I'll bring the adherence data on Thursday.",
  "To recap: a third of your panel is above goal, and pill burden makes seniors drop the pill. I'll bring the adherence data Thursday.",
];

let scenario: Scenario;
let transcript: Turn[];
let final: HcpState;
let card: Scorecard;

beforeAll(async () => {
  scenario = await loadScenario();
  const opened = open(scenario, SEED);
  transcript = [{ speaker: 'customer', text: opened.reply.text }];
  let state = opened.state;
  for (const line of LINES) {
    const { reply } = step(state, line, scenario, SEED);
    transcript.push({ speaker: 'rep', text: line }, { speaker: 'customer', text: reply.text });
    state = reply.state;
  }
  final = state;
  card = scoreTranscript(transcript, DEFAULT_RUBRIC);
});

const repIndexes = () => transcript.flatMap((t, i) => (t.speaker === 'rep' ? [i] : []));

/** "1 of 2 objections heard out …" in the card's objection_navigation "handling" rationale. */
function cardObjections(): { raised: number; resolved: number } {
  const handling = card.metricResults
    .find((m) => m.id === 'objection_navigation')!
    .components.find((c) => c.name === 'handling')!;
  const found = /^(\d+) of (\d+) objections heard out/.exec(handling.rationale);
  expect(found, handling.rationale).not.toBeNull();
  return { raised: Number(found![2]), resolved: Number(found![1]) };
}

describe('one source for acts', () => {
  it('plays the whole session to an agreed next step', () => {
    expect(final.history).toHaveLength(LINES.length);
    expect(final.ending).toMatchObject({ reason: 'commitment', final: true });
  });

  it('covers the acts the HCP and the card most often disagreed on', () => {
    const read = readTranscript(transcript, DEFAULT_RUBRIC);
    const acts = new Set(repIndexes().flatMap((i) => read.turns[i]!.acts.map((a) => a.act)));
    for (const act of [
      'open_question',
      'paraphrase',
      'acknowledge',
      'feature_dump',
      'rebuttal',
      'commitment_request',
    ] as const)
      expect(acts, act).toContain(act);
  });

  it("gives every rep turn the same acts, in the same order, in the HCP's history and in the scorer's reading", () => {
    const read = readTranscript(transcript, DEFAULT_RUBRIC);
    repIndexes().forEach((i, k) => {
      expect(final.history[k]!.acts, `rep turn ${k + 1}: ${transcript[i]!.text}`).toEqual(
        read.turns[i]!.acts.map((a) => a.act),
      );
    });
  });

  it("counts the outcome's objections exactly as the scorecard's objection navigation does", () => {
    const session: Session = {
      id: 'one-source',
      scenario,
      seed: SEED,
      engine: 'scripted',
      startedAt: 0,
      updatedAt: 0,
      turns: transcript,
      repTurns: LINES.length,
      status: 'ended',
      endReason: 'commitment',
      scorecard: card,
      hcpState: final,
    };
    const feedback = feedbackOf(session);
    const { raised, resolved } = feedback.outcome.objections;
    expect({ raised, resolved }).toEqual(cardObjections());
    expect(feedback.hcpView.turns.map((t) => t.acts)).toEqual(final.history.map((h) => h.acts));
    // The HCP's own objection states tell another story here (it voiced the concern twice and counts it resolved),
    // so a feedback that counted from them instead of the reading would fail the check above.
    const statuses = Object.values(final.objections).map((o) => o.status);
    expect({
      raised: statuses.filter((s) => s !== 'latent').length,
      resolved: statuses.filter((s) => s === 'resolved').length,
    }).not.toEqual({ raised, resolved });
  });
});
