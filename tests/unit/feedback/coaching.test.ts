// Issue 15: coaching from real sessions (strong, mixed and weak reps across scenarios, played against the
// scripted HCP): better lines quote no number the scenario or transcript lacks, never repeat, and agree with the tip.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADVICE, type MoveKind } from '../../../src/feedback/coach.js';
import { topicOf } from '../../../src/feedback/moment.js';
import { numbersIn, unsourcedNumbers } from '../../../src/feedback/words.js';
import { builtInScenario, play, scriptLines, type Played } from '../../support/play-script.js';

const SESSIONS: [string, string][] = [
  ['primary-care-insomnia-rushed', 'weak'],
  ['primary-care-insomnia-rushed', 'mixed'],
  ['primary-care-insomnia-rushed', 'strong'],
  ['endocrinology-weekly-insulin-status-quo', 'mixed'],
  ['rheumatology-ra-jak-safety', 'weak'],
  ['cardiology-heart-failure-evidence', 'mixed'],
  ['oncology-myeloma-hostile-initial', 'weak'],
  ['payer-formulary-weight-management', 'mixed'],
  ['office-manager-gatekeeper-access', 'strong'],
  ['psychiatry-depression-discovery', 'weak'],
];

const played: { name: string; p: Played }[] = [];
beforeAll(async () => {
  for (const [id, role] of SESSIONS)
    played.push({ name: `${id} ${role}`, p: play(await builtInScenario(id), scriptLines(id, role)) });
}, 60_000);

/** Every text a line may take a number from: the whole scenario file's strings and the transcript. */
function sourcesOf(p: Played): string[] {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(p.scenario);
  return [...strings, ...p.turns.map((t) => t.text)];
}

describe('coaching on played sessions', () => {
  it('gives improvements for every session that is not exceptional', () => {
    expect(played.filter(({ p }) => p.feedback.improvements.length === 0).map((x) => x.name)).toEqual([]);
  });

  it('never puts a number in a better line that the scenario or the transcript does not have verbatim', () => {
    const bad = played.flatMap(({ name, p }) =>
      p.feedback.improvements.map((im) => ({
        name,
        line: im.betterLine,
        numbers: unsourcedNumbers(im.betterLine, sourcesOf(p)),
      })),
    );
    expect(bad.filter((b) => b.numbers.length > 0)).toEqual([]);
  });

  it('never gives two improvements of a session the same better line', () => {
    for (const { name, p } of played) {
      const lines = p.feedback.improvements.map((im) => im.betterLine);
      expect(new Set(lines).size, name).toBe(lines.length);
    }
  });

  it('gives each better line the tip of the same move', () => {
    for (const { p } of played)
      for (const im of p.feedback.improvements) expect(im.tip).toBe(ADVICE[im.move as MoveKind]);
  });

  it('keeps the case of acronyms and names the scenario uses (no "tnf failure")', () => {
    for (const { name, p } of played) {
      const cased = new Set(sourcesOf(p).flatMap((s) => s.match(/\b[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\b/g) ?? []));
      for (const im of p.feedback.improvements) {
        const lowered = [...cased].filter((w) => new RegExp(`\\b${w.toLowerCase()}\\b`).test(im.betterLine));
        expect(lowered, `${name}: ${im.betterLine}`).toEqual([]);
      }
    }
  });

  it('quotes strengths from what the rep actually said', () => {
    for (const { p } of played) {
      const said = p.turns.filter((t) => t.speaker === 'rep').map((t) => t.text.replace(/\s+/g, ' '));
      for (const s of p.feedback.strengths)
        expect(said.some((t) => t.startsWith(s.quote.replace(/…$/, '')))).toBe(true);
    }
  });
});

describe('numbersIn', () => {
  it.each([
    { text: 'MADRS improved by 2.4 points', out: ['2.4'] },
    { text: 'at 12:30 on Thursday', out: ['12:30'] },
    { text: 'two patients and half the panel', out: ['two', 'half'] },
    { text: 'no numbers here', out: [] },
  ])('reads $out from "$text"', ({ text, out }) => expect(numbersIn(text)).toEqual(out));

  it('does not take "4" as sourced by "2.4" (issue 15)', () => {
    expect(unsourcedNumbers('4 points more than placebo', ['It was 2.4 points more than placebo.'])).toEqual(['4']);
  });
});

describe('topicOf: a priority as a rep names it', () => {
  const priority = (text: string, terms: string[] = ['zzz']) => ({ id: 'p', text, terms, hidden: false });
  it.each([
    { text: 'Patients who quietly stop their statins.', out: 'patients who quietly stop their statins' },
    { text: "Getting my post-MI patients' LDL under 55.", out: "getting your post-MI patients' LDL under 55" },
    { text: 'Avoiding hypoglycemia, especially in older patients who live alone.', out: 'avoiding hypoglycemia' },
    { text: 'Thrombotic events after reversal.', out: 'thrombotic events after reversal' },
    { text: 'Prior authorizations that take weeks.', out: 'prior authorizations that take weeks' },
    {
      text: 'Medicare Part D costs for my retired patients.',
      out: 'Medicare Part D costs for your retired patients',
      prose: ['They pay on Medicare.'],
    },
    { text: 'Insomnia visits eat my schedule.', terms: ['visit'], out: 'visits' },
    {
      text: 'My staff spends hours a week on prior authorizations.',
      terms: ['prior authorization'],
      out: 'prior authorizations',
    },
  ])('names "$text" as "$out"', ({ text, terms, out, prose }) => {
    expect(topicOf(priority(text, terms), [], prose ?? [])?.phrase).toBe(out);
  });
});
