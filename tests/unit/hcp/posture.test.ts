// Cues follow a posture state (issue 14): no "*picks up her car keys*" then "*pulls a chair over and sits
// down*", no silent stare beside an answer, attention that moves the way the state did, one cue a turn.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { afterCue, cueFits, readCue, type Posture } from '../../../src/hcp/posture.js';
import type { HcpReply } from '../../../src/hcp/index.js';
import { loadLibrary } from '../../../src/scenario/library.js';
import type { CueTrigger, Scenario } from '../../../src/scenario/schema.js';
import { findCueContradictions } from '../../hcp-quality/detect/index.mjs';
import { ROOT } from '../../support/paths.js';
import { hcp, rep } from '../hcp-quality/builders.js';
import { chattyRep, converse, keepTalking, strongRep, weakRep, type Rep } from './builders.js';

describe('readCue', () => {
  it.each([
    { cue: '*picks up her car keys from the desk*', stance: 'leaving', attention: undefined },
    { cue: '*pulls a chair over and sits down*', stance: 'seated', attention: undefined },
    { cue: '*stands up from the workstation*', stance: 'standing', attention: undefined },
    { cue: '*sets the pen down and leans in*', stance: undefined, attention: 'engaged' },
    { cue: '*nods without looking up*', stance: undefined, attention: 'distracted' },
    { cue: '*glances at the computer screen*', stance: undefined, attention: 'distracted' },
  ])('reads $cue', ({ cue, stance, attention }) => {
    const r = readCue(cue);
    expect([r.stance, r.attention]).toEqual([stance, attention]);
  });
});

describe('cueFits', () => {
  const leaving: Posture = { stance: 'leaving' };
  it.each<{ what: string; cue: string; p: Posture; trigger: CueTrigger; words: number; fits: boolean }>([
    {
      what: 'sitting down after making to leave',
      cue: '*pulls a chair over and sits down*',
      p: leaving,
      trigger: 'warming',
      words: 12,
      fits: false,
    },
    {
      what: 'sitting down after standing up',
      cue: '*sits back, shoulders loosening*',
      p: { stance: 'standing' },
      trigger: 'resolved',
      words: 12,
      fits: false,
    },
    {
      what: 'sitting back down, which says it goes back',
      cue: '*sits back down slowly*',
      p: { stance: 'standing' },
      trigger: 'warming',
      words: 12,
      fits: true,
    },
    {
      what: 'sitting down from a chair-less start',
      cue: '*pulls a chair over and sits down*',
      p: {},
      trigger: 'warming',
      words: 12,
      fits: true,
    },
    {
      what: 'a silent stare beside an answer',
      cue: '*stops and stares without answering*',
      p: {},
      trigger: 'objection',
      words: 14,
      fits: false,
    },
    {
      what: 'a silent stare beside "Fine."',
      cue: '*stops and stares without answering*',
      p: {},
      trigger: 'objection',
      words: 1,
      fits: true,
    },
    {
      what: 'leaning in as the HCP cools',
      cue: '*sets the pen down and leans in*',
      p: {},
      trigger: 'cooling',
      words: 12,
      fits: false,
    },
    {
      what: 'glancing at the screen as the HCP warms',
      cue: '*glances at the computer screen*',
      p: {},
      trigger: 'warming',
      words: 12,
      fits: false,
    },
  ])('$what: $fits', ({ cue, p, trigger, words, fits }) => {
    expect(cueFits(cue, p, trigger, words)).toBe(fits);
  });

  it('moves the posture on with what the cue shows', () => {
    expect(afterCue({ stance: 'seated', attention: 'engaged' }, '*picks up her car keys from the desk*')).toEqual({
      stance: 'leaving',
      attention: 'engaged',
    });
  });
});

const DIR = join(ROOT, 'tests/hcp-quality');
const scripts = (id: string): string[][] =>
  (parse(readFileSync(join(DIR, `${id}.yaml`), 'utf8')).runs as { turns: string[] }[]).map((r) => r.turns);

let scenarios: Scenario[];
beforeAll(async () => {
  scenarios = (await loadLibrary()).all.filter((l) => l.builtIn).map((l) => l.scenario);
  expect(readdirSync(DIR).filter((f) => f.endsWith('.yaml'))).toHaveLength(scenarios.length);
});

const REPS: Rep[] = [strongRep, weakRep, chattyRep, keepTalking];
/** Whole conversations over the library take seconds; a loaded CI box needs room. */
const SLOW_MS = 90_000;

describe('cues in whole conversations', () => {
  it(
    'every cue fits the posture before it, on every built-in scenario, script and seed',
    () => {
      const bad: string[] = [];
      let shown = 0;
      for (const s of scenarios) {
        const reps: (Rep | readonly string[])[] = [...scripts(s.id), ...REPS];
        reps.forEach((player, k) => {
          const seed = 1 + (k % 3);
          const c = converse(s, player, seed, 12);
          let before: Posture = {};
          const replies: HcpReply[] = c.exchanges.map((e) => e.reply);
          for (const [i, r] of replies.entries()) {
            const trigger = r.state.history.at(-1)?.cueTriggers ?? [];
            expect(r.cues.length, `${s.id} #${k} turn ${i + 1}`).toBeLessThanOrEqual(1);
            for (const cue of r.cues) {
              shown++;
              const fits = trigger.some((t) => cueFits(cue, before, t, r.text.split(/\s+/u).length));
              if (!fits) bad.push(`${s.id} #${k} turn ${i + 1}: ${cue} after ${JSON.stringify(before)}`);
              before = afterCue(before, cue);
            }
            expect(r.state.posture ?? {}).toEqual(before);
          }
          const transcript = [
            hcp(c.opening.text),
            ...c.exchanges.flatMap((e) => [rep(e.rep), hcp(e.reply.text, e.reply.cues)]),
          ];
          bad.push(
            ...findCueContradictions(transcript).map(
              (x: { why: string; cues: string[] }) => `${s.id} #${k}: ${x.why}: ${x.cues.join(' then ')}`,
            ),
          );
        });
      }
      expect(bad).toEqual([]);
      expect(shown).toBeGreaterThan(scenarios.length * 5);
    },
    SLOW_MS,
  );
});
