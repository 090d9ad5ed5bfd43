// The acts of the labeled calls said again in other words: a behaviour read from one wording must be
// read from the next. Each group names a shape a trainer hears in any words; rows marked "misread"
// failed before the shape was read (the phrase lists knew only the labeled calls' own words).
import { describe, it } from 'vitest';
import { expectRow, type ActRow as Row } from '../../support/act-rows.js';

/** Why the rep came, in shapes rather than stock phrases: an intent, a plan named, the call laid out or counted out. */
const PURPOSE: Row[] = [
  {
    lines: [
      "R: Hi, Dr. Chen, Sam from Orvane. I was really hoping to learn how you're picking patients for a second biologic.",
    ],
    has: 'purpose', // misread
  },
  {
    lines: ['R: Morning, Dr. Reyes. Two things for today: the new inhaler data and your refill process. That okay?'],
    has: 'purpose', // misread
  },
  { lines: ["R: Thanks for the time. My focus today is your patients who've stopped their statin."], has: 'purpose' }, // misread
  {
    lines: [
      "R: Here's how I'd use the fifteen: five on how you pick patients now, five on the data, the rest on next steps. Fair?",
    ],
    has: 'purpose', // misread
  },
  {
    lines: [
      'R: The plan was to walk through the renal data, but if refills are still the big headache, we can start there.',
    ],
    has: 'purpose', // misread
  },
  {
    lines: ["R: Dr. Oduya, I'll be quick: I wanted to put Lenvira on your radar for your gout patients."],
    has: 'purpose',
  }, // misread
  // Once she has raised something, a wish answers it: it sets no purpose for the call.
  {
    lines: [
      'R: What gets in the way most?',
      'C: My nurses are drowning in prior auths.',
      "R: I'd like to fix that for you.",
    ],
    not: 'purpose',
  },
  {
    lines: [
      'R: Where does it stall?',
      'C: The copay, the auth, and the three-week refill lag.',
      'R: So three things: the copay, the auth and the refill lag.',
    ],
    not: 'purpose',
  },
  { lines: ['R: Hi, Dr. Park.', 'C: Hi.', 'R: The plan is Medicare Advantage for most of them?'], not: 'purpose' },
];

const PITCH = 'R: Nexora cut exacerbations by a third in the VANTAGE trial, and it is once daily.';
/** Pushback in the HCP's own words: harms named as she names them, contentment, doubt about the trial. */
const PUSHBACK: Row[] = [
  {
    lines: [PITCH, "C: I've had too many older patients break a hip on drugs like this."],
    has: 'objection_safety', // misread
  },
  {
    lines: [PITCH, 'C: What bothers me is the fog. My patients get foggy and the families stop everything.'],
    has: 'objection_safety', // misread
  },
  {
    lines: [PITCH, 'C: Irritability and mood changes are the number one reason my patients quit these.'],
    has: 'objection_safety', // misread
  },
  {
    lines: [PITCH, 'C: Most of mine are on montelukast and holding steady. No complaints here.'],
    has: 'objection_status_quo',
  }, // misread
  { lines: [PITCH, "C: If somebody's stable, I'm leaving them alone."], has: 'objection_status_quo' }, // misread
  { lines: [PITCH, 'C: Non-inferiority, and unblinded on top of that.'], has: 'objection_evidence' }, // misread
  { lines: [PITCH, "C: I don't believe your numbers."], has: 'objection_evidence' }, // misread
  // A time that suits her, or a colleague who knows the system well, is no contentment.
  { lines: ['R: Would Thursday at eight work?', 'C: Okay, eight-fifteen is fine.'], not: 'objection_status_quo' },
  {
    lines: ['R: Could someone pull the refill report?', 'C: Rosa can. She knows the EHR inside out.'],
    not: 'objection_status_quo',
  },
  // Answering "what lets you down?" shares a need; it pushes back on nothing.
  {
    lines: [
      'R: Where do the current options let you down?',
      'C: Interactions, mostly. The levels go all over the map.',
    ],
    not: 'objection_safety',
  },
];

describe('the labeled calls said in other words', () => {
  const groups = { PURPOSE, PUSHBACK };
  for (const [name, rows] of Object.entries(groups))
    for (const row of rows)
      it(`${name}: ${row.has ? 'has ' + row.has : 'not ' + row.not} :: ${row.lines.at(-1)!.slice(0, 60)}`, () =>
        expectRow(row));
});
