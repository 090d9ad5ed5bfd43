// Direct questions worded the way reps talk (round 3): the HCP answers what was asked, from the material
// the question is about, even when the rep's words are not the scenario's terms. Each row has its near miss.
// Written before the fixes: 9 of 21 rows failed (the warm-HCP travel row got a warming lead and its closed-lead form
// became a hidden-priority row: at openness 5 withholding is right). After: 0 of 21. The "cost, asked about
// the device" row came later, with the focus rule; it failed before it too.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { converse, type Exchange } from './builders.js';

let lib: Awaited<ReturnType<typeof loadLibrary>>;
beforeAll(async () => {
  lib = await loadLibrary();
});

const scenario = (id: string): Scenario => lib.require(id);
const last = (id: string, lines: readonly string[], seed: number): Exchange =>
  converse(scenario(id), lines, seed).exchanges.at(-1)!;
/** Frames and variants are picked by seed: the answer must hold on every one. */
const SEEDS = [1, 2, 3, 4, 5];

/** The HCP's lines for a priority or concern, every variant: what "draws on that material" means in words. */
function linesOf(s: Scenario, id: string): string[] {
  const item = [...s.hcp.priorities, ...s.hcp.concerns].find((x) => x.id === id);
  if (item === undefined) throw new Error(`no material ${id} in ${s.id}`);
  const detail =
    item.detail === undefined ? [] : typeof item.detail === 'string' ? [item.detail] : Object.values(item.detail);
  return [item.text, item.says ?? item.text, ...detail].filter((x): x is string => typeof x === 'string');
}

/** The reply says one of the material's sentences (or its first sentence), or names it as the move's topic. */
function drawsOn(e: Exchange, s: Scenario, id: string): boolean {
  if (e.move.refs.includes(id)) return true;
  return linesOf(s, id).some((l) => e.reply.text.includes(l.split(/(?<=[.!?])\s/u)[0]!));
}

interface Row {
  name: string;
  scenario: string;
  lead: string[];
  question: string;
  material: string;
  /** A question at the same point about something else: must not get `material`. */
  nearMiss: string;
}

const COPD = 'nurse-practitioner-copd-inhaler';
const COPD_LEAD = ['Thanks for the stool. What are you seeing with your COPD patients these days?'];

const ROWS: Row[] = [
  {
    name: 'technique, asked as "using their inhalers wrong"',
    scenario: COPD,
    lead: COPD_LEAD,
    question: 'That sounds like a lot. How many of them do you think are using their inhalers wrong?',
    material: 'technique',
    nearMiss: 'That sounds like a lot. What do they usually pay for their inhalers now?',
  },
  {
    name: 'cost, asked as "what do they pay"',
    scenario: COPD,
    lead: COPD_LEAD,
    question: 'What do they usually pay for their inhalers now?',
    material: 'part-d-cost',
    nearMiss: 'How do they get on with the inhalers they have now?',
  },
  {
    // Added with the focus rule: "device" is a technique term, but the question asks what they pay.
    name: 'cost, asked about the device',
    scenario: COPD,
    lead: COPD_LEAD,
    question: 'What do they pay for the device they use now?',
    material: 'part-d-cost',
    nearMiss: 'How do they get on with the device they use now?',
  },
  {
    name: 'a hospital question in plain words',
    scenario: 'cardiology-heart-failure-evidence',
    lead: ["Fair enough. Before anything else, what's the hardest part of heart failure in your clinic right now?"],
    question: 'How many of them end up back in the hospital within a month of going home?',
    material: 'readmissions',
    nearMiss: 'What do you keep an eye on with their kidneys when you add something?',
  },
  {
    name: 'low blood sugar, asked as "sugars dropping at night"',
    scenario: 'endocrinology-weekly-insulin-status-quo',
    lead: ['Thanks for seeing me. What matters most to you with your type 2 patients on basal insulin?'],
    question: 'What worries you about their sugars dropping at night, for the ones who live on their own?',
    material: 'hypo-safety',
    nearMiss: 'What do you tell them to do when they forget a dose?',
  },
  {
    name: 'headache days, asked as "bad days a month"',
    scenario: 'neurology-migraine-prevention-discovery',
    lead: ['Thanks for the time. How are your chronic migraine patients doing on what they have?'],
    question: 'How many bad days a month are your chronic patients still having?',
    material: 'fewer-days',
    nearMiss: 'How do your patients feel about giving themselves a shot?',
  },
  {
    name: 'injections, asked as "giving themselves a shot"',
    scenario: 'neurology-migraine-prevention-discovery',
    lead: ['Thanks for the time. How are your chronic migraine patients doing on what they have?'],
    question: 'How do your patients feel about giving themselves a shot?',
    material: 'injection-reluctance',
    nearMiss: 'How many bad days a month are your chronic patients still having?',
  },
  {
    name: 'weight gain, asked as "putting on pounds"',
    scenario: 'psychiatry-depression-discovery',
    lead: ['Thanks for the time. What has disappointed you about adjuncts before?'],
    question: 'How do your patients take it when they start putting on pounds?',
    material: 'side-effect-burden',
    nearMiss: 'How often do you see restlessness or agitation on these drugs?',
  },
  {
    name: 'cost at the counter, asked as "what they will pay"',
    scenario: 'pharmacist-anticoagulant-counseling',
    lead: ['Thanks for a minute at the counter. What takes most of your time with blood thinner patients?'],
    question: 'What happens when a patient finds out at the counter what they will have to pay?',
    material: 'abandonment',
    nearMiss: 'How long does it take you to go over a new blood thinner with someone?',
  },
  {
    name: 'counseling, asked as "go over a new blood thinner"',
    scenario: 'pharmacist-anticoagulant-counseling',
    lead: ['Thanks for a minute at the counter. What takes most of your time with blood thinner patients?'],
    question: 'How long does it take you to go over a new blood thinner with someone?',
    material: 'counseling-time',
    nearMiss: 'What happens when a patient finds out at the counter what they will have to pay?',
  },
  {
    name: 'who gives and bills, asked as "who decides"',
    scenario: 'cardiology-lipid-closing',
    lead: ['Thanks, doctor. How many of your post-MI patients are still above their LDL goal?'],
    question: 'If you went ahead, who in your office decides who gives the shots and how it gets billed?',
    material: 'clinic-workflow',
    nearMiss: 'How do your post-MI patients feel about their cholesterol numbers?',
  },
  {
    name: 'needles, asked as "shots or IV drips"',
    scenario: 'gastroenterology-uc-closing',
    lead: ['Thanks for the time. Which of your moderate UC patients are hardest to treat right now?'],
    question: 'How do those patients feel about shots or IV drips?',
    material: 'needle-averse',
    nearMiss: 'How often are you putting the same people back on prednisone?',
  },
  {
    name: 'travel, asked as "how far do they come"',
    scenario: 'pulmonology-severe-asthma-closing',
    lead: ["Thanks for the time. What's the hardest part of looking after your severe asthma patients right now?"],
    question: 'How far do some of those patients have to come to get to your clinic?',
    material: 'home-dosing',
    nearMiss: 'How do you pick which patients get which biologic?',
  },
  {
    name: 'spend, asked as "what does the class cost you"',
    scenario: 'payer-formulary-weight-management',
    lead: ['Thanks for the meeting. I know the class is a big topic for your committee.'],
    question: 'What is this class costing your plan per member right now?',
    material: 'budget',
    nearMiss: 'What would criteria have to look like for your physicians to accept them?',
  },
  {
    name: 'messy topicals, asked as "stop putting the cream on"',
    scenario: 'dermatology-psoriasis-initial-access',
    lead: ['Thanks for seeing me. What are you seeing with your mild psoriasis patients?'],
    question: 'Why do they stop putting the cream on after a few weeks?',
    material: 'adherence',
    nearMiss: 'What do patients say when something stings on the face?',
  },
];

describe('a direct question gets the material it asks about', () => {
  for (const row of ROWS) {
    it(`${row.scenario}: ${row.name}`, () => {
      const s = scenario(row.scenario);
      for (const seed of SEEDS) {
        const e = last(row.scenario, [...row.lead, row.question], seed);
        expect(drawsOn(e, s, row.material), `seed ${seed}: ${e.reply.text}`).toBe(true);
        const miss = last(row.scenario, [...row.lead, row.nearMiss], seed);
        expect(drawsOn(miss, s, row.material), `near miss, seed ${seed}: ${miss.reply.text}`).toBe(false);
      }
    });
  }
});

interface Withheld {
  name: string;
  scenario: string;
  lead: string[];
  question: string;
  hidden: string;
}

/** A wary HCP (openness under the reveal line) asked, in other words, about what it still holds back. */
const WITHHELD: Withheld[] = [
  {
    name: 'low pressure, asked as "how low does it run"',
    scenario: 'cardiology-heart-failure-evidence',
    lead: ["Fair enough. Before anything else, what's the hardest part of heart failure in your clinic right now?"],
    question: 'How low does their pressure run on everything they are already taking?',
    hidden: 'bp-floor',
  },
  {
    name: 'prior auths, asked as "insurance approvals"',
    scenario: 'office-manager-gatekeeper-access',
    lead: ["I'll be quick. I know the doctors are busy."],
    question: 'How much of your team’s week goes to getting insurance approvals through?',
    hidden: 'pa-workload',
  },
  {
    name: 'members who stop, asked as "keep taking it"',
    scenario: 'payer-formulary-weight-management',
    lead: ['Thanks for the meeting. I know the class is a big topic for your committee.'],
    question: 'How many members are still taking it a few months after they start?',
    hidden: 'persistence',
  },
  {
    name: 'waiting for a response, asked as "how long will they wait"',
    scenario: 'psychiatry-depression-discovery',
    lead: ['Thanks for the time. What has disappointed you about adjuncts before?'],
    question: 'How long will your patients hang on before they feel any better?',
    hidden: 'early-response',
  },
  {
    name: 'travel, asked as "how far do they come" before she has warmed',
    scenario: 'pulmonology-severe-asthma-closing',
    // Not "Which … are you most worried about?": asking for her problem is an open question now, and warms her.
    lead: ['Thanks for the time. Which biologic are your severe asthma patients on?'],
    question: 'How far do some of those patients have to come to get to your clinic?',
    hidden: 'home-dosing',
  },
];

describe('a question on a hidden priority not yet earned', () => {
  for (const row of WITHHELD) {
    it(`${row.scenario}: ${row.name} is not told`, () => {
      const s = scenario(row.scenario);
      for (const seed of SEEDS) {
        const e = last(row.scenario, [...row.lead, row.question], seed);
        expect(e.reply.state.revealed, `seed ${seed}: ${e.reply.text}`).not.toContain(row.hidden);
        expect(drawsOn(e, s, row.hidden), `seed ${seed}: ${e.reply.text}`).toBe(false);
      }
    });
  }
});

interface Again {
  name: string;
  scenario: string;
  lines: string[];
  material: string;
}

/** The same topic asked again in other words, once the HCP has told it: no sentence said twice. */
const AGAIN: Again[] = [
  {
    name: 'cost asked twice',
    scenario: COPD,
    lines: [
      ...COPD_LEAD,
      'What do they usually pay for their inhalers now?',
      'I see. And what does that come to for them each month, out of their own pocket?',
      'So what are they paying when the coverage gap hits?',
    ],
    material: 'part-d-cost',
  },
  {
    name: 'injections asked twice',
    scenario: 'neurology-migraine-prevention-discovery',
    lines: [
      'Thanks for the time. How are your chronic migraine patients doing on what they have?',
      'How do your patients feel about giving themselves a shot?',
      'And the ones who hate needles, what do they say about injecting at home?',
      'So how do they feel about self-injecting, honestly?',
    ],
    material: 'injection-reluctance',
  },
];

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/u)
    .map((x) => x.trim())
    .filter((x) => x.split(' ').length >= 4);

describe('a topic asked again after the HCP answered it', () => {
  for (const row of AGAIN) {
    it(`${row.scenario}: ${row.name} repeats no sentence`, () => {
      const s = scenario(row.scenario);
      for (const seed of SEEDS) {
        const ex = converse(s, row.lines, seed).exchanges;
        const first = ex.findIndex((e) => drawsOn(e, s, row.material));
        expect(first, `seed ${seed}: never answered`).toBeGreaterThanOrEqual(0);
        const said = new Set(ex.slice(0, first + 1).flatMap((e) => sentences(e.reply.text)));
        for (const e of ex.slice(first + 1)) {
          for (const x of sentences(e.reply.text)) expect(said.has(x), `seed ${seed}: "${x}" again`).toBe(false);
          sentences(e.reply.text).forEach((x) => said.add(x));
        }
      }
    });
  }
});
