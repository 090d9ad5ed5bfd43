// Flag 3, off-label promotion: a use or population outside the label, said as a recommendation. Sending
// an off-label question to medical information, or declining it, is what a rep should do: no flag.
import type { ComplianceFlag } from '../../types.js';
import { flag, repTurns, type Ctx } from '../context.js';
import { asserted, hasAny } from '../phrases.js';

const capitalize = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

export function offLabel(ctx: Ctx): ComplianceFlag[] {
  const items = ctx.data?.offLabel ?? [];
  if (items.length === 0) return [];
  const flags: ComplianceFlag[] = [];
  for (const i of repTurns(ctx)) {
    const sentences = ctx.sentences[i]!;
    if (sentences.some((s) => hasAny(s.words, ctx.r.offLabelRedirect))) continue;
    found: for (const s of sentences) {
      // Asking whether they see such patients is discovery; asking them to try it there is promotion.
      if (s.question && !hasAny(s.words, ctx.lists.offLabelSuggest)) continue;
      for (const item of items) {
        if (asserted(s.words, item.terms, ctx.r.negators, ctx.r.negationReach).length === 0) continue;
        flags.push(flag(ctx, 'off_label', i, s.raw, { use: capitalize(item.text) }));
        break found;
      }
    }
  }
  return flags;
}
