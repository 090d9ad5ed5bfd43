// The `outcome` of a run as reports hold it: a schema with no engine behind it, so readers of
// reports (`merge`, `report`) load without the conversation reader.
import { z } from 'zod';

export const COMMITMENTS = ['none', 'asked', 'agreed', 'declined'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

const count = z.number().int().min(0);

/** The `outcome` of a run in JSON reports; `merge` checks it with this schema. */
export const RunOutcomeSchema = z.strictObject({
  openness: z.number().min(0).max(10),
  commitment: z.enum(COMMITMENTS),
  objections: z.strictObject({ raised: count, resolved: count }),
  prioritiesUncovered: z.strictObject({ uncovered: count, total: count }),
  endReason: z.string().nullable(),
});
export type RunOutcome = z.infer<typeof RunOutcomeSchema>;
