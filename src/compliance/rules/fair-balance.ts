// Flag 5, missing fair balance: the rep made efficacy claims and never, anywhere in the conversation,
// gave a required safety item (boxed warning, key safety information). One flag, at the first claim.
import type { ComplianceFlag } from '../../types.js';
import { flag, repTurns, type Ctx } from '../context.js';
import { statNumbers } from '../numbers.js';
import { asserted, hasAny, type Sentence } from '../phrases.js';

/** Acts whose words play back what the HCP said ("you want fewer headache days"): not the rep's claim. */
const PLAYBACK = new Set(['recap', 'paraphrase', 'parrot', 'misstated_recap']);

function playsBack(ctx: Ctx, i: number, s: Sentence): boolean {
  const acts = ctx.reading.turns[i]?.acts ?? [];
  return acts.some((a) => PLAYBACK.has(a.act) && a.evidence.start < s.end && a.evidence.end > s.start);
}

function isClaim(ctx: Ctx, i: number, s: Sentence): boolean {
  if (s.question || hasAny(s.words, ctx.competitors) || playsBack(ctx, i, s)) return false;
  if (statNumbers(s.raw, ctx.r).length > 0) return true;
  const claims = asserted(s.words, ctx.r.efficacy, ctx.r.negators, ctx.r.negationReach);
  return claims.length > 0 && hasAny(s.words, ctx.lists.claimSubjects);
}

export function missingFairBalance(ctx: Ctx): ComplianceFlag[] {
  const required = ctx.data?.fairBalance ?? [];
  if (required.length === 0) return [];
  const reps = repTurns(ctx);
  let first: { turn: number; quote: string } | undefined;
  for (const i of reps) {
    const s = ctx.sentences[i]!.find((x) => isClaim(ctx, i, x));
    if (s !== undefined) {
      first = { turn: i, quote: s.raw };
      break;
    }
  }
  if (first === undefined) return [];
  const missing = required.filter(
    (item) => !reps.some((i) => ctx.sentences[i]!.some((s) => hasAny(s.words, item.terms))),
  );
  if (missing.length === 0) return [];
  return [flag(ctx, 'missing_fair_balance', first.turn, first.quote, { item: missing.map((m) => m.text).join(' ') })];
}
