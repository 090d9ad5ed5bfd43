// Runs main() with a temp data dir and ROLEPLAY_LLM_* pointing at a stub, and reads back the files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './spawn.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './fake-io.js';
import { ROOT } from './paths.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  home: string;
}

export interface CliOptions {
  input?: string;
  env?: Record<string, string>;
  home?: string;
  tty?: boolean;
  errTty?: boolean;
}

/** `url()` is read per call, so a stub started in beforeAll can be used. */
export function llmCli(url: () => string, key: string) {
  return async (argv: string[], o: CliOptions = {}): Promise<CliRun> => {
    const home = o.home ?? tempDir('roleplay-llm-');
    const io = fakeIo({ isTTY: o.tty === true, isErrTTY: o.errTty === true });
    io.type(o.input ?? '');
    const env = {
      ROLEPLAY_HOME: home,
      ROLEPLAY_LLM_BASE_URL: url(),
      ROLEPLAY_LLM_MODEL: 'test-model',
      ROLEPLAY_LLM_API_KEY: key,
      ROLEPLAY_LLM_MAX_RETRIES: '0',
      ...o.env,
    };
    const code = await main(argv, io, { env, cwd: ROOT });
    return { code, out: io.out(), err: io.err(), home };
  };
}

/** Every file under `dir`, as text. */
export function filesUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}
