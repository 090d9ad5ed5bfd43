// The built-in scenario library: every file validates, and the set covers the stages,
// difficulties, moods and care settings the trainer promises.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/errors.js';
import { loadLibrary, type Library } from '../../../src/scenario/library.js';
import { CUE_TRIGGERS, DIFFICULTIES, MOODS, STAGES, type Line, type Scenario } from '../../../src/scenario/schema.js';

let library: Library;
let scenarios: Scenario[];

beforeAll(async () => {
  try {
    library = await loadLibrary();
  } catch (e) {
    // Name every problem, not just the count, so a broken file is easy to find.
    if (e instanceof InvalidInputError) throw new Error(`${e.message}:\n${e.problems.join('\n')}`);
    throw e;
  }
  scenarios = library.all.map((l) => l.scenario);
});

const areaText = (s: Scenario) => [s.therapeuticArea, s.specialty, s.hcp.role].join(' ').toLowerCase();
const lineTexts = (line: Line | undefined): string[] =>
  line === undefined
    ? []
    : typeof line === 'string'
      ? [line]
      : [line.neutral, line.closed, line.open].filter((t): t is string => !!t);

describe('built-in scenario library', () => {
  it('loads at least 16 valid scenarios with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of library.all) expect(l.builtIn).toBe(true);
  });

  it('names each file after its scenario id', () => {
    for (const l of library.all) expect(basename(l.file, extname(l.file))).toBe(l.scenario.id);
  });

  it('represents every stage, difficulty and starting mood', () => {
    for (const stage of STAGES)
      expect(scenarios.filter((s) => s.stage === stage).length, stage).toBeGreaterThanOrEqual(2);
    for (const d of DIFFICULTIES)
      expect(scenarios.filter((s) => s.difficulty === d).length, d).toBeGreaterThanOrEqual(4);
    for (const m of MOODS)
      expect(
        scenarios.some((s) => s.hcp.startingMood === m),
        m,
      ).toBe(true);
  });

  it('covers the required care settings and roles', () => {
    const required: [string, RegExp][] = [
      ['primary care', /primary care/],
      ['cardiology', /cardiolog/],
      ['oncology', /oncolog/],
      ['endocrinology', /endocrinolog/],
      ['neurology', /neurolog/],
      ['pharmacist', /pharmacist/],
      ['nurse practitioner', /nurse practitioner/],
      ['office manager', /office manager/],
      ['payer / formulary committee', /(payer|health plan).*formulary|formulary.*(payer|health plan)/],
      ['hospital P&T', /p&t|pharmacy and therapeutics/],
    ];
    for (const [name, re] of required)
      expect(
        scenarios.some((s) => re.test(areaText(s))),
        name,
      ).toBe(true);
  });

  it('covers every objection kind, including a status-quo objection', () => {
    const kinds = new Set(scenarios.flatMap((s) => s.hcp.objections.map((o) => o.kind)));
    for (const k of ['status-quo', 'cost', 'access', 'time', 'evidence', 'safety'])
      expect(kinds.has(k as never), k).toBe(true);
  });

  it('keeps each scenario within the authoring guidelines', () => {
    for (const s of scenarios) {
      const at = s.id;
      expect(s.product.name, at).toMatch(/\(fictional\)/);
      expect(s.hcp.priorities.length, at).toBeGreaterThanOrEqual(2);
      expect(s.hcp.priorities.length, at).toBeLessThanOrEqual(4);
      expect(s.hcp.concerns.length, at).toBeGreaterThanOrEqual(1);
      expect(s.hcp.concerns.length, at).toBeLessThanOrEqual(3);
      expect(s.hcp.objections.length, at).toBeGreaterThanOrEqual(1);
      expect(s.hcp.objections.length, at).toBeLessThanOrEqual(3);
      expect(s.facts.length, at).toBeGreaterThanOrEqual(3);
      expect(s.facts.length, at).toBeLessThanOrEqual(5);
      expect(s.objectives.length, at).toBeGreaterThanOrEqual(2);
      expect(s.objectives.length, at).toBeLessThanOrEqual(4);
      expect(s.keyMessages.length, at).toBeGreaterThanOrEqual(2);
      expect(s.keyMessages.length, at).toBeLessThanOrEqual(4);
      expect(s.hcp.timeBudget, at).toBeGreaterThanOrEqual(6);
      expect(s.hcp.timeBudget, at).toBeLessThanOrEqual(16);
      for (const trigger of CUE_TRIGGERS) {
        const cues = s.hcp.cues[trigger] ?? [];
        expect(cues.length, `${at} cues.${trigger}`).toBeGreaterThanOrEqual(2);
        expect(cues.length, `${at} cues.${trigger}`).toBeLessThanOrEqual(3);
      }
    }
    const withHidden = scenarios.filter((s) => s.hcp.priorities.some((p) => p.hidden));
    expect(withHidden.length).toBeGreaterThanOrEqual(Math.ceil(scenarios.length * 0.75));
    const withVariants = scenarios.filter(
      (s) =>
        s.hcp.priorities.some((p) => typeof p.detail === 'object') ||
        s.hcp.objections.some((o) => typeof o.text === 'object'),
    );
    expect(withVariants.length).toBeGreaterThanOrEqual(Math.ceil(scenarios.length / 2));
  });

  it('uses short lowercase terms a rep would say, never bare generic words', () => {
    const generic = new Set(['patient', 'patients', 'time', 'data', 'drug', 'product', 'doctor']);
    for (const s of scenarios) {
      const lists: [string, string[]][] = [
        ...s.hcp.priorities.map((p): [string, string[]] => [`priority ${p.id}`, p.terms]),
        ...s.hcp.concerns.map((c): [string, string[]] => [`concern ${c.id}`, c.terms]),
        ...s.hcp.objections.flatMap((o): [string, string[]][] => [
          [`objection ${o.id} raisedBy`, o.raisedBy],
          [`objection ${o.id} resolvedBy`, o.resolvedBy],
        ]),
        ...s.facts.map((f): [string, string[]] => [`fact ${f.id}`, f.terms]),
      ];
      for (const [where, terms] of lists) {
        const at = `${s.id} ${where}`;
        expect(terms.length, at).toBeGreaterThanOrEqual(3);
        expect(terms.length, at).toBeLessThanOrEqual(8);
        for (const t of terms) {
          expect(t, at).toBe(t.toLowerCase());
          expect(t, at).toMatch(/^[a-z0-9][a-z0-9 '-]*$/);
          expect(t.split(' ').length, at).toBeLessThanOrEqual(4);
          expect(generic.has(t), `${at}: "${t}" is too generic`).toBe(false);
        }
      }
    }
  });

  it('writes cues as observable behaviour, not emotion labels', () => {
    const labels =
      /\b(skeptical|sceptical|annoyed|frustrated|interested|bored|angry|impatient|curious|defensive|irritated|pleased|hostile|suspicious|anxious|happy|relieved|excited|upset|doubtful)\b/i;
    for (const s of scenarios) {
      for (const trigger of CUE_TRIGGERS) {
        for (const cue of s.hcp.cues[trigger] ?? []) {
          expect(cue, `${s.id} cues.${trigger}`).toMatch(/^\*[^*]+\*$/);
          expect(cue, `${s.id} cues.${trigger}`).not.toMatch(labels);
        }
      }
    }
  });

  it('keeps file text plain ASCII with ids consistent inside each scenario', async () => {
    for (const l of library.all) {
      const raw = await readFile(l.file, 'utf8');
      const bad = [...raw].find((ch) => ch.charCodeAt(0) > 126 || (ch.charCodeAt(0) < 32 && ch !== '\n'));
      expect(bad, `${l.scenario.id}: non-ASCII character`).toBeUndefined();
      const lines = raw.split('\n').length;
      expect(lines, l.scenario.id).toBeGreaterThanOrEqual(70);
      expect(lines, l.scenario.id).toBeLessThanOrEqual(160);
      const s = l.scenario;
      const texts = [
        ...s.hcp.priorities.flatMap((p) => [p.text, ...lineTexts(p.detail)]),
        ...s.hcp.objections.flatMap((o) => lineTexts(o.text)),
      ];
      for (const t of texts) expect(t.length, s.id).toBeGreaterThan(10);
    }
  });
});
