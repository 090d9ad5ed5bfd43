// What every command receives: the io, the environment and the parsed global flags.
import { delimiter, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ColorLevel, Io } from '../io.js';
import type { OutFs } from '../out-file.js';
import type { WriteFn } from '../store/index.js';
import { escapeJsonText } from '../sanitize.js';

export interface GlobalOptions {
  json: boolean;
  color: boolean;
  debug: boolean;
  scenarios: string[];
  /** A postgres:// URL (--store or ROLEPLAY_STORE); undefined: the data folder's journals. */
  store?: string;
}

export interface CliContext {
  io: Io;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Global flags, read from the root program when a command runs. */
  globals(): GlobalOptions;
  /** File system calls for report files; tests inject a full disk. Default: node:fs. */
  outFs?: OutFs;
  /** How data files are written; tests inject a full disk here. */
  fileWrite?: WriteFn;
}

/** Global flags as commander parsed them, plus ROLEPLAY_SCENARIOS and NO_COLOR. */
export function readGlobals(program: Command, ctx: Pick<CliContext, 'env' | 'cwd'>): GlobalOptions {
  const o = program.opts<{ json?: boolean; color?: boolean; debug?: boolean; scenarios?: string[]; store?: string }>();
  const fromEnv = (ctx.env.ROLEPLAY_SCENARIOS ?? '').split(delimiter).filter((d) => d.trim() !== '');
  return {
    json: o.json === true,
    color: o.color !== false && ctx.env.NO_COLOR === undefined,
    debug: o.debug === true,
    scenarios: [...(o.scenarios ?? []), ...fromEnv].map((d) => resolve(ctx.cwd, d)),
    ...(o.store || ctx.env.ROLEPLAY_STORE ? { store: o.store || ctx.env.ROLEPLAY_STORE } : {}),
  };
}

/** Colour level for renderers: off when piped, NO_COLOR or --no-color. */
export function colorLevel(ctx: CliContext): ColorLevel {
  return ctx.globals().color ? (ctx.io.colorLevel ?? 0) : 0;
}

/** Columns to render for: the terminal's, or 80 when piped or unknown (issue 15). */
export function terminalWidth(ctx: CliContext): number {
  const cols = ctx.io.columns?.();
  return cols !== undefined && cols > 0 ? cols : 80;
}

export function writeJson(ctx: CliContext, value: unknown): void {
  ctx.io.stdout.write(`${escapeJsonText(JSON.stringify(value, null, 2))}\n`);
}

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
