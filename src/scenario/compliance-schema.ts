// A scenario's compliance data (issue #17): what the label allows, the facts a rep may quote, the
// safety information owed with any efficacy claim, and the competitors in play.
import { z } from 'zod';
import { kebabId, terms, text } from './fields.js';

/** Safety information the rep owes the HCP once any efficacy claim is made (fair balance). */
export const FairBalanceSchema = z.strictObject({
  id: kebabId,
  /** The item as the label words it. */
  text: text(),
  /** Any of these words in a rep turn counts as giving it. */
  terms,
});

/** A use or population outside the label: promoting it is off-label. */
export const OffLabelSchema = z.strictObject({
  id: kebabId,
  text: text(),
  terms,
});

/** A comparative fact from a head-to-head trial: the only ground for "better than" that competitor. */
export const HeadToHeadSchema = z.strictObject({
  competitor: text(80),
  text: text(),
});

export const ComplianceDataSchema = z
  .strictObject({
    /** The approved indication, as the label words it. */
    indication: text(),
    /** The approved population. */
    population: text(),
    /** Facts a rep may quote; their numbers are the only ones a rep may state about the product. */
    quotable: z.array(text()).min(1, 'needs at least one fact a rep may quote'),
    fairBalance: z
      .array(FairBalanceSchema)
      .min(1, 'needs at least one required safety item (boxed warning, key safety information)'),
    offLabel: z.array(OffLabelSchema).default([]),
    /** Competitor products and companies by name. */
    competitors: z.array(text(80)).default([]),
    headToHead: z.array(HeadToHeadSchema).default([]),
  })
  .superRefine((c, ctx) => {
    const ids = new Map<string, string>();
    for (const [list, items] of [
      ['fairBalance', c.fairBalance],
      ['offLabel', c.offLabel],
    ] as const) {
      items.forEach((item, i) => {
        const at = ids.get(item.id);
        if (at)
          ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate id "${item.id}" (also ${at})` });
        else ids.set(item.id, `compliance.${list}.${i}`);
      });
    }
    const names = new Set(c.competitors.map((n) => n.toLowerCase()));
    c.headToHead.forEach((h, i) => {
      if (!names.has(h.competitor.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['headToHead', i, 'competitor'],
          message: `"${h.competitor}" is not in compliance.competitors`,
        });
      }
    });
  });

export type ComplianceData = z.infer<typeof ComplianceDataSchema>;
