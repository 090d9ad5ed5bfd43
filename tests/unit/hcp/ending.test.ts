// How conversations end: time-out at the budget, walk-out when closed, commitment plus one recap turn.
import { beforeAll, describe, expect, it } from 'vitest';
import { step } from '../../../src/hcp/index.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { framesFor } from '../../../src/hcp/frames.js';
import { hasAct, readConversation } from '../../../src/understand/index.js';
import { converse, fixtureScenario, keepTalking, SCENARIO_IDS, strongRep, weakRep } from './builders.js';

let scenarios: Scenario[];
beforeAll(async () => {
  const lib = await loadLibrary();
  scenarios = [await fixtureScenario(), ...SCENARIO_IDS.map((id) => lib.require(id))];
});

/** The HCP's last reply, read in context the way the scorer reads it, signals time pressure. */
const saysTime = (said: { speaker: 'rep' | 'customer'; text: string }[]) =>
  hasAct(readConversation(said).turns.at(-1), 'time_cue');

const WARNINGS = framesFor('timeWarning', 'neutral');

describe('time-out', () => {
  it('comes at the time budget for a rep who just keeps talking (earlier only if it talked past a time cue), unless the HCP walks out first', () => {
    for (const s of scenarios) {
      const c = converse(s, keepTalking);
      const last = c.exchanges.at(-1)!;
      // A hostile HCP may walk out on a rep who never engages; nobody ever talks past the budget.
      expect(['time-out', 'walk-out'], s.id).toContain(last.reply.ended);
      // Talking on after "I'm short on time" costs two turns of patience (HCP.md), so only then is it early.
      const ignoredTime = c.final.history.some((h) =>
        h.reasons.includes('kept talking after I said I was short on time'),
      );
      if (last.reply.ended === 'time-out' && !ignoredTime) expect(c.exchanges, s.id).toHaveLength(s.hcp.timeBudget);
      if (last.reply.ended === 'time-out') expect(c.exchanges.length, s.id).toBeLessThanOrEqual(s.hcp.timeBudget);
      else expect(c.exchanges.length, s.id).toBeLessThan(s.hcp.timeBudget);
      expect(last.reply.cues.length, s.id).toBeGreaterThan(0);
      expect(last.move.kind).toBe('end');
    }
  });

  it('is announced in words once, when two turns or fewer are left', () => {
    for (const s of scenarios) {
      const c = converse(s, keepTalking);
      if (c.exchanges.at(-1)!.reply.ended !== 'time-out') continue;
      const pressed = c.exchanges.filter((e) => e.reply.state.patience > 0 && e.reply.state.patience <= 2);
      expect(pressed.length, s.id).toBeGreaterThan(0);
      for (const e of pressed) expect(e.reply.state.mood).toBe('pressed');
      const first = pressed[0]!;
      expect(saysTime(first.reply.state.said), `${s.id}: ${first.reply.text}`).toBe(true);
      // Once is enough: the same warning every turn is a seam, not a person.
      expect(pressed.filter((e) => WARNINGS.some((w) => e.reply.text.includes(w))).length, s.id).toBeLessThanOrEqual(1);
    }
  });
});

describe('walk-out', () => {
  it('ends a weak rep with the HCP leaving, closed', () => {
    for (const s of scenarios) {
      const c = converse(s, weakRep);
      const last = c.exchanges.at(-1)!;
      expect(last.reply.ended, s.id).toBe('walk-out');
      expect(c.final.openness).toBeLessThanOrEqual(1);
    }
  });
});

// Found in the REPL: a rep who answered the opening question with a slogan was walked out on at turn 1.
describe('a bad first turn', () => {
  it('gets a cold reply and a second turn, never a walk-out', () => {
    for (const s of scenarios)
      for (const seed of [1, 2, 3]) {
        const first = converse(
          s,
          ["Hi doctor! I'm here to tell you about our drug, the best one on the market."],
          seed,
        );
        expect(first.exchanges[0]!.reply.ended, `${s.id} seed ${seed}`).toBeUndefined();
      }
  });
});

describe('commitment', () => {
  it('agrees to the next step that fits the stage, then closes after one recap turn', () => {
    for (const s of scenarios) {
      const c = converse(s, strongRep);
      const agreeAt = c.exchanges.findIndex((e) => e.move.kind === 'agree');
      expect(agreeAt, s.id).toBeGreaterThanOrEqual(0);
      const agree = c.exchanges[agreeAt]!;
      const late = ['access', 'closing', 'objection-handling'].includes(s.stage);
      expect(agree.reply.text).toContain(late ? s.nextSteps.late : s.nextSteps.early);
      expect(agree.reply.state.commitment).toBe('agreed');
      expect(agree.reply.state.ending).toMatchObject({ reason: 'commitment', final: false });
      expect(agree.reply.ended).toBeUndefined();
      const recap = c.exchanges[agreeAt + 1]!;
      expect(recap.reply.ended).toBe('commitment');
      expect(recap.reply.state.ending).toMatchObject({ reason: 'commitment', final: true });
      expect(c.exchanges).toHaveLength(agreeAt + 2);
    }
  });

  it('treats an early request as premature: openness drops and an objection comes up', async () => {
    const s = await fixtureScenario();
    const c = converse(s, ['Would you be open to trying it with two patients as a next step?']);
    const e = c.exchanges[0]!;
    expect(e.reply.state.commitment).toBe('asked');
    expect(e.reply.state.openness).toBeLessThan(c.opening.state.openness);
    expect(e.reply.state.objections['fine-as-is']?.status).toBe('raised');
  });

  it('only says goodbye once the conversation is over', () => {
    const s = scenarios[0]!;
    const c = converse(s, weakRep);
    const after = step(c.final, 'Wait, one more thing!', s, 7);
    expect(after.reply.ended).toBe('walk-out');
    expect(after.reply.state.repTurns).toBe(c.final.repTurns);
    expect(c.exchanges.map((e) => e.reply.text)).not.toContain(after.reply.text);
  });
});
