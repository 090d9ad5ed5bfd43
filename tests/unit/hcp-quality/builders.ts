// A small scenario and transcript lines for the HCP-quality detector tests: only what they read.
import type { Scenario } from '../../../src/scenario/index.js';
import type { Line } from '../../hcp-quality/detect/index.mjs';

export const rep = (text: string): Line => ({ speaker: 'rep', text });
export const hcp = (text: string, cues?: string[]): Line =>
  cues ? { speaker: 'customer', text, cues } : { speaker: 'customer', text };

export const aScenario = (
  o: { facts?: { id: string; text: string }[]; hcp?: Record<string, unknown> } = {},
): Scenario =>
  ({
    id: 'lipid-test',
    title: 'The Lipid Clinic',
    summary: 'A cardiologist with a list of post-MI patients not at LDL goal.',
    therapeuticArea: 'Lipids',
    specialty: 'Cardiology',
    stage: 'closing',
    difficulty: 'easy',
    product: { name: 'Lipranta (fictional)', description: 'A twice-yearly injection that lowers LDL cholesterol.' },
    objectives: ['Ask for the first patients by Thursday.'],
    keyMessages: ['Two injections a year, given in the clinic by staff.'],
    openingScene: 'Dr. Bell waves you into his office. Patients fill the hallway.',
    facts: o.facts ?? [
      {
        id: 'ldl-lowering',
        text: 'LDL fell by 51 percent from baseline at 17 months on top of maximally tolerated statins.',
      },
    ],
    nextSteps: { early: 'Come back with the reimbursement guide.', late: 'I will start five patients on this list.' },
    hcp: {
      name: 'Dr. Marcus Bell',
      role: 'Preventive cardiologist',
      personality: 'Decisive and a little impatient.',
      startingMood: 'open',
      timeBudget: 6,
      openingLine: 'I pulled a list of post-MI patients who are not at goal.',
      priorities: [
        {
          id: 'ldl-goal',
          text: 'Getting my post-MI patients under 55.',
          terms: ['ldl goal', 'post-mi'],
          hidden: false,
        },
      ],
      concerns: [],
      objections: [],
      cues: { time: ['*checks the Medicare schedule*', '*mentions her Medicare Part D patients*'] },
      ...o.hcp,
    },
  }) as unknown as Scenario;
