// Public API of the store layer.
export { appendHistory, checkHistoryEntry, readHistoryLines, type HistoryEntry } from './history.js';
export { shapeProblem } from './shape.js';
export { appendLines, readJsonLines, type LineCheck } from './journal.js';
export { cutTornTail, versionKey, type WriteFn } from './append.js';
export { checkDataDir, DataDirError, ensureDataDir, resolveDataDir, storageError, type DataDir } from './data-dir.js';
export { ANONYMOUS_OWNER, LockTimeoutError, acquireLock, type LockOptions, type LockOwner } from './lock.js';
