// A one-glance view of the HCP for `/status` and `roleplay session`.
import type { Scenario } from '../scenario/index.js';
import { wasRaised } from './state.js';
import type { EndReason, HcpState, MoodBand } from './types.js';

export interface HcpSummary {
  mood: MoodBand;
  openness: number;
  /** Rep turns left before the HCP runs out of time. */
  patience: number;
  /** "touched/total", e.g. "2/3". */
  prioritiesTouched: string;
  objectionsRaised: number;
  objectionsResolved: number;
  ending?: EndReason;
}

export function hcpSummary(state: HcpState, scenario: Scenario): HcpSummary {
  const objections = Object.values(state.objections);
  const touched = scenario.hcp.priorities.filter((p) => state.touched[p.id] !== undefined).length;
  return {
    mood: state.mood,
    openness: state.openness,
    patience: state.patience,
    prioritiesTouched: `${touched}/${scenario.hcp.priorities.length}`,
    objectionsRaised: objections.filter((o) => wasRaised(o.status)).length,
    objectionsResolved: objections.filter((o) => o.status === 'resolved').length,
    ...(state.ending ? { ending: state.ending.reason } : {}),
  };
}
