// The built binary with the llm HCP, a real process talking to a chat-completions stub on
// 127.0.0.1: words from the model, exit 5 with --no-fallback, and the key in no output or file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../support/spawn.js';
import { deadUrl, say, startStub, type Stub } from '../support/llm-stub.js';

const KEY = 'sk-e2e-SECRET-3131';
const SCENARIO = 'primary-care-hypertension-discovery';

let stub: Stub;
beforeAll(async () => {
  stub = await startStub((_r, n) => say(`Honestly, reply ${n + 1} from the model.`));
});
afterAll(() => stub.close());

const allFiles = (dir: string): string =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

describe('practice with the llm HCP (binary)', () => {
  it('speaks the model’s words, and neither output nor journal holds the key, even with OPENAI_LOG=debug', async () => {
    const home = tempDir();
    const env = {
      ROLEPLAY_HOME: home,
      ROLEPLAY_LLM_BASE_URL: stub.url,
      ROLEPLAY_LLM_MODEL: 'test-model',
      ROLEPLAY_LLM_API_KEY: KEY,
      OPENAI_LOG: 'debug',
    };
    const input =
      'What matters most to you with uncontrolled blood pressure?\nHow do you choose a second agent?\n/end\n';
    const r = await runBin(['--debug', 'practice', SCENARIO, '--hcp', 'llm', '--seed', '5'], { env, input });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dr. Maya Lindqvist: Honestly, reply 1 from the model.\n');
    expect(r.stdout).toContain('Dr. Maya Lindqvist: Honestly, reply 2 from the model.\n');
    expect(r.stdout).toContain('Question Quality');
    expect(stub.requests.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(r.stdout + r.stderr + allFiles(home)).not.toContain(KEY);
  });

  it('exits 5 with --no-fallback when the model server is down', async () => {
    const env = {
      ROLEPLAY_LLM_BASE_URL: await deadUrl(),
      ROLEPLAY_LLM_MODEL: 'test-model',
      ROLEPLAY_LLM_API_KEY: KEY,
      ROLEPLAY_LLM_MAX_RETRIES: '0',
    };
    const r = await runBin(['practice', SCENARIO, '--hcp', 'llm', '--no-fallback'], { env, input: 'Hello there.\n' });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('roleplay: LLM unavailable (cannot connect to');
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });
});
