// Public API of the session layer.
export { SessionManager, type SessionManagerDeps, type RespondResult } from './manager.js';
export { MAX_TURN_CHARS } from '../types.js';
export {
  foldSession,
  foldEvents,
  CorruptJournalError,
  type Session,
  type SessionTurn,
  type StateReplayer,
} from './session.js';
export { createMemoryStore, SESSION_ID, SessionBusyError, type SessionStore, type LoadedJournal } from './store.js';
export { createFileStore } from './file-store.js';
export { createHistoryBook, type HistoryBook } from './history-book.js';
export type { SessionEvent } from './events.js';
export { createSessionManager, openDataStores, replayState, type SessionKitOptions } from './create.js';
export { toStatus, type SessionStatus } from './status.js';
export { checkEvent } from './event-schema.js';
export { copySessions } from './transfer.js';
