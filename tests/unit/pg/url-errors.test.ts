// The --store URL and PostgreSQL failures as a user sees them: host shown, password never (issue 19).
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/errors.js';
import { storeError, StoreUnavailableError } from '../../../src/pg/errors.js';
import { parseStoreUrl, scrub } from '../../../src/pg/url.js';
import { SessionBusyError } from '../../../src/session/store.js';

describe('parseStoreUrl', () => {
  it.each([
    { url: 'postgres://rep:pw@db.internal:6432/roleplay', shown: 'db.internal:6432/roleplay', password: 'pw' },
    { url: 'postgresql://rep@db/roleplay', shown: 'db:5432/roleplay', password: undefined },
    { url: 'postgres://rep:p%40ss@10.0.0.5/rp', shown: '10.0.0.5:5432/rp', password: 'p@ss' },
    { url: 'postgres://rep@db', shown: 'db:5432/rep', password: undefined },
  ])('shows $url as $shown', ({ url, shown, password }) => {
    expect(parseStoreUrl(url)).toEqual({ url, shown, ...(password ? { password } : {}) });
  });

  it.each(['db.internal:5432', 'mysql://rep@db/rp', 'http://db/rp'])('refuses %s with exit 3 naming --store', (url) => {
    const e = (() => {
      try {
        parseStoreUrl(url);
      } catch (x) {
        return x;
      }
    })() as InvalidInputError;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.where).toBe('--store');
  });
});

describe('scrub', () => {
  it.each([
    { text: 'failed for pw p@ss and p%40ss', password: 'p@ss', out: 'failed for pw *** and ***' },
    { text: 'nothing secret', password: undefined, out: 'nothing secret' },
  ])('blanks the password in "$text"', ({ text, password, out }) => expect(scrub(text, password)).toBe(out));
});

describe('storeError', () => {
  const url = parseStoreUrl('postgres://rep:hunter2@db.internal:5432/roleplay');
  it.each([
    {
      e: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      reason: 'connection refused',
    },
    {
      e: Object.assign(new Error('getaddrinfo ENOTFOUND db.internal'), { code: 'ENOTFOUND' }),
      reason: 'host not found',
    },
    {
      e: Object.assign(new Error('password authentication failed for user "rep"'), { code: '28P01' }),
      reason: 'password authentication failed',
    },
    {
      e: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      reason: 'the server shut down',
    },
    { e: new Error('Connection terminated unexpectedly'), reason: 'connection lost' },
    { e: new Error('timeout exceeded when trying to connect'), reason: 'timed out waiting for a connection' },
  ])('reports $reason as unavailable, naming the host and not the password', ({ e, reason }) => {
    const out = storeError(e, url) as StoreUnavailableError;
    expect(out).toBeInstanceOf(StoreUnavailableError);
    expect(out.exitCode).toBe(3);
    expect(out.message).toBe(`cannot use the PostgreSQL store at db.internal:5432/roleplay: ${reason}`);
    expect(`${out.message} ${out.hint}`).not.toContain('hunter2');
  });

  it('turns a lock wait past lock_timeout into a busy session', () => {
    expect(
      storeError(
        Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }),
        url,
        'a'.repeat(32),
      ),
    ).toBeInstanceOf(SessionBusyError);
  });

  it('leaves an error that is not about reaching the store as it is (a bug)', () => {
    const bug = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(storeError(bug, url)).toBe(bug);
  });
});
