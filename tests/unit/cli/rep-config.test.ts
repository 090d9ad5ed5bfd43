// Who practiced (issue 18): --rep, ROLEPLAY_REP, the saved name, or asked once on a terminal and kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configFile, readConfig, resolveRep, saveConfig, type Config } from '../../../src/cli/rep-config.js';
import { UsageError } from '../../../src/errors.js';
import { tempDir } from '../../support/spawn.js';

const asks = (answer: string) => {
  const calls: string[] = [];
  return { calls, ask: async () => (calls.push('asked'), answer) };
};

describe('resolveRep', () => {
  it.each([
    {
      why: '--rep wins over everything',
      flag: 'Dana',
      env: { ROLEPLAY_REP: 'Eve' },
      config: { rep: 'Fay' },
      answer: 'x',
      rep: 'Dana',
      save: undefined,
      asked: 0,
    },
    {
      why: 'ROLEPLAY_REP wins over the saved name',
      env: { ROLEPLAY_REP: 'Eve' },
      config: { rep: 'Fay' },
      answer: 'x',
      rep: 'Eve',
      save: undefined,
      asked: 0,
    },
    {
      why: 'the saved name is used without asking',
      env: {},
      config: { rep: 'Fay' },
      answer: 'x',
      rep: 'Fay',
      save: undefined,
      asked: 0,
    },
    {
      why: 'nobody saved: asked once, and the answer kept',
      env: {},
      config: {},
      answer: '  Gil  ',
      rep: 'Gil',
      save: { rep: 'Gil' },
      asked: 1,
    },
    {
      why: 'an empty answer is kept as a skip',
      env: {},
      config: {},
      answer: '   ',
      rep: undefined,
      save: { rep: null },
      asked: 1,
    },
    {
      why: 'a skip is never asked again',
      env: {},
      config: { rep: null },
      answer: 'x',
      rep: undefined,
      save: undefined,
      asked: 0,
    },
  ] as {
    why: string;
    flag?: string;
    env: Record<string, string>;
    config: Config;
    answer: string;
    rep?: string;
    save?: Config;
    asked: number;
  }[])('$why', async ({ flag, env, config, answer, rep, save, asked }) => {
    const a = asks(answer);
    const got = await resolveRep({ ...(flag !== undefined ? { flag } : {}), env, config, ask: a.ask });
    expect(got).toEqual({ ...(rep !== undefined ? { rep } : {}), ...(save !== undefined ? { save } : {}) });
    expect(a.calls).toHaveLength(asked);
  });

  it('asks again when the saved name is one a terminal would act on', async () => {
    const a = asks('Dana');
    expect(await resolveRep({ env: {}, config: { rep: 'Eve\u001b[2J' }, ask: a.ask })).toEqual({
      rep: 'Dana',
      save: { rep: 'Dana' },
    });
  });

  it('never asks when nobody can answer (piped input)', async () => {
    expect(await resolveRep({ env: {}, config: {} })).toEqual({});
  });

  it('refuses a name with control characters, as --rep does', async () => {
    await expect(resolveRep({ env: {}, config: {}, ask: async () => 'Dana\u001b[31m' })).rejects.toBeInstanceOf(
      UsageError,
    );
  });
});

describe('config.json', () => {
  const dir = () => tempDir('roleplay-config-');

  it('round-trips the name and the skip', async () => {
    const root = dir();
    await saveConfig(root, { rep: 'Dana' });
    expect(await readConfig(root)).toEqual({ rep: 'Dana' });
    await saveConfig(root, { rep: null });
    expect(JSON.parse(readFileSync(configFile(root), 'utf8'))).toEqual({ rep: null });
  });

  it('reads a missing, corrupt or wrongly shaped file as empty', async () => {
    const root = dir();
    expect(await readConfig(root)).toEqual({});
    writeFileSync(configFile(root), '{"rep": 12');
    expect(await readConfig(root)).toEqual({});
    writeFileSync(configFile(root), '{"rep": 12}');
    expect(await readConfig(root)).toEqual({});
  });
});
