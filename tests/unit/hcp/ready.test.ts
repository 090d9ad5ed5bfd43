// When the HCP agrees to a next step (issue 14): a concern the rep heard out becomes the condition of
// a yes; a concern the rep talked past still blocks it.
import { beforeAll, describe, expect, it } from 'vitest';
import { conditionOf, isReady } from '../../../src/hcp/ending.js';
import { initialState } from '../../../src/hcp/state.js';
import { open, step, type HcpState } from '../../../src/hcp/index.js';
import { readRepTurn } from '../../../src/hcp/reading.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';

let s: Scenario;
beforeAll(async () => {
  s = (await loadLibrary()).require('primary-care-hypertension-discovery');
});

/** Open, with a hidden priority uncovered and two priorities worked: everything but the objection is ready. */
function discovered(status?: HcpState['objections'][string]['status']): HcpState {
  const state = initialState(s);
  Object.assign(state, {
    openness: 8,
    revealed: ['pill-burden'],
    touched: { 'reach-goal': 1, 'pill-burden': 2 },
    linkedAt: 2,
  });
  if (status !== undefined)
    state.objections['cheap-generics'] = { status, raisedAt: 2, ignoredTurns: 0, raisedCount: 1 };
  return state;
}

describe('ready for a next step', () => {
  it.each([
    { why: 'no objection on the table', status: undefined, ready: true, condition: undefined },
    { why: 'an objection answered', status: 'resolved' as const, ready: true, condition: undefined },
    {
      why: 'an objection heard out but not settled: a yes with a condition',
      status: 'acknowledged' as const,
      ready: true,
      condition: 'cheap-generics',
    },
    { why: 'an objection talked past: not yet', status: 'raised' as const, ready: false, condition: 'cheap-generics' },
  ])('$why', ({ status, ready, condition }) => {
    const state = discovered(status);
    expect(isReady(state, s)).toBe(ready);
    expect(conditionOf(state)).toBe(condition);
  });

  it('is not ready below the openness it needs, whatever else was done', () => {
    expect(isReady({ ...discovered(), openness: 6 }, s)).toBe(false);
  });

  it('is not ready when the product was never tied to anything the HCP said', () => {
    const { linkedAt: _, ...unlinked } = discovered();
    expect(isReady(unlinked, s)).toBe(false);
  });

  it('is not ready before the hidden priority is uncovered, neither told nor named', () => {
    expect(isReady({ ...discovered(), revealed: [], touched: { 'reach-goal': 1 } }, s)).toBe(false);
  });

  it('counts a hidden priority the rep named and worked with as uncovered ("so it\'s the pill burden?")', () => {
    expect(isReady({ ...discovered(), revealed: [] }, s)).toBe(true);
  });
});

describe('the reply to a next-step ask', () => {
  const ask = 'Would you be willing to start two or three of your patients above goal on one agent next week?';
  const from = (status: HcpState['objections'][string]['status']) => ({
    ...open(s, 1).state,
    ...discovered(status),
    said: open(s, 1).state.said,
  });

  it('agrees and names the concern still open as the condition', () => {
    const { reply } = step(from('acknowledged'), ask, s, 1);
    expect(reply.state.commitment).toBe('agreed');
    expect(reply.text).toMatch(/cost/);
  });

  it('declines to commit while a concern was talked past, and names it', () => {
    const { reply } = step(from('raised'), ask, s, 1);
    expect(reply.state.commitment).toBe('asked');
    expect(reply.text).toMatch(/cost/);
  });
});

describe('a time cue', () => {
  const said = [
    { speaker: 'rep' as const, text: 'What worries you most about sleep medicines in your older patients?' },
    { speaker: 'customer' as const, text: "Falls. I really can't do a full presentation today." },
  ];
  it.each([
    { why: 'one short question respects it', text: 'For which patients is trazodone not enough?', ignored: false },
    {
      why: 'saying so respects it',
      text: "I'll be quick: in the studies balance on waking was similar to placebo, and morning driving was not impaired.",
      ignored: false,
    },
    {
      why: 'a long pitch ignores it',
      text: 'In the studies over 40 percent were 65 or older, balance on waking was similar to placebo, and morning driving tests showed no meaningful impairment.',
      ignored: true,
    },
  ])('$why', ({ text, ignored }) => {
    expect(readRepTurn(said, text).ignoredTimeCue).toBe(ignored);
  });
});

describe('a concern about time', () => {
  it('is heard when the rep adapts to the time, and answered by a shorter meeting later', async () => {
    const m = (await loadLibrary()).require('oncology-myeloma-hostile-initial');
    const state = open(m, 1).state;
    state.objections['two-minutes'] = { status: 'raised', raisedAt: 0, ignoredTurns: 0, raisedCount: 1 };
    state.said.push({ speaker: 'customer', text: 'I have rounds in two minutes.' });
    const adapted = step(state, "I know you have rounds, so I won't go further today.", m, 1).reply.state;
    expect(adapted.objections['two-minutes']!.status).toBe('acknowledged');
    const answered = step(adapted, 'Would fifteen minutes next week work, scheduled through your nurse?', m, 1).reply
      .state;
    expect(answered.objections['two-minutes']!.status).toBe('resolved');
  });
});

describe('a next step the rep announces without asking', () => {
  it('is noted, not probed', () => {
    const { reply, move } = step(
      open(s, 1).state,
      "Thank you. I'll email your nurses the dosing guide by Friday.",
      s,
      1,
    );
    expect(move.kind).toBe('react');
    expect(reply.text).not.toContain('?');
  });
});

describe('a ready HCP in a closing call', () => {
  it('agrees to a specific ask once the rep has named and settled the snag, without re-presenting', async () => {
    const lipid = (await loadLibrary()).require('cardiology-lipid-closing');
    const lines = [
      "Good to see you again, Dr. Bell. Last time you mentioned your post-MI patients who aren't at goal. Is that still the group you're thinking about?",
      "Makes sense. What's the sticking point for getting started?",
      'Got it, so the question is whether it runs through buy-and-bill or the specialty pharmacy. Which would your clinic prefer?',
      "We can do either. Most heart centers like yours go through the specialty pharmacy, and our hub handles the benefits check so your staff doesn't front the cost.",
      'Great. Would you start it with the post-MI patients on your list who are still above 70 on a max statin, say five of them this month?',
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      let state = open(lipid, seed).state;
      for (const line of lines) state = step(state, line, lipid, seed).reply.state;
      expect(state.commitment, `seed ${seed}`).toBe('agreed');
    }
  });

  it('agrees when a pharmacist is asked to keep supply and sheets at the counter, after the counseling worry is met', async () => {
    const rx = (await loadLibrary()).require('pharmacist-anticoagulant-counseling');
    const lines = [
      "Thanks for seeing me, Rosa. I'd love to hear what your anticoagulation patients ask you about most at the counter.",
      'Interactions come up a lot, then. Which ones worry you most with the patients you see?',
      "Thrombivo has a short interaction list: the main ones are strong CYP3A4 and P-gp inhibitors, and there's no routine INR.",
      'Sorry, let me put it plainly: fewer drugs to check, and no INR visits for your patients.',
      'What happens at the register when the copay comes up?',
      'So people walk away when they see the price. How often does that happen?',
      'We have a copay card that brings most commercial patients down to 10 dollars, and a counseling sheet you can hand out. Would you keep a starter supply and the sheets at the counter this month?',
    ];
    let state = open(rx, 6).state;
    for (const line of lines) state = step(state, line, rx, 6).reply.state;
    expect(state.commitment).toBe('agreed');
  });
});
