// A session's status as people and machines read it (REPL /status, `roleplay session`, HTTP).
import type { Session } from './session.js';
import { wasRaised } from '../hcp/index.js';

export interface SessionStatus {
  id: string;
  scenarioId: string;
  title: string;
  hcpName: string;
  status: 'active' | 'ended';
  engine: string;
  seed: number;
  startedAt: number;
  updatedAt: number;
  repTurns: number;
  mood: string;
  openness: number;
  turnsLeft: number;
  priorities: { touched: number; total: number };
  objections: { raised: number; resolved: number };
  hcpEnded?: string;
  endReason?: string;
  overallScore?: number | null;
}

export function toStatus(s: Session): SessionStatus {
  const objections = Object.values(s.hcpState.objections);
  return {
    id: s.id,
    scenarioId: s.scenario.id,
    title: s.scenario.title,
    hcpName: s.scenario.hcp.name,
    status: s.status,
    engine: s.engine,
    seed: s.seed,
    startedAt: s.startedAt,
    updatedAt: s.updatedAt,
    repTurns: s.repTurns,
    mood: s.hcpState.mood,
    openness: s.hcpState.openness,
    turnsLeft: Math.max(0, s.hcpState.patience),
    priorities: { touched: Object.keys(s.hcpState.touched).length, total: s.scenario.hcp.priorities.length },
    objections: {
      raised: objections.filter((o) => wasRaised(o.status)).length,
      resolved: objections.filter((o) => o.status === 'resolved').length,
    },
    ...(s.hcpEnded ? { hcpEnded: s.hcpEnded } : {}),
    ...(s.endReason ? { endReason: s.endReason } : {}),
    ...(s.scorecard ? { overallScore: s.scorecard.overallScore } : {}),
  };
}
