// readTurns goes on from a reader that has read the start of a call: whatever the order of calls
// (sessions interleaved, a turn read and then taken back, a shorter call after a longer one), it
// must give exactly what reading the call afresh gives.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/scoring/index.js';
import { readConversation, readTurns } from '../../../src/understand/index.js';
import { ROOT } from '../../support/paths.js';

type Spoken = { speaker: 'rep' | 'customer'; text: string };

const DIR = join(ROOT, 'tests/fixtures/transcripts');
function load(file: string): Spoken[] {
  const parsed = parseTranscript(readFileSync(join(DIR, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.join('; ')}`);
  return parsed.turns;
}
const CALLS: Spoken[][] = readdirSync(DIR)
  .filter((f) => /\.(json|jsonl|txt)$/u.test(f) && f !== 'expectations.json')
  .map(load);

const fresh = (turns: readonly Spoken[]) => readConversation(turns).turns;

describe('readTurns', () => {
  it('reads each fixture call turn by turn as a fresh read does', () => {
    expect(CALLS.length).toBeGreaterThan(10);
    for (const call of CALLS)
      for (let n = 1; n <= call.length; n++) expect(readTurns(call.slice(0, n))).toEqual(fresh(call.slice(0, n)));
  });

  it('gives a fresh read after a turn that was read and then not said', () => {
    const call = CALLS[0]!;
    const said = call.slice(0, 4);
    readTurns([...said, { speaker: 'rep', text: "That's not true, everyone is switching." }]);
    const next = [...said, call[4]!];
    expect(readTurns(next)).toEqual(fresh(next));
  });

  it('agrees with a fresh read whatever calls come in between', () => {
    const step = fc.record({ call: fc.nat(CALLS.length - 1), upTo: fc.nat(40), swap: fc.option(fc.nat(20)) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        for (const s of steps) {
          const call = CALLS[s.call]!;
          const turns = call.slice(0, 1 + (s.upTo % call.length));
          // Now and then the last turn is another call's: a turn read but never said in this one.
          if (s.swap !== null) turns[turns.length - 1] = CALLS[s.swap % CALLS.length]![0]!;
          expect(readTurns(turns)).toEqual(fresh(turns));
        }
      }),
      { seed: 12, numRuns: 40 },
    );
  });
});
