// Builds the end feedback from the scorecard, the transcript and the HCP's history; pure and deterministic.
import { buildHcpView } from './hcp-view.js';
import { buildImprovements } from './improvements.js';
import { buildNextSteps, buildWaitingFor } from './next-steps.js';
import { buildOutcome } from './outcome.js';
import { buildStrengths } from './strengths.js';
import { indexRepTurns } from './transcript.js';
import type { Feedback, FeedbackInput } from './types.js';

export function buildFeedback(input: FeedbackInput): Feedback {
  const { scorecard, turns, hcpState, scenario, seed } = input;
  const reps = indexRepTurns(turns);
  const metrics = scorecard.metricResults;
  const { strengths, noStrengthsNote } = buildStrengths(metrics, hcpState, reps);
  const feedback: Feedback = {
    outcome: buildOutcome(hcpState, scenario, input.endReason, input.reading),
    hcpView: buildHcpView(hcpState, reps),
    strengths,
    improvements: buildImprovements({
      metrics,
      state: hcpState,
      scenario,
      reps,
      transcript: turns.map((t) => t.text),
      ...(input.reading ? { reading: input.reading } : {}),
    }),
    waitingFor: buildWaitingFor(
      scenario,
      hcpState,
      turns.filter((t) => t.speaker === 'customer').map((t) => t.text),
    ),
    nextSteps: buildNextSteps(metrics, scenario, seed, input.suggestedScenarioId),
  };
  if (noStrengthsNote !== undefined) feedback.noStrengthsNote = noStrengthsNote;
  return feedback;
}
