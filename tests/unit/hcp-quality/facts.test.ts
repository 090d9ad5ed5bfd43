// Role inversion: the HCP reciting a product fact or key message before the rep has said it.
import { describe, expect, it } from 'vitest';
import { findRecitedFacts, productFacts } from '../../hcp-quality/detect/index.mjs';
import { aScenario, hcp, rep } from './builders.js';

const scenario = aScenario();

describe('findRecitedFacts', () => {
  it('finds a reply that states a fact the rep has not said', () => {
    const t = [
      hcp('Hello.'),
      rep('What matters to you?'),
      hcp('Well, LDL fell by 51 percent at 17 months on statins, I hear.'),
    ];
    expect(findRecitedFacts(scenario, t)).toEqual([{ turn: 2, facts: ['ldl-lowering'], text: t[2]!.text }]);
  });

  it('finds a recited key message too', () => {
    const t = [
      hcp('Hello.'),
      rep('What matters to you?'),
      hcp('Two injections a year, given by my staff in the clinic.'),
    ];
    expect(findRecitedFacts(scenario, t)[0]?.facts).toEqual(['key-message-1']);
  });

  it('allows the HCP to repeat a fact once the rep said it in its own words', () => {
    const t = [
      hcp('Hello.'),
      rep('In the trial LDL fell by about 51 percent at 17 months on top of statins.'),
      hcp('LDL fell by 51 percent at 17 months on statins. Good.'),
    ];
    expect(findRecitedFacts(scenario, t)).toEqual([]);
  });

  it('does not count a reply that touches only a few of the fact words', () => {
    const t = [hcp('Hello.'), rep('What matters to you?'), hcp('My patients stop their statins after a few months.')];
    expect(findRecitedFacts(scenario, t)).toEqual([]);
  });

  it("leaves the HCP's own words out of a fact, so a priority is never a recited fact", () => {
    const s = aScenario({ facts: [{ id: 'goal', text: 'More post-MI patients got under 55 in the registry study.' }] });
    const words = productFacts(s).find((f) => f.id === 'goal')?.words;
    expect(words && [...words].sort()).toEqual(['got', 'registry', 'study']);
  });
});
