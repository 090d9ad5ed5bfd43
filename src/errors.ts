// Failures a user can cause, each carrying the exit code docs/architecture.md assigns it.
export type ExitCode = 1 | 2 | 3 | 4 | 5 | 130;

export abstract class RoleplayError extends Error {
  abstract readonly exitCode: ExitCode;
  constructor(
    message: string,
    readonly where?: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A batch or score threshold was not met. */
export class ThresholdError extends RoleplayError {
  readonly exitCode = 1;
}

/** Bad flags, arguments or commands. */
export class UsageError extends RoleplayError {
  readonly exitCode = 2;
}

/** Invalid scenario, run file, rubric or transcript; `problems` lists every one. */
export class InvalidInputError extends RoleplayError {
  readonly exitCode = 3;
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
    where?: string,
    hint?: string,
  ) {
    super(message, where, hint);
  }
}

/**
 * A file could not be written whole (disk full, read-only, an I/O error): nothing was kept, and
 * exit 3 as for any other file the run depends on (issue 13: never exit 0 with a cut-off report).
 */
export class WriteFailedError extends RoleplayError {
  readonly exitCode = 3;
}

/** A session operation that the session's state does not allow. */
export class SessionStateError extends RoleplayError {
  readonly exitCode = 4;
}

/** The LLM backend failed and fallback was disabled. */
export class BackendError extends RoleplayError {
  readonly exitCode = 5;
}

/** Ctrl-C, in a prompt or anywhere else. */
export class InterruptedError extends RoleplayError {
  readonly exitCode = 130;
  constructor() {
    super('interrupted');
  }
}

export const isRoleplayError = (e: unknown): e is RoleplayError => e instanceof RoleplayError;
