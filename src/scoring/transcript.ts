// Parses a transcript from JSON, JSONL or "Rep: ..." plain text into turns, with every problem
// named by index or line (issue 4); pure, so the CLI decides where the text comes from.
import { z } from 'zod';
import { formatBytes, formatPath } from '../data-file.js';
import { MAX_TURN_CHARS, type Speaker, type Turn } from '../types.js';

export const MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;
/** Enough to fix a file in one pass without flooding the terminal. */
const MAX_PROBLEMS = 20;

export type ParsedTranscript = { ok: true; turns: Turn[] } | { ok: false; problems: string[] };

const SPEAKERS: Record<string, Speaker> = {
  rep: 'rep',
  user: 'rep',
  customer: 'customer',
  hcp: 'customer',
  assistant: 'customer',
};

const TurnInput = z.object({
  speaker: z
    .string({ error: 'must be a string: rep or customer' })
    .transform((s) => s.trim().toLowerCase())
    .refine((s) => s in SPEAKERS, 'must be rep or customer (hcp and assistant mean customer, user means rep)'),
  text: z
    .string({ error: 'must be a string' })
    .refine((s) => s.trim() !== '', 'must not be empty')
    .refine((s) => s.length <= MAX_TURN_CHARS, { error: (i) => tooLong((i.input as string).length) }),
  t: z.number().finite().optional(),
});

function tooLong(chars: number): string {
  return `turn is ${chars.toLocaleString('en-US')} characters, over the ${MAX_TURN_CHARS.toLocaleString('en-US')} limit`;
}

function toTurn(v: z.infer<typeof TurnInput>): Turn {
  const turn: Turn = { speaker: SPEAKERS[v.speaker]!, text: v.text };
  if (v.t !== undefined) turn.t = v.t;
  return turn;
}

const fail = (problems: string[]): ParsedTranscript => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS) });

const TurnsWrapper = z.object(
  { turns: z.array(z.unknown(), { error: 'must be a list of turns' }) },
  { error: 'expected a list of turns or {"turns": [...]}' },
);

/** Turn by turn, stopping at MAX_PROBLEMS: 2 million wrong items made zod build 2 million issues (1.3 GB, issue 9). */
function fromData(value: unknown, source: string): ParsedTranscript {
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else {
    const wrapper = TurnsWrapper.safeParse(value);
    if (!wrapper.success)
      return fail(wrapper.error.issues.map((i) => `${source}: ${formatPath(i.path)}: ${i.message}`));
    list = wrapper.data.turns;
  }
  const turns: Turn[] = [];
  const problems: string[] = [];
  for (let i = 0; i < list.length && problems.length < MAX_PROBLEMS; i++) {
    const r = TurnInput.safeParse(list[i]);
    if (r.success) turns.push(toTurn(r.data));
    else
      for (const is of r.error.issues)
        problems.push(`${source}: ${formatPath(['turns', i, ...is.path])}: ${is.message}`);
  }
  return problems.length > 0 ? fail(problems) : { ok: true, turns };
}

function fromJsonLines(lines: readonly string[], source: string): ParsedTranscript {
  const turns: Turn[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length && problems.length < MAX_PROBLEMS; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push(`${source}:${i + 1}: invalid JSON: ${(e as Error).message}`);
      continue;
    }
    const r = TurnInput.safeParse(value);
    if (r.success) turns.push(toTurn(r.data));
    else for (const is of r.error.issues) problems.push(`${source}:${i + 1}: ${formatPath(is.path)}: ${is.message}`);
  }
  return problems.length > 0 ? fail(problems) : { ok: true, turns };
}

/** "Rep:", "HCP:", "Customer:", "Doctor:", "Dr. Lee:", "Dr Anna Lee:" and "User:"/"Assistant:". */
const PREFIX = /^\s*(rep|sales rep|user|hcp|customer|doctor|physician|assistant|dr\.?\s+[^\s:][^:]{0,40})\s*:(.*)$/i;

function speakerOf(label: string): Speaker {
  return /^(rep|sales rep|user)$/i.test(label.trim()) ? 'rep' : 'customer';
}

function fromPlainText(lines: readonly string[], source: string): ParsedTranscript {
  const turns: (Turn & { line: number })[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const m = PREFIX.exec(line);
    if (m) turns.push({ speaker: speakerOf(m[1]!), text: m[2]!.trim(), line: i + 1 });
    else if (line.trim() === '') return;
    else if (turns.length === 0) {
      if (problems.length < MAX_PROBLEMS)
        problems.push(
          `${source}:${i + 1}: expected a speaker prefix such as "Rep:", "HCP:", "Customer:" or "Dr. Lee:"`,
        );
    } else turns[turns.length - 1]!.text += `${turns[turns.length - 1]!.text === '' ? '' : '\n'}${line.trim()}`;
  });
  for (const t of turns) {
    if (t.text === '') problems.push(`${source}:${t.line}: turn has no text`);
    else if (t.text.length > MAX_TURN_CHARS) problems.push(`${source}:${t.line}: ${tooLong(t.text.length)}`);
  }
  if (problems.length > 0) return fail(problems);
  return { ok: true, turns: turns.map(({ speaker, text }) => ({ speaker, text })) };
}

export function parseTranscript(text: string, sourceName: string): ParsedTranscript {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TRANSCRIPT_BYTES) {
    return fail([
      `${sourceName}: transcript is ${formatBytes(bytes)}, over the ${formatBytes(MAX_TRANSCRIPT_BYTES)} limit`,
    ]);
  }
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return fail([`${sourceName}: transcript is empty`]);
  if (source.includes('\u0000')) return fail([`${sourceName}: transcript is binary (contains NUL bytes)`]);
  const lines = source.split(/\r\n|\r|\n/);
  const head = source.trimStart()[0];
  if (head === '[' || head === '{') {
    try {
      const value: unknown = JSON.parse(source);
      // A one-line JSONL file is a single turn object.
      if (value !== null && typeof value === 'object' && 'speaker' in value) return fromJsonLines(lines, sourceName);
      return fromData(value, sourceName);
    } catch (e) {
      const jsonLines = lines.filter((l) => l.trim() !== '');
      if (head === '{' && jsonLines.length > 1) return fromJsonLines(lines, sourceName);
      return fail([`${sourceName}: invalid JSON: ${(e as Error).message}`]);
    }
  }
  return fromPlainText(lines, sourceName);
}
