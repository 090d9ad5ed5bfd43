// Objections: raised by the rep's words, acknowledged, resolved by their answer terms, sharper when ignored.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/schema.js';
import { converse, fixtureScenario } from './builders.js';

let s: Scenario;
beforeAll(async () => {
  s = await fixtureScenario();
});

const RAISE = 'Many practices switch to Testorin.';

describe('objections', () => {
  it('are raised by their trigger words and voiced in the reply', () => {
    const e = converse(s, [RAISE]).exchanges[0]!;
    expect(e.reply.state.objections['fine-as-is']).toMatchObject({ status: 'raised', raisedAt: 1, raisedCount: 1 });
    expect(e.reply.text).toContain("I think we're fine with what we have.");
    expect(e.move.refs).toContain('fine-as-is');
    expect(e.reply.cues.length).toBeGreaterThan(0);
  });

  it('move to acknowledged on an acknowledgment, and resolve on their answer terms', () => {
    const c = converse(s, [
      RAISE,
      'I hear you, that makes sense.',
      'How do patients who forget doses do on what you use now?',
    ]);
    const [, acked, resolved] = c.exchanges;
    expect(acked!.reply.state.objections['fine-as-is']?.status).toBe('acknowledged');
    expect(resolved!.reply.state.objections['fine-as-is']?.status).toBe('resolved');
    expect(acked!.reply.state.history.at(-1)!.acts).toContain('acknowledge');
    expect(resolved!.reply.state.history.at(-1)!.reasons).toContain('answered my concern about what we use now');
    // Time is a hard limit: an answer earns openness, not minutes.
    expect(resolved!.reply.state.patience).toBe(acked!.reply.state.patience - 1);
    expect(resolved!.reply.state.openness).toBeGreaterThan(acked!.reply.state.openness);
  });

  it('stay raised, and cost openness, when the rep argues behind an "I hear you"', () => {
    const c = converse(s, [RAISE, 'I hear you, but the data is very clear and everyone is switching over to it now.']);
    const [raised, argued] = c.exchanges;
    expect(argued!.reply.state.objections['fine-as-is']?.status).toBe('raised');
    expect(argued!.reply.state.history.at(-1)!.acts).toContain('rebuttal');
    expect(argued!.reply.state.openness).toBeLessThan(raised!.reply.state.openness);
  });

  it('come back sharper when talked past for two turns', () => {
    const c = converse(s, [RAISE, 'Testorin is one tablet.', 'Testorin comes in one strength.']);
    const last = c.exchanges[2]!;
    expect(last.reply.state.objections['fine-as-is']).toMatchObject({ status: 'raised', raisedCount: 2 });
    expect(last.reply.state.history.at(-1)!.reasons).toContain('ignored my concern about what we use now twice');
    expect(last.reply.text).not.toContain("I think we're fine with what we have.");
  });
});
