// Flag 6, disparaging a competitor: running down a named competitor (or "their drug") with no data
// behind it. A head-to-head fact quoted with its number is data, not disparagement.
import type { ComplianceFlag } from '../../types.js';
import { closestFact, flag, repTurns, type Ctx } from '../context.js';
import { numbersIn } from '../numbers.js';
import { asserted, findAll } from '../phrases.js';

export function disparagingCompetitor(ctx: Ctx): ComplianceFlag[] {
  const h2h = new Set((ctx.data?.headToHead ?? []).map((h) => h.competitor.toLowerCase()));
  const flags: ComplianceFlag[] = [];
  for (const i of repTurns(ctx)) {
    for (const s of ctx.sentences[i]!) {
      const named = findAll(s.words, ctx.competitors);
      if (named.length === 0) continue;
      if (asserted(s.words, ctx.r.disparaging, ctx.r.negators, ctx.r.negationReach).length === 0) continue;
      const backed =
        named.some((n) => h2h.has(n.phrase.toLowerCase())) && numbersIn(s.raw).some((v) => ctx.quotableNumbers.has(v));
      if (backed) continue;
      const fact = closestFact(ctx, s.raw);
      flags.push(flag(ctx, 'disparaging_competitor', i, s.raw, fact ? { fact } : {}));
      break;
    }
  }
  return flags;
}
