// `roleplay serve` flags for slow clients: timeouts in seconds and the connection cap, validated with zod.
// Loaded by the serve action only, so other commands do not pay for zod and Fastify at start-up.
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { DEFAULT_LIMITS, type ServerLimits } from '../server/index.js';

/** The flags as commander hands them over: strings, or undefined when not given. */
export interface LimitFlags {
  headerTimeout?: string;
  requestTimeout?: string;
  keepAliveTimeout?: string;
  maxConnections?: string;
}

const MAX_SECONDS = 3_600;
const MAX_CONNECTIONS = 100_000;

/** Plain decimal seconds ("1", "2.5"): no exponents, hex or blanks, which Number() would accept. */
const seconds = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/)
  .transform(Number)
  .pipe(z.number().min(0.1).max(MAX_SECONDS));
const count = z.string().trim().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(MAX_CONNECTIONS));

const s = (ms: number) => `${ms / 1000}`;

function parse<T>(schema: z.ZodType<T>, value: string | undefined, flag: string, what: string): T | undefined {
  if (value === undefined) return undefined;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new UsageError(`${flag} must be ${what}, got "${value}"`, flag);
}

const msFrom = (value: string | undefined, flag: string): number | undefined => {
  const n = parse(seconds, value, flag, `seconds from 0.1 to ${MAX_SECONDS}`);
  return n === undefined ? undefined : Math.round(n * 1000);
};

/** The limits the flags ask for, defaults for the rest; usage errors name the flag. */
export function parseLimits(o: LimitFlags): ServerLimits {
  const limits: ServerLimits = {
    headersTimeoutMs: msFrom(o.headerTimeout, '--header-timeout') ?? DEFAULT_LIMITS.headersTimeoutMs,
    requestTimeoutMs: msFrom(o.requestTimeout, '--request-timeout') ?? DEFAULT_LIMITS.requestTimeoutMs,
    keepAliveTimeoutMs: msFrom(o.keepAliveTimeout, '--keep-alive-timeout') ?? DEFAULT_LIMITS.keepAliveTimeoutMs,
    maxConnections:
      parse(count, o.maxConnections, '--max-connections', `a whole number from 1 to ${MAX_CONNECTIONS}`) ??
      DEFAULT_LIMITS.maxConnections,
  };
  // The headers are part of the request, and Node refuses the opposite.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    const flag = o.headerTimeout !== undefined ? '--header-timeout' : '--request-timeout';
    throw new UsageError(
      `--header-timeout (${s(limits.headersTimeoutMs)} s) must not be longer than --request-timeout (${s(limits.requestTimeoutMs)} s)`,
      flag,
      'the headers are part of the request: raise --request-timeout too',
    );
  }
  return limits;
}
