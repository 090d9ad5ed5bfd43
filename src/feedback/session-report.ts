// A session's end as data: feedback from its journal, the end JSON every surface returns, /hint.
import { DEFAULT_RUBRIC, readTranscript, scoreTranscript } from '../scoring/index.js';
import type { Session } from '../session/index.js';
import { buildFeedback } from './build.js';
import { hintFor } from './hint.js';
import type { Feedback } from './types.js';

const spoken = (s: Session) => s.turns.map(({ speaker, text }) => ({ speaker, text }));

export function feedbackOf(session: Session): Feedback {
  const turns = spoken(session);
  return buildFeedback({
    scorecard: session.scorecard!,
    turns,
    hcpState: session.hcpState,
    scenario: session.scenario,
    seed: session.seed,
    endReason: session.endReason,
    // Read once, the way the scorer read it, so the outcome counts what the card counts.
    reading: readTranscript(turns, DEFAULT_RUBRIC),
  });
}

/** What `roleplay end --json` and POST /api/roleplay/end return: the original end route's
 * {overallScore, metricResults, ...} plus the transcript and feedback. */
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

/** /hint: scores the conversation so far without ending it, from one reading of it. */
export function hintOf(session: Session): string {
  const turns = spoken(session);
  const scorecard = scoreTranscript(turns, DEFAULT_RUBRIC, {}, readTranscript(turns, DEFAULT_RUBRIC));
  return hintFor({ scorecard, turns, hcpState: session.hcpState, scenario: session.scenario });
}
