// Flag 4, minimizing safety: dismissing a risk ("I wouldn't worry about it", "the warning is overblown")
// where safety is the subject, or answering an HCP's safety concern with a pitch that never touches it.
import type { ComplianceFlag } from '../../types.js';
import { hasAct, type TurnReading } from '../../understand/index.js';
import { flag, repTurns, type Ctx } from '../context.js';
import { asserted, hasAny } from '../phrases.js';

/** Acts that show the rep heard the concern, whatever words they used. */
const ENGAGING = ['acknowledge', 'explore', 'answers_question', 'paraphrase'] as const;

/** The HCP's turn just before raised a safety concern (read by the understanding layer) or spoke of risk. */
function afterSafetyConcern(ctx: Ctx, i: number, terms: readonly string[]): { concern: boolean; context: boolean } {
  const prev = ctx.turns[i - 1]?.speaker === 'customer' ? ctx.reading.turns[i - 1] : undefined;
  const concern = prev !== undefined && hasAct(prev, 'objection_safety');
  return {
    concern,
    context: concern || (prev !== undefined && ctx.sentences[i - 1]!.some((s) => hasAny(s.words, terms))),
  };
}

const engages = (t: TurnReading | undefined): boolean => t !== undefined && ENGAGING.some((a) => hasAct(t, a));

export function minimizingSafety(ctx: Ctx): ComplianceFlag[] {
  const terms = ctx.lists.safety;
  const item = ctx.data?.fairBalance[0]?.text ?? "the label's safety information";
  const flags: ComplianceFlag[] = [];
  // Talking past a concern is never having taken safety up: a rep who already gave the risk may move on.
  let spokeOfSafety = false;
  for (const i of repTurns(ctx)) {
    const sentences = ctx.sentences[i]!;
    const { concern, context } = afterSafetyConcern(ctx, i, terms);
    const dismissing = sentences.find(
      (s) =>
        (context || hasAny(s.words, terms)) &&
        asserted(s.words, ctx.r.minimizing, ctx.r.negators, ctx.r.negationReach).length > 0,
    );
    if (dismissing !== undefined) {
      flags.push(flag(ctx, 'minimizing_safety', i, dismissing.raw, { item }));
      continue;
    }
    const touches = sentences.some((s) => hasAny(s.words, terms) || hasAny(s.words, ctx.r.safetyEngaged));
    if (concern && !spokeOfSafety && !touches && !engages(ctx.reading.turns[i])) {
      flags.push(flag(ctx, 'minimizing_safety', i, ctx.turns[i]!.text, { item }));
    }
    spokeOfSafety ||= sentences.some((s) => hasAny(s.words, terms));
  }
  return flags;
}
