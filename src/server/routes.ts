// The four session routes and the scenario list, all through the one SessionManager (the origin bug).
import type { FastifyInstance } from 'fastify';
// endedJson keeps END identical to `roleplay end --json`.
import { endedJson } from '../feedback/index.js';
import { SessionStateError } from '../errors.js';
import { toBriefing, toSummary, type Library } from '../scenario/index.js';
import type { Session, SessionManager } from '../session/index.js';
import { SESSION_ID, SessionBusyError, toStatus } from '../session/index.js';
import { HttpError, notFound } from './http-errors.js';
import { endBody, parseInput, respondBody, sessionQuery, startBody } from './schemas.js';

export interface RouteDeps {
  manager: SessionManager;
  library: Library;
}

export function registerRoutes(app: FastifyInstance, { manager, library }: RouteDeps): void {
  /** Unknown ids are 404 here, so a SessionStateError from the operation that follows means ended (409). */
  const existing = async (id: string): Promise<Session> => {
    // Not echoed: a malformed id may be anything a client sent (../, NUL, escapes, 60 KB).
    if (!SESSION_ID.test(id)) throw notFound('no such session: ids are 32 lowercase hex characters');
    try {
      return await manager.get(id);
    } catch (e) {
      if (e instanceof SessionStateError) throw notFound(`no session "${id}"`);
      throw e;
    }
  };

  app.get('/api/scenarios', async () => library.all.map((l) => toSummary(l.scenario)));

  app.post('/api/roleplay/start', async (req) => {
    const body = parseInput(startBody, req.body, 'body');
    const scenario = library.get(body.scenarioId)?.scenario;
    if (!scenario) throw notFound(`unknown scenario "${body.scenarioId}" (GET /api/scenarios lists them)`);
    const session = await manager.start(scenario, { seed: body.seed });
    const opening = session.turns[0]!;
    return {
      sessionId: session.id,
      scenario: toBriefing(scenario),
      seed: session.seed,
      hcpOpening: opening.text,
      cues: opening.cues ?? [],
    };
  });

  app.post('/api/roleplay/respond', async (req) => {
    const body = parseInput(respondBody, req.body, 'body');
    await existing(body.sessionId);
    const { reply, session } = await manager.respond(body.sessionId, body.message).catch((e: unknown) => {
      // Busy (another instance held the session too long) is a 503 to retry, not an ended session.
      throw e instanceof SessionStateError && !(e instanceof SessionBusyError)
        ? new HttpError(
            409,
            'session-ended',
            `session ${body.sessionId} has ended: POST /api/roleplay/end returns its scorecard`,
          )
        : e;
    });
    return { reply: reply.text, cues: reply.cues, ended: reply.ended ?? null, hcpState: toStatus(session) };
  });

  app.get('/api/roleplay/session', async (req) => {
    const { sessionId } = parseInput(sessionQuery, req.query, 'query');
    const session = await existing(sessionId);
    return { active: session.status === 'active', turns: session.turns, hcpState: toStatus(session) };
  });

  app.post('/api/roleplay/end', async (req) => {
    const { sessionId } = parseInput(endBody, req.body, 'body');
    await existing(sessionId);
    return endedJson(await manager.end(sessionId));
  });
}
