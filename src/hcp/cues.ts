// Non-verbal cues from state changes only (docs/hcp.md "Cues"); a separate field, never part of the reply text.
import type { CueTrigger, Scenario } from '../scenario/index.js';
import { BUILT_IN_CUES } from './cue-bank.js';
import { afterCue, cueFits } from './posture.js';
import { rngFor, shuffled } from './prng.js';
import type { HcpState } from './types.js';

/** Why cues may show on one turn, most important first; `pickCues` shows one of them at most. */
const MAX_TRIGGERS = 2;

export interface CueChange {
  prev: HcpState;
  next: HcpState;
  delta: number;
  budget: number;
  objectionRaised: boolean;
  objectionResolved: boolean;
  /** The HCP agreed to a next step or ended the conversation this turn. */
  ending?: 'agreed' | 'ended';
}

const crossed = (before: number, after: number, mark: number): boolean => before > mark && after <= mark;

/** Why cues show this turn, most important first; empty when nothing changed enough to show. */
export function cueTriggers(c: CueChange): CueTrigger[] {
  // The last cue is the HCP leaving; anything else would be noise after the door closes.
  if (c.ending === 'ended') return ['leaving'];
  const out: CueTrigger[] = [];
  if (c.objectionRaised) out.push('objection');
  if (c.objectionResolved) out.push('resolved');
  const { patience: before } = c.prev;
  const { patience: after } = c.next;
  if (crossed(before, after, c.budget / 2) || crossed(before, after, 2)) out.push('time');
  const bandChanged = c.prev.mood !== c.next.mood;
  if (c.ending === 'agreed' || (c.delta > 0 && (bandChanged || c.delta >= 2))) out.push('warming');
  else if (c.delta < 0 && (bandChanged || c.delta <= -2)) out.push('cooling');
  else if (bandChanged && c.next.mood === 'pressed') out.push('time');
  // "*picks up her car keys*" then "*steps into the office*" in one breath contradict each other: warming wins.
  const shown = out.includes('warming') ? out.filter((t) => t !== 'time') : out;
  return [...new Set(shown)].slice(0, MAX_TRIGGERS);
}

/**
 * One cue at most, for the first trigger with an apt one: scenario cues first, then built-in ones, in
 * seeded order, each fitting the posture before it (posture.ts); none repeats until its bank is used.
 * Moves `state.posture` on.
 */
export function pickCues(
  triggers: readonly CueTrigger[],
  state: HcpState,
  s: Scenario,
  seed: number,
  turn: number,
  replyWords: number,
): string[] {
  const posture = state.posture ?? {};
  for (const trigger of triggers) {
    const rng = rngFor(seed, s.id, turn, `cue:${trigger}`);
    const bank = [...shuffled(s.hcp.cues[trigger] ?? [], rng), ...shuffled(BUILT_IN_CUES[trigger], rng)].filter((c) =>
      cueFits(c, posture, trigger, replyWords),
    );
    let cue = bank.find((c) => !state.usedCues.includes(c));
    if (cue === undefined) {
      state.usedCues = state.usedCues.filter((c) => !bank.includes(c));
      cue = bank[0];
    }
    if (cue === undefined) continue;
    state.usedCues.push(cue);
    state.posture = afterCue(posture, cue);
    return [cue];
  }
  return [];
}
