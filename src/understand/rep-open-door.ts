// "If there's anything you need, just let me know": the rep leaves the next step to the HCP, for whatever
// she may need. ACTS.md counts it a vague next step. The open-door list names needs in general ("if anything
// comes up"); a trigger she is to watch for ("If it's more than two minutes, let me know") is not on it.
import type { RepTurn } from './found.js';
import { firstIn, hasIn, hitEvidence } from './said.js';

/** Read once no other step was found in the turn: a sentence that leaves the step to her is a vague one. */
export function readOpenDoor(r: RepTurn): void {
  for (const q of r.sentences) {
    const door = hasIn(r.s, 'rep.openDoor', q.k) ? firstIn(r.s, 'rep.getInTouch', q.k) : undefined;
    if (door === undefined) continue;
    r.found.add('next_step_vague', hitEvidence(r.s, door, 'leaves the next step to the HCP: "{phrase}"'));
    return;
  }
}
