// An ended session's history line: the same line whether `end` writes it or a repair pass derives
// it from the journal after a crash between the end event and the history write.
import type { HistoryEntry } from '../store/index.js';
import type { Session } from './session.js';

export function toHistoryEntry(s: Omit<Session, 'hcpState'>): HistoryEntry {
  const card = s.scorecard!;
  return {
    sessionId: s.id,
    scenarioId: s.scenario.id,
    title: s.scenario.title,
    startedAt: s.startedAt,
    endedAt: s.updatedAt,
    reason: s.endReason ?? 'rep-ended',
    repTurns: s.repTurns,
    overallScore: card.overallScore,
    band: card.band,
    metrics: Object.fromEntries(card.metricResults.map((m) => [m.id, m.score])),
    rubricVersion: card.rubricVersion,
    ...(s.rep !== undefined ? { rep: s.rep } : {}),
    ...((card.compliance?.flags.length ?? 0) > 0 ? { compliance: card.compliance!.flags.map((f) => f.kind) } : {}),
  };
}
