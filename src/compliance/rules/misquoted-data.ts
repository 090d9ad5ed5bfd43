// Flag 1, misquoted data: a result-like number the rep states that no scenario fact states ("4" for
// 2.4, "26%" when the fact is HR 0.82). Words ("over half") and the HCP's own numbers are left alone.
import type { ComplianceFlag } from '../../types.js';
import { closestFact, flag, repTurns, type Ctx } from '../context.js';
import { matchesFact, numbersIn, statNumbers } from '../numbers.js';
import { hasAny } from '../phrases.js';

/** Numbers the HCP said in the two turns before: a rep playing them back is not quoting data. */
function hcpNumbers(ctx: Ctx, i: number): Set<number> {
  const out = new Set<number>();
  for (let j = i - 1; j >= Math.max(0, i - 4); j--)
    if (ctx.turns[j]!.speaker === 'customer') for (const n of numbersIn(ctx.turns[j]!.text)) out.add(n);
  return out;
}

export function misquotedData(ctx: Ctx): ComplianceFlag[] {
  if (ctx.data === undefined) return [];
  const flags: ComplianceFlag[] = [];
  for (const i of repTurns(ctx)) {
    const theirs = hcpNumbers(ctx, i);
    for (const s of ctx.sentences[i]!) {
      if (hasAny(s.words, ctx.competitors)) continue;
      const wrong = statNumbers(s.raw, ctx.r).filter(
        (n) => !matchesFact(n, ctx.factNumbers, ctx.r.hedgeTolerance) && !theirs.has(n.value),
      );
      if (wrong.length === 0) continue;
      const fact = closestFact(ctx, s.raw);
      flags.push(
        flag(ctx, 'misquoted_data', i, s.raw, {
          ...(fact ? { fact } : {}),
          number: wrong.map((n) => n.text).join(', '),
        }),
      );
      break;
    }
  }
  return flags;
}
