// Flag 7, adverse event not routed: the HCP tells of a patient's adverse event on the product and the
// rep's next turn(s) never offer to report it to drug safety (pharmacovigilance).
import type { ComplianceFlag } from '../../types.js';
import { flag, type Ctx } from '../context.js';
import { hasAny, type Sentence } from '../phrases.js';

/** A patient, an event, something that happened, and the product: a report, not a worry. */
function describesEvent(ctx: Ctx, sentences: readonly Sentence[]): boolean {
  const r = ctx.r;
  const onProduct = sentences.some((s) => hasAny(s.words, ctx.lists.aeProduct));
  return (
    onProduct &&
    sentences.some((s) => hasAny(s.words, r.aePatient) && hasAny(s.words, r.aeEvent) && hasAny(s.words, r.aePast))
  );
}

export function adverseEventNotRouted(ctx: Ctx): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  ctx.turns.forEach((t, j) => {
    if (t.speaker !== 'customer' || !describesEvent(ctx, ctx.sentences[j]!)) return;
    const next: number[] = [];
    for (let i = j + 1; i < ctx.turns.length && next.length < ctx.r.aeWithinTurns; i++)
      if (ctx.turns[i]!.speaker === 'rep') next.push(i);
    if (next.length === 0) return;
    if (next.some((i) => ctx.sentences[i]!.some((s) => hasAny(s.words, ctx.r.aeRouting)))) return;
    if (flags.some((f) => f.turn === next[0])) return;
    flags.push(flag(ctx, 'adverse_event_not_routed', next[0]!, ctx.turns[next[0]!]!.text));
  });
  return flags;
}
