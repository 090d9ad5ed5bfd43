// The HCP answers what the rep's turn is (issue 14): one row per seam a trainer heard, each with its trap.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { isCheckIn, isRequest, isTimeRequest } from '../../../src/hcp/reading.js';
import { converse } from './builders.js';
import { step } from '../../../src/hcp/index.js';

let lib: Awaited<ReturnType<typeof loadLibrary>>;
beforeAll(async () => {
  lib = await loadLibrary();
});

const scenario = (id: string): Scenario => lib.require(id);
const replies = (id: string, lines: readonly string[], seed = 7) => converse(scenario(id), lines, seed).exchanges;
const PC = 'primary-care-hypertension-discovery';
/** Frames are picked by seed: a seam must be absent on every seed, not just one. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('answers by kind', () => {
  it('meets a time limit the rep kept to as time, never "That answers time for me"', () => {
    const lines = [
      "Dr. Hoffmann, thanks for seeing me. I heard the last rep from our company left a bad impression. I'm sorry about that.",
      "What happened, if you don't mind me asking?",
      "That's not okay, and I get why you'd be wary of anyone from us now. What would you need from me to make this worth your time?",
      'Fair. Then no pitch: which of your relapsed patients are you least happy with your options for?',
      "Got it, the frail ones who can't handle another infusion schedule. Would it help if I sent you the oral-regimen subgroup data by Friday, nothing else?",
    ];
    for (const seed of SEEDS)
      for (const e of replies('oncology-myeloma-hostile-initial', lines, seed))
        expect(e.reply.text, `seed ${seed}`).not.toMatch(/answers time|concern about time/i);
  });

  // Found in the REPL: "Maybe, but time is still open for me." to an ask while a time objection stood.
  it('names an open time objection as the time it takes, never "time is still open"', () => {
    const lines = [
      "Dr. Osei, thanks for the time. I'd like to hear how you're choosing first-line therapy for EGFR-mutant patients right now, then share the PFS data if it's useful. Okay?",
      'Which part of that decision is hardest for you?',
      'Brain mets, got it. What do you do today when a patient progresses in the brain on osimertinib?',
      'Our combination had a 40 percent lower risk of CNS progression in the trial. Does that matter for the patients you just described?',
      'Fair, the toxicity is real. Rash and diarrhea were the big ones, mostly grade 1-2, and we have a management guide your nurses can use. Would that help?',
      "Great. I'll bring the guide and the CNS subgroup data next Wednesday at 8 before clinic. Can your nurse manager join?",
    ];
    let named = 0;
    for (const seed of SEEDS)
      for (const e of replies('oncology-nsclc-presentation', lines, seed)) {
        expect(e.reply.text, `seed ${seed}`).not.toMatch(/\btime is still open|on time\.|with time\.|about time\./i);
        if (/the time it takes/.test(e.reply.text)) named++;
      }
    expect(named).toBeGreaterThan(0);
  });

  // Found in the REPL: "Yes, quite a few. What are you thinking? I'd be open to a next step…": two moves, two questions.
  it('asks nothing before inviting a next step', () => {
    const lines = [
      'Good to see you again. Last time you mentioned your older patients stop their anticholinergics because of dry mouth and fog. Is that still the main problem?',
      'How many of them would you say have quit in the last six months?',
      "That's a lot of people going untreated. Our beta-3 agonist has no anticholinergic burden, so no cognitive signal, and dry mouth was about the same as placebo. Would that change anything for those patients?",
      "Understood, cost matters. It's on tier 2 for most Medicare Part D plans in your area, and there's a savings card for commercial patients. Does that cover most of your patients?",
    ];
    for (const seed of SEEDS)
      for (const e of replies('urology-overactive-bladder-closing', lines, seed)) {
        const sentences = e.reply.text.split(/(?<=[.!?])\s+/u);
        const asked = sentences.findIndex((x) => x.endsWith('?'));
        if (/next step/i.test(e.reply.text) && asked >= 0)
          expect(asked, `seed ${seed}: ${e.reply.text}`).toBe(sentences.length - 1);
      }
  });

  it('says a count again that she has just given, never "I\'d have to check"', () => {
    let counted = 0;
    for (const seed of SEEDS) {
      const [first, second] = replies(
        'pulmonology-severe-asthma-closing',
        [
          'Last visit you said a handful of your severe asthma patients are still on oral steroids. Has that changed?',
          'How many of them would you say, roughly?',
        ],
        seed,
      );
      const count = /\b(two|three|a handful|a few)\b(?= of my| patients)/i.exec(first!.reply.text)?.[1];
      if (count === undefined) continue;
      counted++;
      expect(second!.reply.text, `seed ${seed}`).toMatch(new RegExp(`^${count}`, 'i'));
    }
    expect(counted).toBeGreaterThan(0);
  });

  it('grants or limits her time when asked for it, before any wary "Why do you ask?"', () => {
    for (const seed of SEEDS) {
      const [e] = replies(
        'primary-care-insomnia-rushed',
        ['hi dr grant, i know ur slammed so ill be quick, is now ok or should i come back?'],
        seed,
      );
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(/why do you ask|what makes you ask|depends on the patient/i);
    }
  });

  it('answers a repeated question with an escalation, never the same sentence', () => {
    const q = 'What matters most to you with your hypertension patients right now?';
    const [first, second, third] = replies(PC, [q, q, q]);
    expect(second!.reply.text).toMatch(/asked me that|answered that|same question/i);
    expect(third!.reply.text).not.toBe(second!.reply.text);
    expect(second!.reply.text).not.toContain(first!.reply.text.split('. ')[0]!);
  });

  it('answers what the question names, not what the rest of the turn played back', () => {
    for (const seed of SEEDS) {
      const [e] = replies(
        PC,
        [
          'So getting patients to goal takes extra visits. How do you handle it when you need to adjust one part of a fixed dose?',
        ],
        seed,
      );
      expect(e!.reply.text, `seed ${seed}`).toMatch(/diuretic|fixed dose|adjust/i);
    }
  });

  it('asks again for her answer when the rep pitches past her question', () => {
    const lines = [
      'Thanks for the time. What has disappointed you about adjuncts before?',
      'So weight gain made patients quit, sometimes everything, including the antidepressant that was half working. What do your partial responders need most?',
      'On weight, with Neurvina mean weight change was 0.6 kg versus 0.4 kg on placebo at six weeks, with no relevant change in glucose or lipids.',
      "Let me tell you more about Neurvina. It's really effective, with once-daily dosing and low sedation.",
    ];
    let asked = 0;
    for (const seed of SEEDS) {
      const ex = replies('psychiatry-depression-discovery', lines, seed);
      if (!ex[2]!.reply.text.trim().endsWith('?')) continue;
      asked++;
      expect(ex[3]!.reply.text, `seed ${seed}`).toMatch(/not what I asked|answer on|my question|answer me/i);
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('presses for her answer when a filler opens an unrelated question ("Sure. Who handles…?")', () => {
    const lines = [
      "Hi, I'm Sam from Corvane. I know you're the one who keeps this office running, so I wanted to ask how prior authorizations are going for your team.",
      'Wow, that sounds like a lot. What part of it eats the most time?',
      'Our hub can take the PA paperwork off your plate, we fill the forms and track the approvals.',
      'Sure. Who on your team handles the PA calls today?',
    ];
    let asked = 0;
    for (const seed of SEEDS) {
      const ex = replies('office-manager-gatekeeper-access', lines, seed);
      if (!ex[2]!.reply.text.trim().endsWith('?')) continue;
      asked++;
      expect(ex[3]!.reply.text, `seed ${seed}`).toMatch(/not what I asked|answer on|my question|answer me/i);
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('answers an early ask before raising what stands in its way ("Not yet. What will it cost…?")', () => {
    const lines = [
      "Hi, I'm Dana with Aeris. I'd like to learn how your COPD patients are doing on their inhalers. Do you have a few minutes?",
      'What do you see most with the ones who keep coming back after exacerbations?',
      'So it is the technique: two or three inhalers, different steps each, and they get it wrong. Is that it?',
      "Our device is one inhaler, one breath, once a day, so there's only one technique to teach.",
      "In plain terms: one inhaler replaces the two or three they juggle now, and it's the same single breath every morning.",
      // An ask of the HCP herself: leave for the rep's own step ("Could I drop off trainers?") is granted more easily.
      'Would you start your next two COPD patients on it this month?',
    ];
    let raised = 0;
    for (const seed of SEEDS) {
      const last = replies('nurse-practitioner-copd-inhaler', lines, seed).at(-1)!;
      if (last.move.kind !== 'raise') continue;
      raised++;
      expect(last.reply.text, `seed ${seed}`).toMatch(/^(?:No\.|Not yet\.|Hold on\.|First things first\.)/);
    }
    expect(raised).toBeGreaterThan(0);
  });

  it('grants or limits time when asked for it ("Do you have a few minutes?"), never "Yes, quite a few."', () => {
    const ask =
      "Hi, I'm Dana with Aeris. I'd like to learn how your COPD patients are doing. Do you have a few minutes?";
    for (const seed of SEEDS) {
      const [e] = replies('nurse-practitioner-copd-inhaler', [ask], seed);
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(/plenty|quite a few\./i);
      expect(e!.reply.text, `seed ${seed}`).toMatch(/minute|quick|go ahead|cover|briefly/i);
    }
  });

  it("explains a concern in the scenario's own fuller words when the rep explores it", () => {
    const lines = [
      'Thanks for seeing me, Dr. Marsh. Could we talk about where a weekly basal could replace daily injections?',
      "I hear you. When you say you're fine, what does fine look like for your patients?",
    ];
    for (const seed of SEEDS) {
      const [raised, explored] = replies('endocrinology-weekly-insulin-status-quo', lines, seed);
      expect(raised!.reply.text, `seed ${seed}`).not.toMatch(/^(?:Sure, plenty|Of course)/);
      expect(explored!.reply.text, `seed ${seed}`).toContain('"fine" is for the patients who agree to start insulin');
    }
  });

  it('lets a listening HCP say yes to the rep coming back with what she asked for, without agreeing to more', () => {
    const lines = [
      'One minute, I promise. What worries you most about sleep medicines in your older adults?',
      'Hip fractures, falls and confusion, that is the real risk. What would you need to see before trusting any sleep medicine in someone over 65?',
      'So night-time balance data in people over 65 is the bar. Could I come back Thursday for five minutes with exactly that?',
    ];
    let granted = 0;
    for (const seed of SEEDS) {
      const ex = replies('primary-care-insomnia-rushed', lines, seed);
      const last = ex.at(-1)!;
      expect(last.reply.state.commitment, `seed ${seed}`).not.toBe('agreed');
      if (/works|bring|keep it short|let's do that|five minutes/i.test(last.reply.text)) granted++;
      expect(last.reply.text, `seed ${seed}`).not.toMatch(/^(?:No\.|Not yet\.)/);
    }
    expect(granted).toBeGreaterThan(0);
  });

  it('meets a playback she only half recognizes with "Partly." and her own words, never "Yes, we do."', () => {
    const lines = [
      'Good morning. Last time you mentioned your older OAB patients who cannot tolerate anticholinergics. Can we pick up there?',
      'How many of them have you had to take off an anticholinergic for confusion or dry mouth?',
      'So roughly a third stop for side effects, and your biggest worry is cognition in the over-75s. Is that right?',
    ];
    for (const seed of SEEDS) {
      const last = replies('urology-overactive-bladder-closing', lines, seed).at(-1)!.reply.text;
      expect(last, `seed ${seed}`).not.toMatch(/^(?:Yes, we do|Sure, plenty|Of course)/);
    }
  });

  it('grants a request for leave ("Can we pick up there?") before asking her own question', () => {
    const ask =
      "Good morning. Last time you mentioned your older OAB patients who can't tolerate anticholinergics. Can we pick up there?";
    for (const seed of SEEDS) {
      const [e] = replies('urology-overactive-bladder-closing', [ask], seed);
      if (e!.move.kind !== 'probe') continue;
      expect(e!.reply.text, `seed ${seed}`).toMatch(/^(?:Sure|Happy to|Of course|All right|Fine|Go on|If you must)\./);
    }
  });

  describe('a concern the rep has not heard yet, or only half answered', () => {
    const ENDO = 'endocrinology-weekly-insulin-status-quo';
    const agenda =
      "Thanks for making time, Dr. Marsh. I'd like to hear how your basal insulin patients are doing, and see if weekly dosing has a place. Is that okay?";

    it('says a concern raised this turn before explaining why it matters', () => {
      for (const seed of SEEDS) {
        const [first] = replies(ENDO, [agenda], seed);
        expect(first!.reply.text, `seed ${seed}`).not.toMatch(/deals with it afterwards|older and sicker than a trial/);
      }
    });

    it("keeps the scenario's resolution line for a rep who said what it sums up, a plain one otherwise", () => {
      const lines = [
        agenda,
        'I understand. When you say things are fine, what does fine look like for your patients on daily basal?',
        'Who are the patients where it is harder?',
        'So for the ones who put off starting insulin, it is the idea of a daily shot that holds them back. Did I get that right?',
      ];
      const half = 'With Glucorvo the titration guide works off their CGM readings.';
      const whole =
        'Hypoglycemia rates were similar to daily basal, and the titration guide is conservative, built on CGM readings.';
      for (const seed of SEEDS) {
        const partly = replies(ENDO, [...lines, half], seed).at(-1)!.reply.text;
        expect(partly, `seed ${seed}`).not.toContain('Similar rates and a conservative titration guide');
        const fully = replies(ENDO, [...lines, whole], seed).at(-1)!.reply.text;
        expect(fully, `seed ${seed}`).toContain('Similar rates and a conservative titration guide');
      }
    });
  });

  describe('a hostile HCP the rep has warmed a little', () => {
    const RA = 'rheumatology-ra-jak-safety';
    const lines = [
      "That's fair, and I'm not here to talk you out of it. What did you see in the data that made you stop?",
      "The boxed warning is real, and I won't minimize it. Was it the cardiovascular events, the clots, or the cancers that worried you most?",
      "That makes sense. Are there patients who've failed a TNF inhibitor where you feel you're out of good options?",
      "So for younger patients who failed a TNF and won't inject, you have nothing oral right now. Is that right?",
    ];
    const risk =
      'The label limits Artilib to TNF failures, and the risk is concentrated in patients over 65, smokers and those with cardiovascular risk.';

    /** The HCP after the four lines, held at guarded openness: warmed a little, not ready. */
    const guarded = (seed: number) => {
      const state = converse(scenario(RA), lines, seed).final;
      return { ...state, openness: 4 };
    };

    it('lets the rep send the data, the smallest step, without warming to more', () => {
      for (const seed of SEEDS) {
        const ask = `${risk} Could I have our medical liaison send you the risk-factor subgroup data this week?`;
        const { reply } = step(guarded(seed), ask, scenario(RA), seed);
        expect(reply.text, `seed ${seed}`).toMatch(/send it|look for it|watch for it|see if I have time/i);
        expect(reply.state.commitment, `seed ${seed}`).not.toBe('agreed');
      }
    });

    it('still says not yet to a trial', () => {
      for (const seed of SEEDS) {
        const ask = `${risk} Would you try it in your next two TNF failures?`;
        const { reply, move } = step(guarded(seed), ask, scenario(RA), seed);
        expect(move.kind, `seed ${seed}`).not.toBe('agree');
        expect(reply.text, `seed ${seed}`).not.toMatch(/send it|look for it/i);
      }
    });

    it('hears a checked playback as listening, not a third closed question in a row', () => {
      const ex = converse(scenario(RA), lines, 1);
      expect(ex.final.history.at(-1)!.reasons.join(' ')).not.toMatch(/closed question/);
    });
  });

  it('confirms a played-back point the rep checks, never "I\'ve told you what I know"', () => {
    const lines = [
      "Thanks for seeing me. I'd like to understand how you're getting your hypertension patients to goal, and then see if there's a fit. Is that okay?",
      'What gets in the way most when a patient is above goal on one drug?',
      'How do your older patients handle adding a second pill?',
      'So the extra visits and the pill burden are what keep them above goal. Is that right?',
    ];
    for (const seed of SEEDS) {
      const check = replies(PC, lines, seed)[3]!.reply.text;
      expect(check, `seed ${seed}`).not.toMatch(/told you what I know|all there is to|we covered|asked me that/i);
    }
  });

  it('never leads with a bare echo of the rep\'s word ("You asked about goal.", "Goal. Sure.")', () => {
    const lines = [
      'What gets in the way most when a patient is above goal on one drug?',
      'For patients above goal, one pill covers both drugs. Does that help?',
      'How do your older patients handle adding a second pill?',
    ];
    for (const seed of SEEDS)
      for (const e of replies(PC, lines, seed))
        expect(e.reply.text, `seed ${seed}`).not.toMatch(
          /(?:asked about|brought up) [a-z]+\.|^[A-Za-z]+(?: [a-z]+)?\. Sure\./i,
        );
  });

  it.each([
    { q: 'Good afternoon, Dr. Lindqvist, how are you?', greeting: true },
    { q: "Hi doctor! How's your day going?", greeting: true },
    { q: 'Hi, how are your patients doing on two drugs?', greeting: false },
    { q: 'How are you handling patients above goal?', greeting: false },
  ])('reads "$q" as a greeting: $greeting', ({ q, greeting }) => {
    for (const seed of SEEDS.slice(0, 3)) {
      const text = replies(PC, [q], seed)[0]!.reply.text;
      if (greeting) expect(text, `seed ${seed}`).toMatch(/^(?:fine|i'm well|good|busy)\b/i);
      else expect(text, `seed ${seed}`).not.toMatch(/^(?:fine|i'm well|good, thanks|busy)\b/i);
    }
  });

  it('explains an open objection the rep explores, never "That\'s all there is to goal"', () => {
    const lines = [
      "I'd like to understand how you manage patients above goal. How do you decide when to add a second agent?",
      // No resolver here: "single-pill" is the scenario's "single pill" and would pre-empt the concern.
      'Normavyn is a brand combination of an ARB and a diuretic, covered at tier 2.',
      'What does a brand copay mean for your patients?',
    ];
    for (const seed of SEEDS) {
      const [, raised, explored] = replies(PC, lines, seed);
      expect(raised!.reply.text, `seed ${seed}`).toMatch(/generic|brand|copay|pay/i);
      expect(explored!.reply.text, `seed ${seed}`).not.toMatch(/all there is to|told you what I know|we covered/i);
      // In the scenario's own fuller words when it has them ("generics for a few dollars"), else a line on cost.
      expect(explored!.reply.text, `seed ${seed}`).toMatch(/\b(?:cost|costs|copay|paying|filling|dollars)\b/i);
    }
  });

  it('meets small talk off the topic as small talk, never "Of course."', () => {
    for (const seed of SEEDS) {
      const [, e] = replies(
        PC,
        ['How do you decide when to add a second agent?', 'Did you see the game last night?'],
        seed,
      );
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(/^(?:of course|yes|sure)\b/i);
    }
  });

  it('still answers a yes/no question that names its own topic after a playback', () => {
    for (const seed of SEEDS) {
      const [e] = replies(
        PC,
        ['So getting patients to goal takes extra visits. Do you adjust the diuretic when sodium drops?'],
        seed,
      );
      expect(e!.reply.text, `seed ${seed}`).toMatch(/diuretic|sodium|electrolyte|adjust/i);
    }
  });

  // Found in the REPL: "Would a one-page missed-dose card for the counter help your team?" got "Yes, quite a few.".
  it('answers whether the rep\'s offer would help as such, never "Yes, quite a few."', () => {
    const lines = [
      'Hi, thanks for a minute at the counter. What questions are you getting most from patients on anticoagulants right now?',
      "Makes sense. With ours there's no INR monitoring. Would a one-page missed-dose card for the counter help your team?",
    ];
    for (const seed of SEEDS) {
      const e = replies('pharmacist-anticoagulant-counseling', lines, seed).at(-1)!;
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/quite a few|plenty|What are you thinking/i);
    }
  });

  // Found in the REPL: "…, would that solve it?" got "I've told you what I know about infusion.".
  it('weighs whether the rep\'s offer would solve it, never "I\'ve told you what I know"', () => {
    const lines = [
      'Hi Dr. Lin. When we spoke last month you said your steroid-dependent UC patients were the ones keeping you up. Where are they now?',
      'Three of them flared again. What did you end up doing for them?',
      "I see. What's held you back from moving them to an advanced therapy sooner?",
      "So it's the infusion chair wait more than the drug. If they could start an oral at home next week, would that solve it?",
    ];
    for (const seed of SEEDS) {
      const e = replies('gastroenterology-uc-closing', lines, seed).at(-1)!;
      expect(e.reply.text, `seed ${seed}`).not.toMatch(/told you what I know|all there is to|we covered/i);
    }
  });

  it('answers a request for something with the HCP\'s position, never "Sure, plenty."', () => {
    for (const seed of SEEDS) {
      const [e] = replies(
        'office-manager-gatekeeper-access',
        ['Could I have a quick word with the doctors between patients?'],
        seed,
      );
      expect(e!.reply.text, `seed ${seed}`).not.toMatch(/^(?:sure|yes|of course|obviously)\b/i);
    }
  });

  it.each([
    { q: 'Could I have a quick word with the doctors?', request: true },
    { q: 'Can we set up fifteen minutes before clinic?', request: true },
    { q: 'Could you tell me more about your patients?', request: false },
    { q: 'Could we talk about where a weekly basal fits?', request: true },
    { q: 'Could you talk me through your process?', request: false },
    { q: 'Do they use inhalers?', request: false },
  ])('reads "$q" as a request: $request', ({ q, request }) => expect(isRequest(q)).toBe(request));

  it.each([
    { q: 'Do you have a few minutes?', asks: true },
    { q: 'Is now a good time?', asks: true },
    { q: 'Could I take two minutes of your time?', asks: true },
    // From the REPL: answered "Depends on the patient. What makes you ask?" by a wary HCP.
    { q: "I know you're slammed. Is now ok, or should I come back?", asks: true },
    { q: 'Is now okay, or would you rather I came back another time?', asks: true },
    { q: 'Do you have patients on two inhalers?', asks: false },
    { q: 'How many minutes does counseling take?', asks: false },
  ])('reads "$q" as asking for the HCP\'s time: $asks', ({ q, asks }) => expect(isTimeRequest(q)).toBe(asks));

  it.each([
    { q: 'So the visits are the problem. Is that right?', check: true },
    { q: 'Did I get that right?', check: true },
    // From the REPL: "…you feel you're out of good moves. Have I got that?" was answered "Yes, we do."
    { q: "So for the younger ones you're out of good moves. Have I got that?", check: true },
    { q: 'Did I get that?', check: true },
    { q: 'Do I have that right?', check: true },
    { q: 'Is that a fair summary?', check: true },
    { q: 'Do I have time for one more?', check: false },
    { q: 'Did I get the dosing card to you?', check: false },
    { q: 'Is that the main reason they stop?', check: false },
    { q: 'Do you see many of them?', check: false },
  ])('reads "$q" as a check on the rep\'s playback: $check', ({ q, check }) => expect(isCheckIn(q)).toBe(check));

  it('never says a detail again in the words of another depth', () => {
    for (const seed of SEEDS) {
      const lines = [
        'What makes it hard to get your patients to goal on one drug?',
        'So the extra titration visits are where patients drop off. How do your older patients handle adding a second pill?',
      ];
      const said = replies(PC, lines, seed).filter((e) => /a third of my/i.test(e.reply.text));
      expect(said.length, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it('says "Good question" only after a question', () => {
    for (const seed of SEEDS) {
      const [agenda] = replies(
        PC,
        ['My goal today is to understand how you manage patients above goal, not to run through slides.'],
        seed,
      );
      expect(agenda!.reply.text, `seed ${seed}`).not.toMatch(/good question|fair question|glad you asked/i);
    }
  });

  it('answers a yes/no question with a yes, not a probe', () => {
    const [e] = replies(PC, ['Do you have many patients with hypertension?']);
    expect(e!.reply.text).toMatch(/^(yes|sure|of course|obviously|some)/i);
  });

  it('answers a factual question it has no line for honestly, not with a probe', () => {
    const [e] = replies(PC, ['How many of your patients come in on Saturdays?']);
    expect(e!.move.kind).toBe('react');
    expect(e!.reply.text).toMatch(/check|know|exact|hard to say/i);
  });

  it('says goodbye to a goodbye, without a question', () => {
    for (const seed of SEEDS) {
      const exchanges = replies(
        PC,
        [
          'What matters most to you with your patients above goal?',
          'Thanks for your time, Dr. Lindqvist. Have a good evening.',
        ],
        seed,
      );
      expect(exchanges.at(-1)!.reply.text, `seed ${seed}`).not.toContain('?');
    }
  });

  it('names the open concern when asked to commit before it is answered', () => {
    const s = scenario(PC);
    const c = converse(s, [
      'Both components are generic, but the brand is better. What matters most to you?',
      'Would you be open to starting two patients next week?',
    ]);
    const open = c.exchanges.at(-1)!;
    if (Object.values(open.reply.state.objections).some((o) => o.status === 'raised'))
      expect(open.reply.text).toMatch(/cost|answer|open/i);
    expect(open.reply.state.commitment).toBe('asked');
  });
});

describe('the HCP speaks for itself', () => {
  it('never recites a product fact the rep has not said', () => {
    const s = scenario(PC);
    const c = converse(s, [
      'How do you handle sodium and potassium checks when you add a diuretic?',
      'What about refills and adherence in your older patients?',
      'And how is coverage for your patients?',
    ]);
    for (const e of c.exchanges) for (const f of s.facts) expect(e.reply.text, f.id).not.toContain(f.text);
  });

  it("quotes the rep with the rep's capitals", () => {
    for (const seed of SEEDS) {
      const c = converse(
        scenario('cardiology-lipid-closing'),
        [
          'How many of your post-MI patients are above their LDL goal?',
          'What worries you most about your post-MI patients and their LDL goal?',
        ],
        seed,
      );
      for (const e of c.exchanges) expect(e.reply.text, `seed ${seed}`).not.toMatch(/\bldl\b|post-mi/);
    }
  });

  it('never stacks two lead-in frames', () => {
    const q = [
      'What matters most to you?',
      'How do you handle patients above goal?',
      'What about the ones above goal on one drug?',
      'How do you titrate?',
    ];
    for (const seed of SEEDS) {
      for (const e of replies(PC, [...q, ...q], seed))
        expect(e.reply.text).not.toMatch(
          /(?:since you ask about|to come back to|on [a-z ]+:|glad you asked[^.]*\.)\s*(?:like i said|to come back|we covered|as i said|i told you)/i,
        );
    }
  });
});

describe('openness is earned', () => {
  it('gives a feature dump nothing, even when it names a priority', () => {
    const dump =
      'In the pivotal study, 61 percent reached goal at 12 weeks versus 38 percent on the ARB alone, it is covered at tier 2, there is a savings card, it is once daily, it is well tolerated, and it is indicated for adults not controlled on one agent.';
    const [e] = replies(PC, [dump]);
    expect(e!.reply.state.openness).toBeLessThanOrEqual(6);
    expect(e!.reply.state.history.at(-1)!.acts).toContain('feature_dump');
  });

  it('keeps hidden priorities back from "ok" and from a pitch', () => {
    for (const s of lib.all.map((x) => x.scenario)) {
      const product = s.product.name.replace(/\s*\(.*?\)/g, '');
      for (const lines of [
        ['ok', 'ok', 'ok'],
        [
          `${product} is the best option out there, and patients love it.`,
          `${product} is really the best choice for your patients.`,
        ],
      ]) {
        expect(converse(s, lines).final.revealed, `${s.id}: ${lines[0]}`).toEqual([]);
      }
    }
  });

  it('costs openness for gibberish and sports talk', () => {
    const c = converse(scenario(PC), ['asdf qwer zxcv', 'Did you catch the game last night? What a finish.']);
    expect(c.final.openness).toBeLessThan(c.opening.state.openness);
  });

  it('reveals at most one hidden priority per reply', () => {
    const c = converse(scenario(PC), [
      'Thanks for the time. What matters most to you with your patients right now?',
      'What else is on your mind with your older patients?',
      'What else makes it hard?',
    ]);
    for (const [k, e] of c.exchanges.entries()) {
      const before = k === 0 ? c.opening.state.revealed.length : c.exchanges[k - 1]!.reply.state.revealed.length;
      expect(e.reply.state.revealed.length - before).toBeLessThanOrEqual(1);
    }
  });
});
