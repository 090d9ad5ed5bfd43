// The rep sets its own topic aside for what the HCP raised (rep-shelves.ts): a change of direction
// followed, which trainers credit under adaptability. All "shelves" rows were read as nothing before.
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../src/understand/index.js';
import { conversation } from '../../builders.js';
import { componentOf } from '../scoring/support.js';

const OPEN = [
  "R: Dr. Bose, thanks for the time. I'd planned to go through the two-year Corisanta data today.",
  "C: It's gotten worse. They cut the infusion center to two days a week, and my farmers just stop coming.",
];
const GRIEF = [
  'R: Hi Dr. Park, thanks for fitting me in. I was hoping to talk about where Clostra stands on the formulary.',
  'C: Sorry, I am a bit distracted. We lost a patient this morning to a dosing error, and I was the one checking.',
];

const shelved = (lines: string[]) => readConversation(conversation(...lines)).turns.at(-1)!.shelves;

describe('the rep shelves its own topic', () => {
  it.each([
    [OPEN, 'R: Then the two-year data can wait. What stops you from moving them to a pen at home?'],
    [OPEN, 'R: Okay, forget the two-year numbers for now. What would home dosing need to look like?'],
    [OPEN, 'R: In that case the results can stay in my bag. Who notices when someone stops coming?'],
    [OPEN, 'R: Then let’s set the data aside. Who tracks the missed infusions?'],
    [OPEN, 'R: So the long-term numbers go on the back burner. What happens when one of them stops coming?'],
    [GRIEF, "R: I'm so sorry. The formulary can wait. Would you like to talk it through, or should I come back?"],
    [GRIEF, "R: I'm so sorry. Let's park the formulary. Do you want to talk about it?"],
    [GRIEF, "R: I'm so sorry. The formulary can absolutely wait. Should I come back on a better day?"],
  ])('after %j reads %j', (open, line) => {
    expect(shelved([...open, line])?.why).toMatch(/^sets its own topic aside/);
  });

  it.each([
    // Her topic, not the rep's: parking her worry is not following her.
    [
      [
        'R: I wanted to show you the Corisanta home-dosing data.',
        'C: The copay is what worries me. My farmers cannot pay forty dollars a month.',
      ],
      "R: Let's park the copay question for now and look at the data first.",
    ],
    // A person waits or keeps: "you can keep", "patients can wait".
    [OPEN, 'R: I can leave a demo pen you can keep. Which patients would try it first?'],
    // Not at the clause's start: the rep tells what patients skip.
    [OPEN, 'R: Those farmers skip the data sessions too? How often does that happen?'],
    // Nothing heard to turn to: "Mm." is no change of direction.
    [[OPEN[0]!, 'C: Mm.'], 'R: Then the two-year data can wait. How are your infusion patients doing?'],
  ])('after %j does not read %j', (open, line) => {
    expect(shelved([...open, line])).toBeUndefined();
  });
});

describe('adaptability credits it', () => {
  it('as a change of direction followed, where no cue was read before', () => {
    const lines = [
      ...OPEN,
      'R: Four months before anyone knew. Who would have caught that?',
      'C: Nobody. The center never tells us, and my nurse has three hundred patients.',
      'R: Then the two-year data can wait. What stops you from moving them to a pen at home?',
      'C: Their hands. Half of them cannot work a syringe.',
    ];
    const c = componentOf(conversation(...lines), 'adaptability', 'pushback');
    expect(c.rationale).toContain('1 of 1 pushbacks and changes of direction');
  });
});
