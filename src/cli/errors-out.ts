// Turns any thrown value into the one-line message and exit code the user sees.
import { CommanderError } from 'commander';
import { sep } from 'node:path';
import { isRoleplayError } from '../errors.js';
import { sanitize } from '../sanitize.js';

const INTERNAL = 70;

export interface ErrorReport {
  code: number;
  text: string;
}

/** Problems are listed in full up to this many; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 200;

/** `cwd` shortens absolute paths in messages to the relative ones the user typed. */
export function reportError(e: unknown, debug: boolean, cwd = ''): ErrorReport {
  const prefix = cwd === '' || cwd === '.' ? undefined : cwd.endsWith(sep) ? cwd : cwd + sep;
  const show = (t: string) => sanitize(prefix ? t.split(prefix).join('') : t);
  if (e instanceof CommanderError) {
    // Commander has already printed its message; help and --version exit cleanly.
    const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
    return { code: ok ? 0 : 2, text: '' };
  }
  if (isExitPrompt(e)) return { code: 130, text: '' };
  if (isRoleplayError(e)) {
    const lines = [`roleplay: ${show(e.message)}${e.where ? ` (${show(e.where)})` : ''}`];
    const problems = 'problems' in e && Array.isArray(e.problems) ? (e.problems as string[]) : [];
    for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`  ${show(p)}`);
    if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
    if (e.hint) lines.push(`hint: ${show(e.hint)}`);
    if (debug && e.stack) lines.push(sanitize(e.stack));
    return { code: e.exitCode, text: `${lines.join('\n')}\n` };
  }
  // A bug's message can quote user input (a file name, a field value) like any other.
  const stack = sanitize(e instanceof Error ? (e.stack ?? e.message) : String(e));
  return {
    code: INTERNAL,
    text: `roleplay: internal error: this is a bug, please report it with the lines below\n${stack}\n`,
  };
}

/** Inquirer's Ctrl-C (and an aborted prompt) arrive as errors with these names. */
function isExitPrompt(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

export { INTERNAL as INTERNAL_ERROR_CODE };
