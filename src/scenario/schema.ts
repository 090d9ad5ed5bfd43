// The scenario file format: what a rep reads before starting and what the HCP engine plays.
import { z } from 'zod';
import { ComplianceDataSchema } from './compliance-schema.js';
import { kebabId, terms, text } from './fields.js';
import { checkVoice } from './voice.js';
import { CUE_TRIGGERS, DIFFICULTIES, MOODS, OBJECTION_KINDS, STAGES } from './constants.js';

/** A line the HCP may say; optional variants by how open the HCP is at that moment. */
export const LineSchema = z.union([
  text(),
  z.strictObject({ neutral: text(), closed: text().optional(), open: text().optional() }),
]);

/** The HCP's own first-person sentences about a priority or concern (checked in voice.ts). */
const voiced = {
  /** It, said as the HCP would say it: "My older patients already carry a bag full of pills." */
  says: text(300).optional(),
  /** The HCP's own question that steers the rep to it: "What would this mean for my older patients?" */
  asks: text(300).optional(),
};

export const PrioritySchema = z.strictObject({
  id: kebabId,
  /** What the HCP cares about, in their own words. */
  text: text(),
  /** Words that, in a rep turn, link to this priority. */
  terms,
  /** Hidden priorities are revealed only to open questions when the HCP is open enough. */
  hidden: z.boolean().default(false),
  /** What the HCP says when asked about it. */
  detail: LineSchema.optional(),
  ...voiced,
});

export const ConcernSchema = z.strictObject({
  id: kebabId,
  text: text(),
  terms,
  /** What the HCP says when the rep asks about it. */
  detail: LineSchema.optional(),
  ...voiced,
});

export const ObjectionSchema = z.strictObject({
  id: kebabId,
  kind: z.enum(OBJECTION_KINDS),
  /** The objection as the HCP first voices it. */
  text: LineSchema,
  /** A sharper wording for when it is re-raised after being ignored. */
  sharper: text().optional(),
  /** Rep words that make the HCP raise it. */
  raisedBy: terms,
  /** Rep words that, with an acknowledgment or a question, resolve it. */
  resolvedBy: terms,
  /** Raise it at this rep turn at the latest, whatever the rep says. */
  raiseByTurn: z.number().int().min(1).max(100).optional(),
  /** What the HCP says once it is resolved. */
  resolution: text().optional(),
});

export const FactSchema = z.strictObject({
  id: kebabId,
  /** Words in a rep question that this fact answers. */
  terms,
  /** The fact, as the HCP would summarise or question it. */
  text: text(),
});

export const CuesSchema = z
  .strictObject(
    Object.fromEntries(CUE_TRIGGERS.map((k) => [k, z.array(text(200)).optional()])) as {
      [K in (typeof CUE_TRIGGERS)[number]]: z.ZodOptional<z.ZodArray<ReturnType<typeof text>>>;
    },
  )
  .partial();

export const HcpSchema = z.strictObject({
  name: text(120),
  role: text(200),
  personality: text(),
  startingMood: z.enum(MOODS),
  /** How many rep turns the HCP will give before leaving. */
  timeBudget: z.number().int().min(3).max(60),
  openingLine: text(),
  priorities: z.array(PrioritySchema).min(1),
  concerns: z.array(ConcernSchema).default([]),
  objections: z.array(ObjectionSchema).default([]),
  cues: CuesSchema.default({}),
});

export const ScenarioSchema = z
  .strictObject({
    id: kebabId,
    title: text(120),
    summary: text(),
    therapeuticArea: text(80),
    specialty: text(80),
    stage: z.enum(STAGES),
    difficulty: z.enum(DIFFICULTIES),
    product: z.strictObject({ name: text(80), description: text() }),
    objectives: z.array(text()).min(1),
    keyMessages: z.array(text()).min(1),
    openingScene: text(),
    facts: z.array(FactSchema).default([]),
    /** Label, quotable facts, fair balance and competitors: what compliance flags are checked against (issue #17). */
    compliance: ComplianceDataSchema.optional(),
    /** Next steps the HCP can agree to: a follow-up early in the sales cycle, a trial later. */
    nextSteps: z.strictObject({ early: text(), late: text() }),
    hcp: HcpSchema,
  })
  .superRefine((s, ctx) => {
    checkVoice(s, ctx);
    const seen = new Map<string, string>();
    const lists = [['hcp', 'priorities'], ['hcp', 'concerns'], ['hcp', 'objections'], ['facts']] as const;
    for (const path of lists) {
      const items: { id: string }[] = path.length === 2 ? s.hcp[path[1]] : s.facts;
      items.forEach((item, i) => {
        const at = seen.get(item.id);
        if (at)
          ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate id "${item.id}" (also ${at})` });
        else seen.set(item.id, `${path.join('.')}.${i}`);
      });
    }
  });

export type Line = z.infer<typeof LineSchema>;
export type Priority = z.infer<typeof PrioritySchema>;
export type Concern = z.infer<typeof ConcernSchema>;
export type Objection = z.infer<typeof ObjectionSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type { CueTrigger, Difficulty, Mood, Stage } from './constants.js';
export { CUE_TRIGGERS, DIFFICULTIES, MOODS, OBJECTION_KINDS, STAGES } from './constants.js';
export type { ComplianceData } from './compliance-schema.js';
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario plus where it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  file: string;
  builtIn: boolean;
}
