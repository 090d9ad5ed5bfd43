// Hostile text (issue 9): OSC title and hyperlink sequences, screen clears, colours, bare carriage
// returns, C1 CSI and bidi overrides in scenario fields, transcripts, REPL input and HCP replies
// never reach the terminal raw, and JSON output keeps them verbatim as escapes.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { bad } from '../../support/bad-corpus.js';
import { fakeIo } from '../../support/fake-io.js';
import { ROOT } from '../../support/paths.js';
import { tempDir } from '../../support/spawn.js';

/** What must never be printed for a person: ESC, BEL, CR, other C0/C1 controls, bidi controls. */
const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const SCENARIOS = bad('hostile');
const REPL_TURN =
  'What matters most \u001b]0;REPL-TITLE\u0007 to you \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ about patients who forget? \u202Eevil';

let home: string;
beforeAll(async () => {
  home = tempDir();
  // One ended session with hostile turns, so `sessions` and `history` have something to show.
  await cli(['practice', 'hostile-clinic', '--seed', '1'], `${REPL_TURN}\n/end\n`);
});

async function cli(argv: string[], input = '') {
  const io = fakeIo();
  io.type(input);
  const code = await main(['--scenarios', SCENARIOS, ...argv], io, { env: { ROLEPLAY_HOME: home }, cwd: ROOT });
  return { code, out: io.out(), err: io.err() };
}

const DISPLAYS = [
  { name: 'show', argv: ['show', 'hostile-clinic'], code: 0, visible: 'Hostile  clinic' },
  { name: 'list', argv: ['list', '--area', 'cardio'], code: 0, visible: 'hostile-clinic' },
  {
    name: 'score --explain',
    argv: ['score', bad('hostile-transcript.json'), '--explain'],
    code: 0,
    visible: 'Question Quality',
  },
  {
    name: 'batch --format table',
    argv: ['batch', bad('hostile-run.yaml'), '--format', 'table'],
    code: 1,
    visible: 'hostile  run link evil',
  },
  { name: 'history', argv: ['history'], code: 0, visible: 'hostile-clinic' },
  { name: 'sessions', argv: ['sessions'], code: 0, visible: 'hostile-clinic' },
  {
    name: 'validate with an error naming hostile text',
    argv: ['validate', bad('hostile-run.yaml')],
    code: 3,
    visible: 'id: is required',
  },
  // Issue 13: CSV printed raw escapes, JUnit kept U+202E and U+009B, unknown commands echoed escapes.
  {
    name: 'batch --format csv',
    argv: ['batch', bad('hostile-run.yaml'), '--format', 'csv'],
    code: 1,
    visible: 'hostile  run link evil',
  },
  {
    name: 'batch --format junit',
    argv: ['batch', bad('hostile-run.yaml'), '--format', 'junit'],
    code: 1,
    visible: 'hostile  run link evil',
  },
  {
    name: 'batch --format markdown',
    argv: ['batch', bad('hostile-run.yaml'), '--format', 'markdown'],
    code: 1,
    visible: 'hostile  run link evil',
  },
  {
    name: 'an unknown command',
    argv: ['\u001b]0;CMD-TITLE\u0007frob\u202Enicate\u009b2J'],
    code: 2,
    visible: "roleplay: unknown command 'frobnicate'",
  },
  {
    name: 'an unknown option',
    argv: ['list', '--\u001b[31mred\u202E'],
    code: 2,
    visible: "roleplay: unknown option '--red'",
  },
  {
    name: 'a bad option value',
    argv: ['batch', 'x', '--format', '\u001b]0;T\u0007csv\u202E'],
    code: 2,
    visible: 'unknown format "csv"',
  },
];

describe('hostile text on the terminal', () => {
  it.each(DISPLAYS)('neutralizes it in `$name`', async ({ argv, code, visible }) => {
    const r = await cli(argv);
    expect(r.code).toBe(code);
    expect(`${r.out}${r.err}`).toContain(visible);
    // CSV ends its records with CRLF (RFC 4180): the only CR allowed.
    expect(r.out.replace(/\r\n/g, '\n')).not.toMatch(ACTIVE);
    expect(r.err).not.toMatch(ACTIVE);
  });

  it('neutralizes REPL input, HCP replies and the end report, and keeps the words', async () => {
    const turns = [
      REPL_TURN,
      'How do they handle missed doses \u001b[2J when they forget?\rOVERWRITE',
      '/status',
      '/transcript',
      '/hint',
      '/end',
    ];
    const r = await cli(['practice', 'hostile-clinic', '--seed', '2'], `${turns.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('You: What matters most  to you link about patients who forget? evil');
    expect(r.out).toMatch(/Dr\. Evil: Hello {2}there link evil/);
    expect(r.out).toContain('Overall');
    expect(r.out).not.toMatch(ACTIVE);
    expect(r.err).not.toMatch(ACTIVE);
  });
});

describe('hostile text in JSON', () => {
  it.each([
    {
      name: 'show --json',
      argv: ['--json', 'show', 'hostile-clinic'],
      escaped: ['\\u001b]0;PWNED-TITLE\\u0007', '\\u202e', '\\r', '\\u009b'],
    },
    { name: 'score --json', argv: ['--json', 'score', bad('hostile-transcript.json')], escaped: [] },
    {
      name: 'batch --format json',
      argv: ['batch', bad('hostile-run.yaml'), '--format', 'json'],
      escaped: ['\\u001b]0;RUN-TITLE\\u0007', '\\u202e'],
    },
    {
      name: 'batch --format jsonl',
      argv: ['batch', bad('hostile-run.yaml'), '--format', 'jsonl'],
      escaped: ['\\u001b]8;;http://evil.example\\u001b\\\\'],
    },
    { name: 'history --json', argv: ['--json', 'history'], escaped: [] },
  ])('keeps it verbatim and escaped in `$name`', async ({ argv, escaped }) => {
    const r = await cli(argv);
    expect(r.out).not.toMatch(ACTIVE);
    for (const e of escaped) expect(r.out).toContain(e);
    const values = argv.includes('jsonl')
      ? r.out
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [JSON.parse(r.out)];
    expect(values.length).toBeGreaterThan(0);
  });

  it('round-trips the run name exactly as the run file spells it', async () => {
    const r = await cli(['batch', bad('hostile-run.yaml'), '--format', 'json']);
    const name = (JSON.parse(r.out) as { runs: { name: string }[] }).runs[0]!.name;
    expect(name).toBe(
      'hostile \u001b]0;RUN-TITLE\u0007 run \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ \u202Eevil',
    );
    expect(readFileSync(bad('hostile-run.yaml'), 'utf8')).not.toMatch(ACTIVE);
  });
});
