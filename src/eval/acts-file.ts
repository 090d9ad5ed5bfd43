// Validates a turn-act annotation `<id>.acts.json` (docs/scoring.md "From turns to acts") against its transcript.
import { z } from 'zod';
import { validate, type Parsed } from '../data-file.js';
import { closestNames } from '../suggest.js';
import { ACTS, REP_ACTS } from '../understand/index.js';
import type { Turn } from '../types.js';
import type { LabeledConversation } from './types.js';

const ACT_NAMES: ReadonlySet<string> = new Set(ACTS);
const REP_ACT_NAMES: ReadonlySet<string> = new Set(REP_ACTS);

function unknownAct(input: unknown): string {
  const [near] = closestNames(String(input), ACTS, 1);
  return `unknown act "${String(input)}" (${near === undefined ? 'see ACTS.md for the act names' : `did you mean ${near}?`})`;
}

const ActsTurn = z.object({
  i: z.number().int('must be a whole number').min(0, 'must be 0 or more'),
  speaker: z.enum(['rep', 'customer'], {
    error: (i) => (i.input === undefined ? 'is required' : 'must be one of rep, customer'),
  }),
  acts: z.array(z.string().refine((a) => ACT_NAMES.has(a), { error: (i) => unknownAct(i.input) })),
});

const ActsSchema = z.object({ id: z.string(), turns: z.array(ActsTurn) });
type ActsTurn = z.infer<typeof ActsTurn>;

const owner = (speaker: Turn['speaker']): string => (speaker === 'rep' ? "the rep's" : "the customer's");

/** Problems of one annotated turn `k` against transcript turn `turn` (undefined past its end). */
function turnProblems(t: ActsTurn, k: number, turn: Turn | undefined, file: string, of: string): string[] {
  if (turn === undefined) return [];
  const problems: string[] = [];
  if (t.i !== k) problems.push(`${file}: turns[${k}].i: is ${t.i}, expected ${k} (every turn once, in order)`);
  if (t.speaker !== turn.speaker) {
    problems.push(`${file}: turns[${k}].speaker: is "${t.speaker}", but turn ${k} of ${of} is ${owner(turn.speaker)}`);
    return problems;
  }
  t.acts.forEach((act, j) => {
    if (REP_ACT_NAMES.has(act) !== (turn.speaker === 'rep')) {
      problems.push(
        `${file}: turns[${k}].acts[${j}]: "${act}" is ${turn.speaker === 'rep' ? 'an HCP' : 'a rep'} act, but turn ${k} is ${owner(turn.speaker)}`,
      );
    }
  });
  return problems;
}

/** The gold acts of each turn of `conversation`, each act once per turn, or every problem of `file`. */
export function parseActs(value: unknown, file: string, conversation: LabeledConversation): Parsed<string[][]> {
  const parsed = validate(ActsSchema, value, file);
  if (!parsed.ok) return parsed;
  const { id, turns } = parsed.value;
  const of = conversation.file;
  const problems: string[] = [];
  if (id !== conversation.id)
    problems.push(`${file}: id: is "${id}", but it annotates ${of} (id "${conversation.id}")`);
  if (turns.length !== conversation.turns.length) {
    problems.push(`${file}: turns: has ${turns.length} turn(s), but ${of} has ${conversation.turns.length}`);
  }
  turns.forEach((t, k) => problems.push(...turnProblems(t, k, conversation.turns[k], file, of)));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: turns.map((t) => [...new Set(t.acts)]) };
}
