// The persona prompt: the HCP's state after the scripted step, the move to voice, and the whole
// conversation (the seed's backend sent only the last 18 messages: an HCP that forgets).
import { beforeAll, describe, expect, it } from 'vitest';
import { open, step } from '../../../../src/hcp/index.js';
import { buildMessages } from '../../../../src/hcp/llm/index.js';
import type { Scenario } from '../../../../src/scenario/schema.js';
import { fixtureScenario } from '../builders.js';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await fixtureScenario();
});

function afterTurn(rep: string) {
  const start = open(scenario, 3);
  const { reply, move } = step(start.state, rep, scenario, 3);
  const transcript = [
    { speaker: 'customer' as const, text: start.reply.text },
    { speaker: 'rep' as const, text: rep },
  ];
  return buildMessages({
    scenario,
    state: reply.state,
    move,
    transcript,
    ...(reply.ended ? { ended: reply.ended } : {}),
  });
}

describe('buildMessages', () => {
  it('describes the HCP’s mood, openness, time left and the move to voice', () => {
    const system = afterTurn('How do you handle patients who forget their pills?')[0]!.content;
    expect(system).toMatch(/Mood: (closed|guarded|neutral|open|pressed) \(openness \d+\/10\)\./);
    expect(system).toMatch(/Time left: about \d+ more exchanges\./);
    expect(system).toContain('Open objections: none.');
    expect(system).toMatch(/Your move: [a-z]/);
    expect(system).toContain('What to convey: "');
    expect(system).toContain('Never write lines for the representative.');
  });

  it('lists an objection once the scripted step has raised it', () => {
    const system = afterTurn('You should switch everyone and change your whole approach.')[0]!.content;
    expect(system).toContain('Open objections: "I think we\'re fine with what we have."');
  });

  it('keeps a hidden priority out of the prompt until the HCP has revealed it', () => {
    const withHidden = structuredClone(scenario);
    withHidden.hcp.priorities.push({
      id: 'cost',
      text: 'Secretly, cost worries me most.',
      terms: ['cost'],
      hidden: true,
    });
    const start = open(withHidden, 1);
    const { reply, move } = step(start.state, 'Hello.', withHidden, 1);
    const system = buildMessages({ scenario: withHidden, state: reply.state, move, transcript: [] })[0]!.content;
    expect(system).not.toContain('cost worries me');
    const revealed = { ...reply.state, revealed: ['cost'] };
    expect(buildMessages({ scenario: withHidden, state: revealed, move, transcript: [] })[0]!.content).toContain(
      'cost worries me',
    );
  });

  it('sends the whole conversation, alternating rep and HCP', () => {
    const transcript = Array.from({ length: 60 }, (_, i) => ({
      speaker: i % 2 === 0 ? ('customer' as const) : ('rep' as const),
      text: `line ${i}`,
    }));
    const start = open(scenario, 1);
    const { reply, move } = step(start.state, 'line 59', scenario, 1);
    const messages = buildMessages({ scenario, state: reply.state, move, transcript });
    expect(messages).toHaveLength(62);
    expect(messages.slice(2).map((m) => m.content)).toEqual(transcript.map((t) => t.text));
    expect(messages.slice(1).every((m, i) => m.role === (i % 2 === 0 ? 'user' : 'assistant'))).toBe(true);
  });
});
