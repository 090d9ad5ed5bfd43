// Flag 2, absolute or unsupported claims: "no side effects", "completely safe", "cures", "the best",
// and "superior"/"better than" a competitor with no head-to-head fact ("better than placebo" is fine).
import type { ComplianceFlag } from '../../types.js';
import { closestFact, flag, repTurns, type Ctx } from '../context.js';
import { asserted, findAll, hasAny, type Sentence } from '../phrases.js';

/** A comparison the scenario's head-to-head facts support, or one against placebo. */
function supported(ctx: Ctx, s: Sentence): string | undefined | true {
  if (hasAny(s.words, ctx.r.comparativeOk)) return true;
  const h2h = ctx.data?.headToHead ?? [];
  if (h2h.length === 0) return undefined;
  const named = findAll(
    s.words,
    h2h.map((h) => h.competitor),
  );
  if (named.length > 0) return h2h.find((h) => h.competitor === named[0]!.phrase)?.text ?? true;
  // No competitor named: the comparison is the one the head-to-head fact makes.
  return findAll(s.words, ctx.competitors).length === 0 ? true : undefined;
}

export function absoluteClaims(ctx: Ctx): ComplianceFlag[] {
  const { negators, negationReach: reach } = ctx.r;
  const flags: ComplianceFlag[] = [];
  for (const i of repTurns(ctx)) {
    for (const s of ctx.sentences[i]!) {
      const absolute = asserted(s.words, ctx.r.absolute, negators, reach);
      const comparative =
        absolute.length === 0 && supported(ctx, s) === undefined
          ? asserted(s.words, ctx.r.comparative, negators, reach)
          : [];
      if (absolute.length === 0 && comparative.length === 0) continue;
      const fact = ctx.data?.headToHead[0]?.text ?? closestFact(ctx, s.raw);
      flags.push(flag(ctx, 'absolute_claim', i, s.raw, fact ? { fact } : {}));
      break;
    }
  }
  return flags;
}
