// Whole conversations: determinism, no verbatim repeats, cues with reasons, strong vs weak reps.
import { beforeAll, describe, expect, it } from 'vitest';
import { step } from '../../../src/hcp/index.js';
import type { HcpState } from '../../../src/hcp/index.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { chattyRep, converse, SCENARIO_IDS, strongRep, weakRep, type Conversation, type Rep } from './builders.js';

let scenarios: Record<string, Scenario>;
beforeAll(async () => {
  const lib = await loadLibrary();
  scenarios = Object.fromEntries(SCENARIO_IDS.map((id) => [id, lib.require(id)]));
});

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
const meanReplyWords = (c: Conversation) =>
  c.exchanges.reduce((n, e) => n + wordsIn(e.reply.text), 0) / Math.max(1, c.exchanges.length);

describe('determinism', () => {
  it('gives byte-identical replies and state for the same seed and rep turns', () => {
    for (const id of SCENARIO_IDS) {
      for (const rep of [strongRep, weakRep, chattyRep]) {
        expect(JSON.stringify(converse(scenarios[id]!, rep, 42))).toBe(
          JSON.stringify(converse(scenarios[id]!, rep, 42)),
        );
      }
    }
  });

  it('resumes from journaled JSON state exactly as if it had never stopped', () => {
    const s = scenarios['primary-care-hypertension-discovery']!;
    const live = converse(s, chattyRep, 9, 8);
    const mid = live.exchanges[3]!.reply.state;
    const resumed = step(JSON.parse(JSON.stringify(mid)) as HcpState, live.exchanges[4]!.rep, s, 9);
    expect(JSON.stringify(resumed.reply)).toBe(JSON.stringify(live.exchanges[4]!.reply));
  });
});

describe('replies', () => {
  it('never repeats a reply word for word across 12 turns, even when the rep repeats itself', () => {
    const s = scenarios['primary-care-hypertension-discovery']!;
    const chatty = converse(s, chattyRep, 3, 12).exchanges.map((e) => e.reply.text);
    // The chatty rep talks past the opening time cue, which costs minutes: most of the budget, not all of it.
    expect(chatty.length).toBeGreaterThanOrEqual(10);
    expect(new Set(chatty).size).toBe(chatty.length);
    // The same line over and over costs the HCP's interest; until it leaves, no reply repeats.
    const parrot = converse(s, (() => 'Briefly, tell me more about that.') as Rep, 3, 12).exchanges;
    expect(new Set(parrot.map((e) => e.reply.text)).size).toBe(parrot.length);
    expect(parrot.at(-1)!.reply.state.openness).toBeLessThan(parrot[0]!.reply.state.openness);
  });

  it('answers a question about a priority from that priority, quoting the rep', () => {
    const s = scenarios['primary-care-hypertension-discovery']!;
    const c = converse(s, ['How are your patients doing with blood pressure control?']);
    const e = c.exchanges[0]!;
    expect(e.move.kind).toBe('answer');
    expect(e.move.refs).toContain('reach-goal');
  });

  it('opens up to a strong rep: reveals a hidden priority and asks questions back', () => {
    for (const id of SCENARIO_IDS) {
      const c = converse(scenarios[id]!, strongRep);
      expect(c.final.revealed.length, id).toBeGreaterThan(0);
      expect(
        c.exchanges.some((e) => e.reply.text.includes('?')),
        id,
      ).toBe(true);
    }
  });

  it('closes down on a weak rep: one clipped sentence once closed', () => {
    for (const id of SCENARIO_IDS) {
      const closed = converse(scenarios[id]!, weakRep).exchanges.filter(
        (e) => e.reply.state.openness <= 2 && e.move.kind !== 'end',
      );
      for (const e of closed)
        expect(e.reply.text.split(/(?<=[.!?])\s+/).length, e.reply.text).toBeLessThanOrEqual(
          e.reply.state.patience <= 2 ? 2 : 1,
        );
    }
  });

  it('talks longer to a strong rep than to a weak one', () => {
    for (const id of SCENARIO_IDS) {
      expect(meanReplyWords(converse(scenarios[id]!, strongRep))).toBeGreaterThan(
        meanReplyWords(converse(scenarios[id]!, weakRep)),
      );
    }
  });
});

const crossed = (before: number, after: number, mark: number) => before > mark && after <= mark;

/** docs/hcp.md "Cues": band change, |Δ| ≥ 2, patience past half or 2, objection raised/resolved, or the end. */
function hasCueReason(prev: HcpState, next: HcpState, budget: number): boolean {
  const objectionMoved = Object.entries(next.objections).some(([id, o]) => {
    const was = prev.objections[id]!;
    return o.raisedCount > was.raisedCount || (o.status === 'resolved' && was.status !== 'resolved');
  });
  return (
    prev.mood !== next.mood ||
    Math.abs(next.openness - prev.openness) >= 2 ||
    crossed(prev.patience, next.patience, budget / 2) ||
    crossed(prev.patience, next.patience, 2) ||
    objectionMoved ||
    (next.ending !== undefined && JSON.stringify(next.ending) !== JSON.stringify(prev.ending))
  );
}

describe('cues', () => {
  it('show only on turns with a state change behind them', () => {
    let cued = 0;
    let quiet = 0;
    for (const id of SCENARIO_IDS) {
      const s = scenarios[id]!;
      for (const rep of [strongRep, weakRep, chattyRep]) {
        const c = converse(s, rep, 5, 14);
        let prev = c.opening.state;
        for (const e of c.exchanges) {
          if (e.reply.cues.length > 0) {
            cued++;
            expect(
              hasCueReason(prev, e.reply.state, s.hcp.timeBudget),
              `${id} turn ${e.reply.state.repTurns}: ${e.reply.cues.join(' ')}`,
            ).toBe(true);
          } else quiet++;
          prev = e.reply.state;
        }
      }
    }
    expect(cued).toBeGreaterThan(0);
    expect(quiet).toBeGreaterThan(0);
  });

  it('never repeats a cue until its bank is used up', () => {
    const c = converse(scenarios['primary-care-hypertension-discovery']!, chattyRep, 1, 14);
    const cues = c.exchanges.flatMap((e) => e.reply.cues);
    expect(new Set(cues).size).toBe(cues.length);
  });
});

describe('strong and weak reps', () => {
  it.each(SCENARIO_IDS)('on %s a strong rep ends open (≥7) with a commitment and a weak one closed (≤3)', (id) => {
    const strong = converse(scenarios[id]!, strongRep);
    const weak = converse(scenarios[id]!, weakRep);
    expect(strong.final.openness).toBeGreaterThanOrEqual(7);
    expect(strong.final.ending?.reason).toBe('commitment');
    expect(weak.final.openness).toBeLessThanOrEqual(3);
    expect(weak.final.ending?.reason).not.toBe('commitment');
  });
});
