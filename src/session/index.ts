// Public API of the session layer.
export { SessionManager, MAX_TURN_CHARS, type SessionManagerDeps, type RespondResult } from './manager.js';
export { foldSession, type Session, type SessionTurn, type StateReplayer } from './session.js';
export { createFileStore, createMemoryStore, SESSION_ID, type SessionStore } from './store.js';
export type { SessionEvent } from './events.js';
export { createSessionManager, replayState, type SessionKitOptions } from './create.js';
export { toStatus, type SessionStatus } from './status.js';
