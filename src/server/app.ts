// Builds the Fastify app: body limit, timeouts and connection cap, bearer auth, `{error, message}` errors, and the session routes.
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Library } from '../scenario/index.js';
import type { SessionManager } from '../session/index.js';
import { bearerChecker } from './auth.js';
import { HttpError, toHttpError } from './http-errors.js';
import { applyConnectionCap, DEFAULT_LIMITS, timeoutOptions, type ServerLimits } from './limits.js';
import { registerRoutes } from './routes.js';
import { trackInFlight } from './shutdown.js';

export interface ServerOptions {
  /** The process's one SessionManager: every route goes through it. */
  manager: SessionManager;
  library: Library;
  /** When set, every request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest request body in bytes; over it is 413. */
  bodyLimit?: number;
  /** Timeouts and the connection cap; each one left out is its `DEFAULT_LIMITS` value. */
  limits?: Partial<ServerLimits>;
  /** Fastify logger options; off by default. Request lines are never logged (URLs carry session ids). */
  logger?: FastifyServerOptions['logger'];
}

export const DEFAULT_BODY_LIMIT = 64 * 1024;

export function createServer(o: ServerOptions): FastifyInstance {
  const limits = { ...DEFAULT_LIMITS, ...o.limits };
  const app = Fastify({
    ...timeoutOptions(limits),
    bodyLimit: o.bodyLimit ?? DEFAULT_BODY_LIMIT,
    logger: o.logger ?? false,
    logController: new LogController({ disableRequestLogging: true }),
    // Requests accepted while closing still run to completion instead of getting a 503.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  });
  applyConnectionCap(app, limits.maxConnections);
  trackInFlight(app);
  if (o.token !== undefined) addAuth(app, o.token);
  app.setErrorHandler((error, request, reply) => {
    const { status, body, internal } = toHttpError(error);
    // Only the error itself: bodies (a rep's words) and headers (the token) stay out of logs.
    if (internal) request.log.error({ err: error, url: request.routeOptions.url }, 'internal error');
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );
  registerRoutes(app, { manager: o.manager, library: o.library });
  return app;
}

/** onRequest runs before the body is read, so an unauthenticated client cannot make us parse anything. */
function addAuth(app: FastifyInstance, token: string): void {
  if (token === '') throw new Error('an empty token would let anyone in');
  const isAllowed = bearerChecker(token);
  app.addHook('onRequest', async (request, reply) => {
    if (isAllowed(request.headers.authorization)) return;
    reply.header('www-authenticate', 'Bearer');
    throw new HttpError(401, 'unauthorized', 'missing or wrong token: send `Authorization: Bearer <token>`');
  });
}
