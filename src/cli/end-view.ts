// The end of a session as people (scorecard + feedback) and machines (JSON with transcript) see it.
import { buildFeedback, hintFor } from '../feedback/index.js';
import { renderEndReport } from '../render/end-report.js';
import { DEFAULT_RUBRIC, scoreTranscript } from '../scoring/index.js';
import type { Session } from '../session/session.js';

export function feedbackOf(session: Session) {
  return buildFeedback({
    scorecard: session.scorecard!,
    turns: session.turns.map(({ speaker, text }) => ({ speaker, text })),
    hcpState: session.hcpState,
    scenario: session.scenario,
    seed: session.seed,
    endReason: session.endReason,
  });
}

export function renderEnded(session: Session, o: { color: 0 | 1 | 2 | 3; details?: boolean }): string {
  return renderEndReport(session.scorecard!, feedbackOf(session), { color: o.color, details: o.details });
}

/** The same object as the original end route ({overallScore, metricResults, ...}) plus transcript and feedback. */
export function endedJson(session: Session) {
  return {
    ...session.scorecard!,
    sessionId: session.id,
    scenarioId: session.scenario.id,
    seed: session.seed,
    endReason: session.endReason,
    transcript: session.turns,
    feedback: feedbackOf(session),
  };
}

/** /hint: scores the conversation so far without ending it. */
export function hintOf(session: Session): string {
  const turns = session.turns.map(({ speaker, text }) => ({ speaker, text }));
  return hintFor({
    scorecard: scoreTranscript(turns, DEFAULT_RUBRIC),
    turns,
    hcpState: session.hcpState,
    scenario: session.scenario,
  });
}
