// ROLEPLAY_LLM_* into settings, what to fix when they are missing, and the key kept out of sight.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../support/spawn.js';
import { describe, expect, it } from 'vitest';
import {
  cacheKey,
  configProblems,
  createFileCache,
  llmConfigFromEnv,
  redact,
  safeUrl,
  secretsOf,
} from '../../../../src/hcp/llm/index.js';

describe('llmConfigFromEnv', () => {
  it.each([
    { env: {}, problems: ['ROLEPLAY_LLM_BASE_URL is not set', 'ROLEPLAY_LLM_MODEL is not set'] },
    { env: { ROLEPLAY_LLM_BASE_URL: 'http://localhost:11434/v1/', ROLEPLAY_LLM_MODEL: 'llama3.1' }, problems: [] },
    { env: { ROLEPLAY_LLM_BASE_URL: 'localhost:8080', ROLEPLAY_LLM_MODEL: 'm' }, problems: ['must be an http(s) URL'] },
    {
      env: { ROLEPLAY_LLM_BASE_URL: 'http://h/v1', ROLEPLAY_LLM_MODEL: 'm', ROLEPLAY_LLM_TIMEOUT: 'soon' },
      problems: ['ROLEPLAY_LLM_TIMEOUT must be seconds'],
    },
    {
      env: { ROLEPLAY_LLM_BASE_URL: 'http://h/v1', ROLEPLAY_LLM_MODEL: 'm', ROLEPLAY_LLM_MAX_RETRIES: '99' },
      problems: ['ROLEPLAY_LLM_MAX_RETRIES must be a whole number'],
    },
  ])('reports $problems.length problem(s) for $env', ({ env, problems }) => {
    const found = configProblems(llmConfigFromEnv(env));
    expect(found).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(found[i]).toContain(p));
  });

  it('defaults to a 30 s timeout, 2 retries and fallback on', () => {
    const c = llmConfigFromEnv({ ROLEPLAY_LLM_BASE_URL: 'http://h/v1/', ROLEPLAY_LLM_MODEL: 'm' });
    expect(c).toMatchObject({ baseURL: 'http://h/v1', timeoutMs: 30_000, maxRetries: 2, fallback: true });
    expect(c.apiKey).toBeUndefined();
  });

  it('reads the timeout in seconds and an optional key', () => {
    const c = llmConfigFromEnv({ ROLEPLAY_LLM_TIMEOUT: '2.5', ROLEPLAY_LLM_API_KEY: ' sk-1 ' });
    expect(c.timeoutMs).toBe(2500);
    expect(c.apiKey).toBe('sk-1');
  });
});

describe('keeping secrets out of output', () => {
  it.each([
    { url: 'http://user:pw12@host:8080/v1/', out: 'http://host:8080/v1' },
    { url: 'https://host/v1?api-key=abcd1234', out: 'https://host/v1' },
    { url: 'http://localhost:11434/v1', out: 'http://localhost:11434/v1' },
  ])('shows $url as $out', ({ url, out }) => expect(safeUrl(url)).toBe(out));

  it('redacts the key and a URL password wherever they appear', () => {
    const c = llmConfigFromEnv({
      ROLEPLAY_LLM_BASE_URL: 'http://u:pass-9999@h/v1',
      ROLEPLAY_LLM_MODEL: 'm',
      ROLEPLAY_LLM_API_KEY: 'sk-abcdef',
    });
    expect(redact('key sk-abcdef, pass pass-9999, again sk-abcdef', secretsOf(c))).toBe(
      'key [redacted], pass [redacted], again [redacted]',
    );
  });
});

describe('reply cache', () => {
  const messages = [{ role: 'user' as const, content: 'hi' }];

  it('keys by model and messages', () => {
    expect(cacheKey('a', messages)).toBe(cacheKey('a', [{ role: 'user', content: 'hi' }]));
    expect(cacheKey('a', messages)).not.toBe(cacheKey('b', messages));
    expect(cacheKey('a', messages)).not.toBe(cacheKey('a', [{ role: 'user', content: 'hi!' }]));
  });

  it('reads back what it wrote and treats a corrupt file as a miss', async () => {
    const dir = join(tempDir('roleplay-cache-'), 'cache', 'llm');
    const cache = createFileCache(dir);
    await cache.put('k1', { model: 'm', text: 'Hello.' });
    expect(await cache.get('k1')).toBe('Hello.');
    writeFileSync(join(dir, 'k2.json'), '{"v":1,"model":"m","te');
    expect(await cache.get('k2')).toBeUndefined();
    expect(await cache.get('missing')).toBeUndefined();
  });
});
