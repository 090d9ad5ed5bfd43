// The REPL's scenario picker, driven through @inquirer/testing's fake terminal.
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { pickScenario, type PickableScenario } from '../../../src/cli/pick-scenario.js';

const aScenario = (o: Partial<PickableScenario> = {}): PickableScenario => ({
  id: 'primary-care-hypertension-discovery',
  title: 'The Busy Internist',
  difficulty: 'medium',
  therapeuticArea: 'cardiology',
  ...o,
});

const scenarios = [aScenario(), aScenario({ id: 'office-manager-gatekeeper-access', title: 'The Gatekeeper', difficulty: 'easy', therapeuticArea: 'access' })];

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
    const { answer, events, getScreen } = await render(pickScenario, { scenarios: [aScenario({ title: 'Evil\u001b]0;owned\u0007 title' })] });
    expect(getScreen({ raw: true })).not.toContain('\u001b]0;');
    expect(getScreen()).toContain('Evil title');
    events.keypress('enter');
    await answer;
  });
});
