// Reads what `score` needs from outside: a transcript (file or stdin) and an optional rubric.
import { resolve } from 'node:path';
import { InvalidInputError, ThresholdError } from '../errors.js';
import { decodeUtf8, formatBytes, readCapped } from '../data-file.js';
import {
  DEFAULT_RUBRIC,
  loadRubricFile,
  MAX_TRANSCRIPT_BYTES,
  parseTranscript,
  type Rubric,
} from '../scoring/index.js';
import type { Turn } from '../types.js';
import type { CliContext } from './context.js';
import { rubricLimitProblems } from './rubric-limits.js';

export async function readTranscript(ctx: CliContext, file: string): Promise<Turn[]> {
  const name = file === '-' ? 'stdin' : file;
  const text = file === '-' ? await readStdin(ctx) : await readTranscriptFile(resolve(ctx.cwd, file), file);
  const parsed = parseTranscript(text, name);
  if (!parsed.ok) throw new InvalidInputError(`invalid transcript`, parsed.problems, name);
  return parsed.turns;
}

async function readTranscriptFile(path: string, shown: string): Promise<string> {
  const read = await readCapped(path, MAX_TRANSCRIPT_BYTES);
  if (!read.ok) {
    const what = read.problem.startsWith('file is')
      ? `transcript ${read.problem.slice(5)}`
      : `cannot read transcript: ${read.problem}`;
    const piped = / FIFO | device|socket/.test(read.problem)
      ? 'to score what a pipe or a program writes, pass - and send it to stdin'
      : undefined;
    throw new InvalidInputError(what, [], shown, piped);
  }
  return utf8(read.bytes, shown);
}

/** Invalid bytes would otherwise become U+FFFD inside quotes and scores: refuse them, as data files do. */
function utf8(bytes: Buffer, shown: string): string {
  const text = decodeUtf8(bytes);
  if (text === undefined)
    throw new InvalidInputError('transcript is not valid UTF-8 text', [], shown, 'save it as UTF-8');
  return text;
}

async function readStdin(ctx: CliContext): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_TRANSCRIPT_BYTES)
      throw new InvalidInputError(
        `transcript on stdin is over the ${formatBytes(MAX_TRANSCRIPT_BYTES)} limit`,
        [],
        'stdin',
      );
    chunks.push(b);
  }
  return utf8(Buffer.concat(chunks), 'stdin');
}

export async function readRubric(ctx: CliContext, file: string | undefined): Promise<Rubric> {
  if (!file) return DEFAULT_RUBRIC;
  const parsed = await loadRubricFile(resolve(ctx.cwd, file));
  if (!parsed.ok) throw new InvalidInputError('invalid rubric', parsed.problems, file);
  const problems = rubricLimitProblems(parsed.value, file);
  if (problems.length > 0)
    throw new InvalidInputError(
      'rubric phrase lists over their limits',
      problems,
      file,
      'shorter phrases, with at most one * or #, match the same turns',
    );
  return parsed.value;
}

export function checkMinScore(overall: number | null, min: number | undefined): void {
  if (min === undefined) return;
  if (overall === null || overall < min) {
    throw new ThresholdError(
      `overall score ${overall === null ? 'n/a' : overall.toFixed(1)} is below --min-score ${min}`,
    );
  }
}
