// The `--store` / ROLEPLAY_STORE value: a postgres:// URL, shown only as host:port/database so a
// password in it is never printed (issue 19).
import { InvalidInputError } from '../errors.js';

export interface StoreUrl {
  /** The URL as given, password included: only ever handed to the client library. */
  url: string;
  /** `host:port/database`, safe to print. */
  shown: string;
  /** Present when the URL carries one: scrubbed from any message we print. */
  password?: string;
}

/** Parses a postgres:// or postgresql:// URL; anything else is an invalid --store (exit 3). */
export function parseStoreUrl(value: string): StoreUrl {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new InvalidInputError(
      '--store is not a URL',
      [],
      '--store',
      'use postgres://user:password@host:5432/database, or leave --store out for the data folder',
    );
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new InvalidInputError(
      `--store must be a postgres:// URL, got "${u.protocol}//…"`,
      [],
      '--store',
      'use postgres://user:password@host:5432/database',
    );
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username) || 'postgres';
  const shown = `${u.hostname || 'localhost'}:${u.port || '5432'}/${database}`;
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  return { url: value, shown, ...(password ? { password } : {}) };
}

/** `text` with the password (raw and URL-encoded) blanked out. */
export function scrub(text: string, password: string | undefined): string {
  if (!password) return text;
  return [password, encodeURIComponent(password)].reduce((t, p) => t.split(p).join('***'), text);
}
