// Practice calls played as a rep would (round 2): each row is an HCP reply no doctor would give to that turn, with its near miss.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { converse } from './builders.js';

let lib: Awaited<ReturnType<typeof loadLibrary>>;
beforeAll(async () => {
  lib = await loadLibrary();
});

const scenario = (id: string): Scenario => lib.require(id);
const replies = (id: string, lines: readonly string[], seed: number) => converse(scenario(id), lines, seed).exchanges;
const last = (id: string, lines: readonly string[], seed: number) => replies(id, lines, seed).at(-1)!;
/** Frames are picked by seed: a seam must be absent on every seed, not just one. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const HF = 'cardiology-heart-failure-evidence';

describe('a recap that gets the HCP wrong', () => {
  const lines = [
    "Fair challenge. Before I answer, can I ask what you're seeing with your heart failure patients right now?",
    // No "That's a tough number to be judged on." first: since her answer reads as a need, that acknowledges it, and
    // an acknowledged HCP asks her question without the mortality point these rows need said first.
    'What drives most of those readmissions?',
    'Cardivex is once-daily with no titration, and physicians really like how simple it is.',
    'I understand. Let me tell you about our patient support program instead.',
  ];

  it('is corrected before the HCP raises a concern that happens to be due', () => {
    const wrong = "So what I'm hearing is that mortality is your main worry and readmissions don't matter much to you.";
    for (const seed of SEEDS) {
      const e = last(HF, [...lines, wrong], seed);
      expect(e.reply.text, `seed ${seed}`).toMatch(/^(?:That's not what I said|No, that's not quite it|Not exactly)/);
    }
  });

  it('near miss: a right recap at the same point is not corrected', () => {
    const right = "So what I'm hearing is that readmissions are what your department is judged on.";
    for (const seed of SEEDS) {
      const e = last(HF, [...lines, right], seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/not what I said|not quite it|Not exactly/);
    }
  });
});

describe('a rep who goes past the question the HCP just asked', () => {
  const lines = [
    "Fair challenge. Before I answer, can I ask what you're seeing with your heart failure patients right now?",
    // No "That's a tough number to be judged on." first: since her answer reads as a need, that acknowledges it, and
    // an acknowledged HCP asks her question without the mortality point these rows need said first.
    'What drives most of those readmissions?',
    'Cardivex is once-daily with no titration, and physicians really like how simple it is.',
    'I understand. Let me tell you about our patient support program instead.',
  ];

  it('is asked again about that question, not about a concern from earlier', () => {
    let asked = 0;
    for (const seed of SEEDS) {
      const ex = replies(HF, lines, seed);
      if (!/coming back within 30 days\?/.test(ex[2]!.reply.text)) continue;
      asked++;
      const dodge = ex[3]!.reply.text;
      expect(dodge, `seed ${seed}`).not.toMatch(
        /answer on the evidence|question on the evidence|What about the evidence/,
      );
      expect(dodge, `seed ${seed}`).toMatch(/readmission|my question|not what I asked/i);
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('near miss: a dodge of a concern the HCP voiced as a question presses on that concern', () => {
    const raised = [
      'Hi, thanks for making time.',
      'Cardivex goes on top of what they already take.',
      'Let me tell you about our patient support program instead.',
    ];
    let asked = 0;
    for (const seed of SEEDS) {
      const ex = replies(HF, raised, seed);
      if (!/blood pressure in patients already at 95 systolic\?/.test(ex[1]!.reply.text)) continue;
      asked++;
      expect(ex[2]!.reply.text, `seed ${seed}`).toMatch(/not what I asked|skipped my question|on safety/i);
      expect(ex[2]!.reply.text, `seed ${seed}`).not.toMatch(/mortality|readmission/i);
    }
    expect(asked).toBeGreaterThan(0);
  });
});

describe('a concern the rep grants before the HCP says it', () => {
  const conceded =
    "You're right that the composite is carried by hospitalizations, and mortality was flat. That's a fair reading of the paper.";

  it('is taken as heard, not raised back at the rep in its own words', () => {
    for (const seed of SEEDS) {
      const [e] = replies(HF, [conceded], seed);
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(/carried by hospitalizations|no mortality benefit/i);
      expect(e!.reply.state.objections['soft-endpoint']!.status, `seed ${seed}`).toBe('acknowledged');
    }
  });

  it('and is settled by the answer that follows it', () => {
    const answer =
      'Where it matters is readmissions: total heart failure hospitalizations, first and recurrent, were down by about a quarter.';
    for (const seed of SEEDS) {
      const ex = replies(HF, [conceded, answer], seed);
      expect(ex[1]!.reply.state.objections['soft-endpoint']!.status, `seed ${seed}`).toBe('resolved');
    }
  });

  it('near miss: asking about a concern after "That makes sense" grants nothing', () => {
    const lines = [
      'Thanks for sharing your lunch break. My goal is to hear how your COPD patients manage their inhalers. What matters most to you with them right now?',
      "It sounds like inhaler technique and exacerbations are the big ones. What happens when a patient can't coordinate two inhalers?",
      'That makes sense. Pulmovra is one inhaler with one breath, so that patients with poor technique get their dose and have fewer flare-ups. How do your patients on Medicare handle the cost?',
    ];
    for (const seed of SEEDS) {
      const e = last('nurse-practitioner-copd-inhaler', lines, seed);
      expect(e.reply.state.objections['medicare-cost']!.status, `seed ${seed}`).toBe('raised');
    }
  });

  it('near miss: "I hear you" before a claim that only names the endpoint still raises the concern', () => {
    const claim = 'I hear you. The composite endpoint is the strongest result we have.';
    for (const seed of SEEDS) {
      const [e] = replies(HF, [claim], seed);
      expect(e!.reply.state.objections['soft-endpoint']!.status, `seed ${seed}`).toBe('raised');
    }
  });
});

describe('data the rep states before the HCP asks for it', () => {
  const lines = [
    "You're right that the composite is carried by hospitalizations, and mortality was flat. That's a fair reading of the paper.",
    'Where it matters is readmissions: total heart failure hospitalizations, first and recurrent, were down by about a quarter.',
    'What happens to your sickest patients when you try to add another drug?',
  ];

  it('is not asked for afterwards as if unsaid', () => {
    const data =
      'In the subgroup with systolic under 105, the mean drop was 2 mmHg and discontinuation for hypotension was similar to placebo.';
    for (const seed of SEEDS) {
      const ex = replies(
        HF,
        [...lines, data, 'Could your MSL send you the subgroup tables before journal club?'],
        seed,
      );
      for (const e of ex.slice(3))
        expect(e.reply.text, `seed ${seed}`).not.toMatch(/What does it do to blood pressure/);
      expect(ex.at(-1)!.reply.state.objections['hypotension-risk']!.status, `seed ${seed}`).toBe('preempted');
    }
  });

  it('near miss: asking what the subgroup showed pre-empts nothing', () => {
    const asks = 'What did the subgroup with systolic under 105 show, in your reading?';
    for (const seed of SEEDS) {
      const ex = replies(HF, [...lines, asks], seed);
      expect(ex.at(-1)!.reply.state.objections['hypotension-risk']!.status, `seed ${seed}`).not.toBe('preempted');
    }
  });
});

describe('a question on one topic while a concern is open', () => {
  const PH = 'pharmacist-anticoagulant-counseling';
  const lines = [
    "Hi! I'm Jo with Thrombivo. How's the day going at the counter?",
    'What makes a new anticoagulant start hard for you here?',
  ];

  it('is answered on its topic, not with why the open concern matters', () => {
    const copay = 'That sounds like a lot to carry on your own. What happens when a patient hears the copay?';
    for (const seed of SEEDS) {
      const e = last(PH, [...lines, copay], seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/schedule is overbooked|no slack in the day/i);
      expect(e.move.refs, `seed ${seed}`).not.toContain('counseling-burden');
      // The copay question gets the copay story (told now: the start question was answered on counseling).
      expect(e.move.refs, `seed ${seed}`).toContain('abandonment');
      expect(e.reply.text, `seed ${seed}`).toMatch(/copay|price/i);
    }
  });

  it('near miss: a question on the concern itself is still explained', () => {
    const quick = 'That sounds like a lot to carry on your own. What makes counseling hard to keep quick?';
    for (const seed of SEEDS) {
      const e = last(PH, [...lines, quick], seed);
      expect(e.move.refs, `seed ${seed}`).toContain('counseling-burden');
    }
  });
});

describe('a direct question on what a wary HCP is holding back', () => {
  const ONC = 'oncology-myeloma-hostile-initial';
  const lines = [
    "That's a fair question, and I'm sorry that happened. I'd rather give you exact published numbers with their limits. What would be most useful to you?",
    'That sounds exhausting for them. How far do some of your patients travel for treatment?',
  ];

  it('gets a guarded non-answer, not a different topic', () => {
    for (const seed of SEEDS) {
      const e = last(ONC, lines, seed);
      expect(e.reply.state.openness, `seed ${seed}`).toBeLessThan(6);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/exact numbers|confidence interval|as published/i);
      expect(e.reply.text, `seed ${seed}`).toMatch(/why/i);
      expect(e.reply.state.revealed, `seed ${seed}`).not.toContain('travel-burden');
    }
  });

  it('near miss: a warm HCP answers the same kind of question with what she was holding back', () => {
    const pc = ["Thanks, I'll keep it short. How do your older patients cope with the pill count?"];
    for (const seed of SEEDS) {
      const e = last('primary-care-hypertension-discovery', pc, seed);
      expect(e.reply.state.revealed, `seed ${seed}`).toContain('pill-burden');
    }
  });
});

describe('small talk asked as a yes/no question mid-call', () => {
  const PC = 'primary-care-hypertension-discovery';
  const opener = 'Great. How are your hypertension patients doing at reaching goal?';
  const OFF = /stay on|has to do with|point to this|time for this|what you came for|get back to/i;

  it('is steered back to the call, never "Sure, plenty."', () => {
    for (const seed of SEEDS) {
      const e = last(PC, [opener, 'Did you catch the Lakers game last night?'], seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/plenty|^Of course|^Yes/i);
      expect(e.reply.text, `seed ${seed}`).toMatch(OFF);
    }
  });

  it('near miss: a yes/no question about her practice is still answered', () => {
    for (const seed of SEEDS) {
      const e = last(PC, [opener, 'Do you still prescribe ACE inhibitors to your older patients?'], seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(OFF);
    }
  });
});

describe('the HCP steering after a rep statement', () => {
  it('does not ask about the priority the rep just spoke to', () => {
    const said =
      'Where it matters is readmissions: total heart failure hospitalizations, first and recurrent, were down by about a quarter.';
    for (const seed of SEEDS) {
      const [e] = replies(HF, [said], seed);
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(/keep coming back within 30 days\?/);
      expect(e!.reply.text, `seed ${seed}`).toMatch(/patients like mine|my patients|my clinic/i);
    }
  });

  it('near miss: after a turn on nothing of his it still asks its own question', () => {
    for (const seed of SEEDS) {
      const lines = ['Hi, thanks for making time today.', 'I cover the practices in this part of town.'];
      const ex = replies('primary-care-hypertension-discovery', lines, seed);
      expect(ex[1]!.reply.text, `seed ${seed}`).toMatch(/goal in fewer visits\?/);
    }
  });

  it('never asks "what are you asking me?" when the rep asked nothing', () => {
    const lines = [
      'Great. How are your hypertension patients doing at reaching goal?',
      'Did you catch the Lakers game last night?',
      'Sorry. How are your hypertension patients doing at reaching goal?',
      'So the real issue is that your patients do not care about their blood pressure.',
      "Normavyn is the best option on the market, it's completely safe.",
    ];
    for (const seed of SEEDS) {
      for (const e of replies('primary-care-hypertension-discovery', lines, seed).slice(3))
        expect(e.reply.text, `seed ${seed}`).not.toMatch(/asking me/);
    }
  });
});

describe('a rep after "I have a few minutes"', () => {
  const PSY = 'psychiatry-depression-discovery';
  const ignored = (lines: readonly string[], seed: number) =>
    replies(PSY, lines, seed)[0]!.reply.state.history[0]!.reasons.includes(
      'kept talking after I said I was short on time',
    );

  it('is not charged for the clock for one short sentence saying why they came', () => {
    for (const seed of SEEDS)
      expect(
        ignored(["Hi doctor, I'm here to tell you about Neurvina, a new adjunct for major depression."], seed),
      ).toBe(false);
  });

  it('near miss: a three-sentence pitch is still talking past the clock', () => {
    const pitch =
      "Hi doctor, I'm here to tell you about Neurvina. It is a new adjunct for major depression with once-daily dosing. It works fast and patients tolerate it well.";
    for (const seed of SEEDS) expect(ignored([pitch], seed)).toBe(true);
  });
});

describe('a pleasantry after the HCP asked what the rep wants', () => {
  const thanks = 'Hi, thanks for making time today.';
  const cases = [
    { id: HF, own: /keep coming back within 30 days\?/ },
    { id: 'primary-care-hypertension-discovery', own: /goal in fewer visits\?/ },
    { id: 'pharmacist-anticoagulant-counseling', own: /interactions would I need to catch/ },
    { id: 'office-manager-gatekeeper-access', own: /any of this keep my doctors on schedule\?/ },
  ];

  it.each(cases)('gives the floor back in $id instead of a question of her own', ({ id, own }) => {
    for (const seed of SEEDS) {
      const [e] = replies(id, [thanks], seed);
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(own);
      expect(e!.reply.text, `seed ${seed}`).toMatch(/go ahead|go on|on your mind|well\?/i);
    }
  });

  it('near miss: a hostile HCP still puts its concern on the table', () => {
    for (const seed of SEEDS) {
      const [e] = replies('rheumatology-ra-jak-safety', [thanks], seed);
      expect(e!.move.kind, `seed ${seed}`).toBe('raise');
    }
  });

  it('near miss: a pleasantry after a later question of hers does not hand the floor back', () => {
    const lines = ['What matters most to you with your hypertension patients right now?', 'Thanks, that is helpful.'];
    for (const seed of SEEDS) {
      const e = last('primary-care-hypertension-discovery', lines, seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(
        /^(?:Sure|Of course|Happy to)\. (?:Go ahead|What's on your mind)/,
      );
    }
  });
});

describe('a follow-up after the HCP told the detail of a topic', () => {
  const ENDO = 'endocrinology-weekly-insulin-status-quo';
  const lines = [
    'Good to see you too. It sounds like your basal patients are doing well. What does a good week look like for them?',
    'What about the patients who never get started on insulin at all?',
  ];

  it('does not present the topic summary as news: she says she said it', () => {
    let summed = 0;
    for (const seed of SEEDS) {
      const e = last(ENDO, lines, seed);
      if (!/refuse to start insulin for years/.test(e.reply.text)) continue;
      summed++;
      expect(e.reply.text, `seed ${seed}`).toMatch(/Like I said|As I said|covered|come back to/);
    }
    expect(summed).toBeGreaterThan(0);
  });

  it('names no other topic of the turn when it says so ("We covered technique already" before the Part D line)', () => {
    const copd = [
      'Thanks for sharing your lunch break. My goal is to hear how your COPD patients manage their inhalers. What matters most to you with them right now?',
      "It sounds like inhaler technique and exacerbations are the big ones. What happens when a patient can't coordinate two inhalers?",
      'That makes sense. Pulmovra is one inhaler with one breath, so that patients with poor technique get their dose and have fewer flare-ups. Like other ICS inhalers it raises the pneumonia risk, 4.5 versus 3.1 percent. How do your patients on Medicare handle the cost?',
    ];
    for (const seed of SEEDS) {
      const e = last('nurse-practitioner-copd-inhaler', copd, seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/covered technique|come back to technique/i);
    }
  });

  it('near miss: the summary said first, before any detail, is said plainly', () => {
    for (const seed of SEEDS) {
      const [e] = replies(
        'psychiatry-depression-discovery',
        ['Thanks. What matters most to you with your adjunct patients?'],
        seed,
      );
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(/Like I said|As I said|covered/);
    }
  });
});

describe('a rep who answers the HCP asking for a next step', () => {
  const OM = 'office-manager-gatekeeper-access';
  const lines = [
    "I understand, and I don't want to mess up the schedule. What's the best way to get fifteen minutes with Dr. Lee at her convenience?",
    "Thanks. While I'm here, how are prior authorizations going for your team?",
    'That sounds like a lot. Our hub handles the prior auth paperwork, so it comes off your desk.',
  ];
  const proposal = 'Could I put fifteen minutes on the sign-up sheet for next Tuesday before clinic?';

  it('with a request of its own ("Could I put fifteen minutes on the sign-up sheet…?") gets her yes', () => {
    let invited = 0;
    for (const seed of SEEDS) {
      const ex = replies(OM, [...lines, proposal], seed);
      if (!/next step|get started/.test(ex[2]!.reply.text)) continue;
      invited++;
      expect(ex[3]!.reply.text, `seed ${seed}`).not.toMatch(/Where are you going/);
      expect(ex[3]!.reply.state.commitment, `seed ${seed}`).toBe('agreed');
    }
    expect(invited).toBeGreaterThan(0);
  });

  it('near miss: the same request before she asked for a step is no yes', () => {
    for (const seed of SEEDS) {
      const [e] = replies(OM, [proposal], seed);
      expect(e!.reply.state.commitment, `seed ${seed}`).not.toBe('agreed');
    }
  });
});

describe('a reaction to a rep who ties the product to a priority she has told in detail', () => {
  const OM = 'office-manager-gatekeeper-access';
  const lines = [
    "I understand, and I don't want to mess up the schedule. What's the best way to get fifteen minutes with Dr. Lee at her convenience?",
    "Thanks. While I'm here, how are prior authorizations going for your team?",
    'That sounds like a lot. Our hub handles the prior auth paperwork, so it comes off your desk.',
  ];

  it('adds no summary of what she just told ("My staff spends hours every week on prior authorizations.")', () => {
    for (const seed of SEEDS) {
      const e = last(OM, lines, seed);
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/spends hours every week on prior authorizations/);
    }
  });

  it('near miss: a priority she has not detailed still gets its detail', () => {
    const PC = 'primary-care-hypertension-discovery';
    const link = 'Normavyn gets your patients to goal without the extra titration visits you worry about.';
    for (const seed of SEEDS) {
      const e = last(PC, ['Hi, thanks for making time today.', link], seed);
      if (e.move.kind !== 'react') continue;
      expect(e.reply.text, `seed ${seed}`).toMatch(/third of my panel|titration|visit/i);
    }
  });
});
