// Reads what `score` needs from outside: a transcript (file or stdin) and an optional rubric.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidInputError, ThresholdError } from '../errors.js';
import { describeFsError, formatBytes } from '../data-file.js';
import { DEFAULT_RUBRIC, loadRubricFile, MAX_TRANSCRIPT_BYTES, parseTranscript, type Rubric } from '../scoring/index.js';
import type { Turn } from '../types.js';
import type { CliContext } from './context.js';

export async function readTranscript(ctx: CliContext, file: string): Promise<Turn[]> {
  const name = file === '-' ? 'stdin' : file;
  const text = file === '-' ? await readStdin(ctx) : await readTranscriptFile(resolve(ctx.cwd, file), file);
  const parsed = parseTranscript(text, name);
  if (!parsed.ok) throw new InvalidInputError(`invalid transcript`, parsed.problems, name);
  return parsed.turns;
}

async function readTranscriptFile(path: string, shown: string): Promise<string> {
  try {
    const { size } = await stat(path);
    if (size > MAX_TRANSCRIPT_BYTES) {
      throw new InvalidInputError(`transcript is ${formatBytes(size)}, over the ${formatBytes(MAX_TRANSCRIPT_BYTES)} limit`, [], shown);
    }
    return await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    throw new InvalidInputError(`cannot read transcript: ${describeFsError(e)}`, [], shown);
  }
}

async function readStdin(ctx: CliContext): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_TRANSCRIPT_BYTES) throw new InvalidInputError(`transcript on stdin is over the ${formatBytes(MAX_TRANSCRIPT_BYTES)} limit`, [], 'stdin');
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readRubric(ctx: CliContext, file: string | undefined): Promise<Rubric> {
  if (!file) return DEFAULT_RUBRIC;
  const parsed = await loadRubricFile(resolve(ctx.cwd, file));
  if (!parsed.ok) throw new InvalidInputError('invalid rubric', parsed.problems, file);
  return parsed.value;
}

export async function checkMinScore(overall: number | null, min: number | undefined): Promise<void> {
  if (min === undefined) return;
  if (overall === null || overall < min) {
    throw new ThresholdError(`overall score ${overall === null ? 'n/a' : overall.toFixed(1)} is below --min-score ${min}`);
  }
}
