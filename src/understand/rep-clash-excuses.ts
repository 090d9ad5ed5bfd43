// What keeps a restatement that borrows her words from counting as getting her wrong: a word of lack
// beside her denied word, a clause that asks or plans instead of telling, a cause of patients' dropping off,
// and "they want…" after a plan (the payer's rule, not hers). Used by rep-misstated.ts.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hitsIn, wordIn, type Said } from './said.js';
import { clauseAround } from './text-clauses.js';

/** Words of lack or failure: a restatement with one says a denial back ("hormones are off the table", "they quit it"). */
const LACK = new Set(
  'gap lack lacking missing without unable need needs no nothing wish short off cracks stop stops stopped quit quits drop drops dropped miss misses missed fail fails failing failed skip skips skipped lapse lapsed instead'.split(
    ' ',
  ),
);

/** Words that make what follows a cause of the trouble: "they drop off because of sedation, weight, …". */
export const CAUSES = new Set(['because', 'due']);
/** Patients leaving a treatment, the trouble a cause explains: "dropping off", "keep changing preventives". */
const LEAVING = new Set([...LACK, 'dropping', 'quitting', 'stopping', 'changing', 'switching', 'losing', 'cycling']);

/** Her "no sedation" named as what drives patients off a treatment: a cause word after their leaving, before token i. */
export function causeBefore(r: RepTurn, i: number, from: number): boolean {
  const { tokens } = r.s.text;
  for (let j = from + 1; j < i; j++) if (CAUSES.has(tokens[j]!.w)) return wordIn(r.s, from, j, LEAVING);
  return false;
}

/** Auxiliaries that open a clause asked, not asserted: "two questions: can their hands handle it, and…". */
const ASKS = new Set('can|could|will|would|do|does|did|is|are|should|might'.split('|'));

/** The clause of token i opens on an auxiliary: it asks whether, and says nothing of her either way. */
export function asksInClause(r: RepTurn, i: number, from: number, t1: number): boolean {
  const [a] = clauseAround(r.s.text, i, from, t1);
  const first = r.s.text.tokens[a]!.w;
  return ASKS.has(first) && r.s.text.tokens[a + 1]?.s === '' && a + 1 < i;
}

/** The rep is the doer in the clause ("every Friday I check dates and sign the log"): a plan, which restates nothing of hers. */
const REP_DOES = new Set(['i', "i'll", 'we', "we'll"]);
export function repPlans(r: RepTurn, i: number, from: number, t1: number): boolean {
  const [a] = clauseAround(r.s.text, i, from, t1);
  for (let j = a; j < i; j++) if (REP_DOES.has(r.s.text.tokens[j]!.w)) return true;
  return false;
}

/** A word of lack in the clause of token i, within [from, t1). */
export function lackInClause(r: RepTurn, i: number, from: number, t1: number): boolean {
  const [a, b] = clauseAround(r.s.text, i, from, t1);
  return wordIn(r.s, a, b, LACK);
}

/** Lists that name a payer or its rules: "Medicaid picked it up. They want two failed drugs…" */
const PAYERS = ['hcp.publicPlan', 'hcp.access'];

/** "They want…" after a sentence about a plan says what the payer requires, not what she said. */
export function payerWants(s: Said, k: number, h: PhraseHit): boolean {
  if (s.text.tokens[h.t0]!.w !== 'they' || k === 0) return false;
  return PAYERS.some((list) => hitsIn(s, list, k - 1).length > 0);
}
