// Issue 15 papercuts, each through main(): the briefing at the start and on /brief, /restart after /end and
// mid-session, help examples that work, unknown-command wording, and tables that fit the terminal.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';

async function cli(argv: string[], o: { lines?: string[]; home?: string; columns?: number } = {}) {
  const io = fakeIo(o.columns === undefined ? {} : { columns: () => o.columns });
  if (o.lines) io.type(`${o.lines.join('\n')}\n`);
  const code = await main(argv, io, { env: { ROLEPLAY_HOME: o.home ?? tempDir() }, cwd: ROOT });
  return { code, out: io.out(), err: io.err() };
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));

describe('the briefing in the REPL', () => {
  it('is shown when a session starts, before the HCP says a word', async () => {
    const r = await cli(['practice', SCENARIO, '--seed', '4'], { lines: ['/quit'] });
    const brief = r.out.indexOf('Briefing: ');
    expect(brief).toBeGreaterThan(0);
    for (const part of ['Product: Normavyn', 'Your objectives:', 'Key messages:', 'gives you about', 'The scene:']) {
      expect(r.out.indexOf(part), part).toBeGreaterThan(brief);
    }
    expect(r.out.indexOf('Dr. Maya Lindqvist:')).toBeGreaterThan(r.out.indexOf('The scene:'));
  });

  it('comes back with /brief, mid-session and after /end', async () => {
    const r = await cli(['practice', SCENARIO, '--seed', '4'], {
      lines: ['/brief', 'What matters most to you?', '/end', '/brief'],
    });
    expect(r.out.split('Your objectives:')).toHaveLength(4);
  });

  it('says what to do when there is no session to brief on', async () => {
    const r = await cli(['practice'], { lines: ['/brief'] });
    expect(r.out).toContain('No session yet. Start one with /start <scenario>');
  });
});

describe('/restart', () => {
  it('replays the session just ended, as the scorecard suggests', async () => {
    const r = await cli(['practice', SCENARIO, '--seed', '4'], {
      lines: ['What matters most to you?', '/end', '/restart', '/quit'],
    });
    expect(r.out).not.toContain('No active session');
    expect(r.out.match(/^Session [0-9a-f]{8} · .* · seed 4$/gm)).toHaveLength(2);
  });

  it('ends the session it abandons, so `resume` opens the new one', async () => {
    const home = tempDir();
    const r = await cli(['practice', SCENARIO, '--seed', '4'], {
      home,
      lines: ['What matters most to you?', '/restart', '/quit'],
    });
    const [first, second] = [...r.out.matchAll(/^Session ([0-9a-f]{8}) · /gm)].map((m) => m[1]!);
    expect(r.out).toContain(`Session ${first} ended unfinished; starting again.`);
    expect(r.err).toContain(`Session ${second} kept`);
    const status = await cli(['session', first!, '--json'], { home });
    expect(JSON.parse(status.out)).toMatchObject({ status: 'ended' });
    const resumed = await cli(['resume'], { home, lines: ['/quit'] });
    expect(resumed.out).toContain(`Resuming session ${second}`);
  });
});

describe('help and unknown commands', () => {
  it.each([['--help'], ['show', '--help'], ['start', '--help'], ['practice', '--help']])(
    '%s names only scenarios that exist',
    async (...argv) => {
      const r = await cli(argv);
      const ids = [...r.out.matchAll(/roleplay (?:show|practice|start) ([a-z0-9-]+)/g)].map((m) => m[1]!);
      for (const id of ids) expect((await cli(['show', id])).code, id).toBe(0);
    },
  );

  it.each([[['lst']], [['lst', 'foo']], [['help', 'lst']], [['--json', 'lst']]])(
    '%j says "roleplay: unknown command" and exits 2',
    async (argv) => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^roleplay: unknown command 'lst'\n\(Did you mean list, ls\?\)/);
    },
  );

  it("shows a command's help for `help <command>`", async () => {
    const r = await cli(['help', 'list']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: roleplay list');
  });

  it('says --filter matches tags only', async () => {
    const r = await cli(['batch', '--help']);
    expect(r.out.replace(/\s+/g, ' ')).toContain('tags only, not names');
  });
});

describe('tables that fit the terminal', () => {
  it.each([
    { columns: undefined, max: 80 },
    { columns: 120, max: 120 },
    { columns: 60, max: 60 },
  ])('list fits $max columns', async ({ columns, max }) => {
    const r = await cli(['list'], columns === undefined ? {} : { columns });
    expect(widest(r.out)).toBeLessThanOrEqual(max);
    expect(r.out).toContain('primary-care-hypertension-discovery');
  });

  it('list --wide shows every column, wider than 80', async () => {
    const r = await cli(['list', '--wide']);
    expect(r.out).toMatch(/│ area\s+│ stage\s+│ difficulty │/);
    expect(widest(r.out)).toBeGreaterThan(80);
  });

  it('wraps the REPL to the terminal width', async () => {
    const r = await cli(['practice', SCENARIO, '--seed', '4'], {
      columns: 50,
      lines: ['What matters most to you when you add a second agent for patients above goal?', '/quit'],
    });
    expect(widest(r.out)).toBeLessThanOrEqual(50);
  });
});

/** Enough of semver ranges for engines fields: `a || b`, each a list of >=, >, <=, <, ^, ~ or exact versions. */
function allowsNode(range: string, v: [number, number, number]): boolean {
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  const parse = (t: string) =>
    t
      .replace(/^v/, '')
      .split('.')
      .map((x) => (/^\d+$/.test(x) ? Number(x) : 0))
      .concat(0, 0)
      .slice(0, 3);
  const ok = (c: string): boolean => {
    const [, op = '', ver = ''] = /^(>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(c) ?? [];
    const w = parse(ver);
    const d = cmp(v, w);
    if (op === '>=') return d >= 0;
    if (op === '>') return d > 0;
    if (op === '<=') return d <= 0;
    if (op === '<') return d < 0;
    if (op === '^') return d >= 0 && v[0] === w[0];
    if (op === '~') return d >= 0 && v[0] === w[0] && v[1] === w[1];
    // A bare "20" or "20.1" is an X-range: any version starting with those numbers.
    const partial = op === '' && /^\d+(\.\d+)?$/.test(ver);
    if (partial) return ver.split('.').every((p, i) => Number(p) === v[i]);
    return ver === '*' || ver === '' || d === 0 || (/x|\*/.test(ver) && v[0] === w[0]);
  };
  return range
    .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
    .split('||')
    .some((alt) => alt.trim().split(/\s+/).every(ok));
}

describe('install and README', () => {
  it.each([
    { range: '18 || 20 || >=22', ok: true },
    { range: '20.19', ok: true },
    { range: '20.18', ok: false },
    { range: '^20.19.0 || >=22', ok: true },
    { range: '>=22', ok: false },
  ])('reads the engines range $range as allowing Node 20.19.0: $ok', ({ range, ok }) => {
    expect(allowsNode(range, [20, 19, 0])).toBe(ok);
  });

  it('locks no package whose engines need a newer Node than 20 (issue 15: cookie@2 printed EBADENGINE)', async () => {
    const { readFile } = await import('node:fs/promises');
    const lock = JSON.parse(await readFile(`${ROOT}/package-lock.json`, 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
    };
    // What users install must run on the README's 20.17; the test tools (vitest) need 20.19, as in CI.
    const tooNew = Object.entries(lock.packages)
      .filter(([, p]) => typeof p.engines?.node === 'string')
      .filter(([, p]) => !allowsNode(p.engines!.node!, p.dev === true ? [20, 19, 0] : [20, 17, 0]))
      .map(([name, p]) => `${name} ${p.engines!.node}`);
    expect(tooNew).toEqual([]);
  });

  it('shows every README command as `npx roleplay`, since npm ci puts no `roleplay` on PATH', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(`${ROOT}/README.md`, 'utf8');
    const blocks = [...readme.matchAll(/```(?:sh|bash)?\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const bare = blocks
      .flatMap((b) => b.split('\n'))
      .filter((l) => /(?:^|[|(]\s*|\$\()roleplay\s/.test(l.replace(/^(?:[A-Z_]+=\S+\s+)+/, '')));
    expect(bare).toEqual([]);
    expect(readme).toContain('npm link');
  });
});
