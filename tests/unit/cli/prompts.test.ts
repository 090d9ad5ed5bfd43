// The REPL's questions, driven through @inquirer/testing's fake terminal.
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { askRepName, pickScenario, type PickableScenario } from '../../../src/cli/prompts.js';

const aScenario = (o: Partial<PickableScenario> = {}): PickableScenario => ({
  id: 'primary-care-hypertension-discovery',
  title: 'The Busy Internist',
  difficulty: 'medium',
  therapeuticArea: 'cardiology',
  ...o,
});

const scenarios = [
  aScenario(),
  aScenario({
    id: 'office-manager-gatekeeper-access',
    title: 'The Gatekeeper',
    difficulty: 'easy',
    therapeuticArea: 'access',
  }),
];

describe('pickScenario', () => {
  it('returns the scenario the rep moves to', async () => {
    const { answer, events } = await render(pickScenario, { scenarios });
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('office-manager-gatekeeper-access');
  });

  it('lists each scenario by title, area and difficulty, with its id under the list', async () => {
    const { answer, events, getScreen } = await render(pickScenario, { scenarios });
    expect(getScreen()).toContain('The Busy Internist (cardiology, medium)');
    expect(getScreen()).toContain('The Gatekeeper (access, easy)');
    expect(getScreen()).toContain('primary-care-hypertension-discovery');
    events.keypress('enter');
    await expect(answer).resolves.toBe('primary-care-hypertension-discovery');
  });

  it('shows no terminal control sequence a scenario file put in its title', async () => {
    const { answer, events, getScreen } = await render(pickScenario, {
      scenarios: [aScenario({ title: 'Evil\u001b]0;owned\u0007 title' })],
    });
    expect(getScreen({ raw: true })).not.toContain('\u001b]0;');
    expect(getScreen()).toContain('Evil title');
    events.keypress('enter');
    await answer;
  });
});

describe('askRepName', () => {
  it('returns what the rep types', async () => {
    const { answer, events, getScreen } = await render(askRepName, {});
    expect(getScreen()).toContain("Your name, for your trainer's practice report (Enter to skip):");
    events.type('Dana Smith');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Dana Smith');
  });
});
