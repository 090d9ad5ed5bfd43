// Bearer-token check for every route when the server was started with a token.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * A checker for `Authorization: Bearer <token>`. Both sides are hashed first so
 * timingSafeEqual always compares equal-length buffers and the length of the
 * token leaks nothing either.
 */
export function bearerChecker(token: string): (header: string | undefined) => boolean {
  const expected = digest(token);
  return (header) => {
    const match = /^Bearer[ \t]+(.+)$/i.exec(header ?? '');
    const given = digest(match?.[1]?.trim() ?? '');
    return timingSafeEqual(given, expected) && match !== null;
  };
}
