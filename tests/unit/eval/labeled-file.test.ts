// Validation of labeled conversations and their .acts.json: every mistake named by file and path.
import { describe, expect, it } from 'vitest';
import { parseActs, parseLabeled, type LabeledConversation } from '../../../src/eval/index.js';
import { METRIC_IDS } from '../../../src/scoring/index.js';

const label = (band: string) => ({ band, why: 'Because.', raters: [band, band, band] });

function aLabeledFile(o: Record<string, unknown> = {}): Record<string, unknown> {
  const expected = Object.fromEntries(METRIC_IDS.map((m) => [m, label(m === 'adaptability' ? 'n/a' : 'mid')]));
  return {
    id: 'A01-demo',
    description: 'demo',
    turns: [
      { speaker: 'rep', text: 'What matters most to you?' },
      { speaker: 'customer', text: 'Refills that lapse.' },
    ],
    expected,
    expected_overall: 'mid',
    traps: ['a note for trainers'],
    overall_raters: ['mid', 'mid', 'low'],
    ...o,
  };
}

const problemsOf = (value: unknown, name = 'A01-demo') => {
  const r = parseLabeled(value, 'x.json', name);
  return r.ok ? [] : r.problems;
};

describe('parseLabeled', () => {
  it("reads a valid file, keeping bands and ignoring the trainers' extra keys", () => {
    const r = parseLabeled(aLabeledFile(), 'x.json', 'A01-demo');
    expect(r.ok && r.value).toMatchObject({ id: 'A01-demo', author: 'A', file: 'x.json', expectedOverall: 'mid' });
    expect(r.ok && r.value.expected.adaptability).toBe('n/a');
    expect(r.ok && Object.keys(r.value.expected)).toEqual([...METRIC_IDS]);
  });

  it.each([
    {
      name: 'a wrong band',
      o: { expected: { ...(aLabeledFile().expected as object), adaptability: label('medium') } },
      problem: 'x.json: expected.adaptability.band: must be one of high, mid, low, n/a',
    },
    {
      name: 'a missing expected_overall',
      o: { expected_overall: undefined },
      problem: 'x.json: expected_overall: is required',
    },
    {
      name: 'n/a as the overall band',
      o: { expected_overall: 'n/a' },
      problem: 'x.json: expected_overall: must be one of high, mid, low',
    },
    {
      name: 'n/a on a core metric',
      o: { expected: { ...(aLabeledFile().expected as object), question_quality: label('n/a') } },
      problem:
        'x.json: expected.question_quality.band: is n/a, but question_quality is never n/a (LABELS.md): use low when the rep showed none of it',
    },
    {
      name: 'a misspelt metric id',
      o: { expected: { ...(aLabeledFile().expected as object), question_qualty: label('mid') } },
      problem: 'x.json: expected: unknown key "question_qualty" (a typo?)',
    },
    {
      name: 'a missing metric',
      o: { expected: { ...(aLabeledFile().expected as object), commitment_gaining: undefined } },
      problem: 'x.json: expected.commitment_gaining: is required',
    },
    {
      name: 'a wrong speaker',
      o: { turns: [{ speaker: 'doctor', text: 'Hi.' }] },
      problem: 'x.json: turns[0].speaker: must be one of rep, customer',
    },
    { name: 'no turns', o: { turns: [] }, problem: 'x.json: turns: must hold at least one turn' },
    {
      name: 'an id that is not the file name',
      o: { id: 'A02-demo' },
      problem: 'x.json: id: is "A02-demo", but the file is A01-demo.json (they must match)',
    },
  ])('reports $name', ({ o, problem }) => expect(problemsOf(aLabeledFile(o))).toEqual([problem]));

  it('reports every problem at once', () => {
    expect(
      problemsOf(aLabeledFile({ expected_overall: 'great', turns: [{ speaker: 'rep' }], id: 'B01' })),
    ).toHaveLength(3);
  });
});

describe('parseActs', () => {
  const conversation: LabeledConversation = {
    id: 'A01-demo',
    file: 'dir/A01-demo.json',
    author: 'A',
    turns: [
      { speaker: 'rep', text: 'What matters most to you?' },
      { speaker: 'customer', text: 'Refills that lapse.' },
    ],
    expected: {},
    expectedOverall: 'mid',
  };
  const acts = (turns: unknown[], id = 'A01-demo') => ({ id, turns });
  const problemsOf = (value: unknown) => {
    const r = parseActs(value, 'a.acts.json', conversation);
    return r.ok ? [] : r.problems;
  };
  const good = [
    { i: 0, speaker: 'rep', acts: ['open_question', 'open_question'] },
    { i: 1, speaker: 'customer', acts: ['shares_need'] },
  ];

  it('reads the acts of every turn, each act once', () => {
    expect(parseActs(acts(good), 'a.acts.json', conversation)).toEqual({
      ok: true,
      value: [['open_question'], ['shares_need']],
    });
  });

  it.each([
    {
      name: 'a wrong turn count',
      v: acts(good.slice(0, 1)),
      problem: 'a.acts.json: turns: has 1 turn(s), but dir/A01-demo.json has 2',
    },
    {
      name: 'another id',
      v: acts(good, 'A02'),
      problem: 'a.acts.json: id: is "A02", but it annotates dir/A01-demo.json (id "A01-demo")',
    },
    {
      name: 'turns out of order',
      v: acts([good[0], { ...good[1], i: 3 }]),
      problem: 'a.acts.json: turns[1].i: is 3, expected 1 (every turn once, in order)',
    },
    {
      name: "a speaker that is not the transcript's",
      v: acts([{ ...good[0], speaker: 'customer', acts: [] }, good[1]]),
      problem: 'a.acts.json: turns[0].speaker: is "customer", but turn 0 of dir/A01-demo.json is the rep\'s',
    },
    {
      name: 'an HCP act on a rep turn',
      v: acts([{ ...good[0], acts: ['agrees'] }, good[1]]),
      problem: 'a.acts.json: turns[0].acts[0]: "agrees" is an HCP act, but turn 0 is the rep\'s',
    },
    {
      name: 'an unknown act',
      v: acts([{ ...good[0], acts: ['open_questoin'] }, good[1]]),
      problem: 'a.acts.json: turns[0].acts[0]: unknown act "open_questoin" (did you mean open_question?)',
    },
    {
      name: 'a made-up act',
      v: acts([{ ...good[0], acts: ['small_talk_xyz'] }, good[1]]),
      problem: 'a.acts.json: turns[0].acts[0]: unknown act "small_talk_xyz" (see ACTS.md for the act names)',
    },
  ])('reports $name', ({ v, problem }) => expect(problemsOf(v)).toEqual([problem]));
});
