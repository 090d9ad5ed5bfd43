// The shape every journal line must have to count: a hand-edited or foreign line (`42`, an end
// without its scorecard) is skipped with a warning instead of crashing whoever reads it (issue 13).
import { z } from 'zod';
import { type LineCheck, shapeProblem } from '../store/index.js';
import type { SessionEvent } from './events.js';

const SESSION_ID = /^[0-9a-f]{32}$/;
const endReason = z.enum(['time-out', 'walk-out', 'commitment', 'rep-ended']);
const time = z.number().finite();

const evidence = z.looseObject({ turn: z.number(), quote: z.string() });
const component = z.looseObject({
  name: z.string(),
  score: z.number().nullable(),
  applicable: z.boolean(),
  weight: z.number(),
  rationale: z.string(),
  evidence: z.array(evidence),
});
const metric = z.looseObject({
  id: z.string(),
  metric: z.string(),
  optional: z.boolean(),
  score: z.number().nullable(),
  applicable: z.boolean(),
  components: z.array(component),
});
/** What the end report, `end --json` and history read from a scorecard. */
const scorecard = z.looseObject({
  overallScore: z.number().nullable(),
  band: z.string().nullable(),
  metricResults: z.array(metric),
  rubricVersion: z.string(),
  rubricHash: z.string(),
});

/** The scenario copy is checked where it is used (replay); here only what names the session. */
const scenario = z.looseObject({ id: z.string(), title: z.string(), hcp: z.looseObject({ name: z.string() }) });

const eventSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('start'),
    v: z.number(),
    sessionId: z.string().regex(SESSION_ID),
    scenario,
    seed: z.number().int(),
    engine: z.string(),
    rep: z.string().optional(),
    t: time,
    opening: z.looseObject({ text: z.string(), cues: z.array(z.string()) }),
  }),
  z.looseObject({ type: z.literal('rep'), turn: z.number().int().positive(), text: z.string(), t: time }),
  z.looseObject({
    type: z.literal('hcp'),
    turn: z.number().int().positive(),
    text: z.string(),
    cues: z.array(z.string()),
    t: time,
    ended: endReason.optional(),
    fallback: z.boolean().optional(),
  }),
  z.looseObject({ type: z.literal('end'), t: time, reason: endReason, scorecard }),
]);

export const checkEvent: LineCheck<SessionEvent> = (value) => {
  const r = eventSchema.safeParse(value);
  return r.success
    ? { ok: true, value: r.data as unknown as SessionEvent }
    : { ok: false, problem: shapeProblem(r.error) };
};
