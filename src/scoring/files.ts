// Reads a rubric or transcript file from disk, returning problems as data (never throwing).
import { readFile, stat } from 'node:fs/promises';
import { describeFsError, formatBytes, readDataFile, validate } from '../data-file.js';
import type { Parsed } from '../data-file.js';
import { RubricSchema } from './rubric-schema.js';
import type { Rubric } from './rubric-schema.js';
import { MAX_TRANSCRIPT_BYTES, parseTranscript } from './transcript.js';
import type { ParsedTranscript } from './transcript.js';

/** A `--rubric FILE` (YAML or JSON), validated against the strict rubric schema. */
export async function loadRubricFile(file: string): Promise<Parsed<Rubric>> {
  const data = await readDataFile(file);
  return data.ok ? validate(RubricSchema, data.value, file) : data;
}

/** A transcript file, refused before reading when it is over the size limit. */
export async function loadTranscriptFile(file: string): Promise<ParsedTranscript> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, problems: [`${file}: is a directory, expected a file`] };
    if (info.size > MAX_TRANSCRIPT_BYTES) {
      return { ok: false, problems: [`${file}: transcript is ${formatBytes(info.size)}, over the ${formatBytes(MAX_TRANSCRIPT_BYTES)} limit`] };
    }
    return parseTranscript(await readFile(file, 'utf8'), file);
  } catch (e) {
    return { ok: false, problems: [`${file}: ${describeFsError(e)}`] };
  }
}
