// What every compliance rule reads: the turns split into sentences once, the understanding layer's
// reading, the rubric's rules and the scenario's compliance data, and how a flag is worded.
import type { ComplianceData, Scenario } from '../scenario/index.js';
import type { ComplianceFlag, ComplianceKind, Turn } from '../types.js';
import { shortQuote, type Reading } from '../understand/index.js';
import { factNumbers, numbersIn, type FactNumber } from './numbers.js';
import { sentencesOf, type Sentence } from './phrases.js';
import type { ComplianceRules } from './rubric-schema.js';

const wordsOf = (t: string): Set<string> =>
  new Set((t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.replace(/s$/, '')));

/** What of a scenario compliance reads; a transcript scored without one is checked on phrases alone. */
export type ComplianceScenario = Pick<Scenario, 'product' | 'facts' | 'keyMessages' | 'compliance'>;

export interface Quotable {
  text: string;
  numbers: number[];
  words: Set<string>;
}

export interface Ctx {
  turns: readonly Turn[];
  reading: Reading;
  r: ComplianceRules;
  data: ComplianceData | undefined;
  sentences: Sentence[][];
  quotable: Quotable[];
  quotableNumbers: Set<number>;
  /** The quotable numbers with what they count. */
  factNumbers: FactNumber[];
  /** The product's name as phrases ("artilib"). */
  product: string[];
  /** Competitor names and the words that stand for one. */
  competitors: string[];
  /** Rubric lists with the product's name added, built once so each is compiled once. */
  lists: { aeProduct: string[]; claimSubjects: string[]; offLabelSuggest: string[]; safety: string[] };
}

export function makeCtx(
  turns: readonly Turn[],
  reading: Reading,
  r: ComplianceRules,
  scenario?: ComplianceScenario,
): Ctx {
  const data = scenario?.compliance;
  // Everything the scenario itself states about the product may be quoted; its numbers verbatim.
  const texts = scenario
    ? [
        ...(data?.quotable ?? []),
        ...scenario.facts.map((f) => f.text),
        ...scenario.keyMessages,
        scenario.product.description,
      ]
    : [];
  const quotable = texts.map((text) => ({ text, numbers: numbersIn(text), words: wordsOf(text) }));
  const name = scenario?.product.name.replace(/\(.*?\)/g, '').trim();
  return {
    turns,
    reading,
    r,
    data,
    sentences: turns.map((t) => sentencesOf(t.text)),
    quotable,
    quotableNumbers: new Set(quotable.flatMap((q) => q.numbers)),
    factNumbers: texts.flatMap((t) => factNumbers(t, r.statUnits)),
    product: name ? [name] : [],
    competitors: [...(data?.competitors ?? []), ...r.competitorWords],
    lists: {
      aeProduct: [...r.aeProduct, ...(name ? [name] : [])],
      claimSubjects: [...r.claimSubjects, ...(name ? [name] : [])],
      offLabelSuggest: [...r.offLabelSuggest, ...(name ? [name] : [])],
      safety: [...r.safetyTerms, ...(data?.fairBalance.flatMap((f) => f.terms) ?? [])],
    },
  };
}

/** The scenario fact closest to what was said: most numbers and words in common. */
export function closestFact(ctx: Ctx, said: string, withNumbers = true): string | undefined {
  const words = wordsOf(said);
  let best: { text: string; score: number } | undefined;
  for (const q of ctx.quotable) {
    if (withNumbers && q.numbers.length === 0) continue;
    const score = [...q.words].filter((w) => words.has(w)).length;
    if (best === undefined || score > best.score) best = { text: q.text, score };
  }
  return best?.text;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

export function flag(
  ctx: Ctx,
  kind: ComplianceKind,
  turn: number,
  quote: string,
  values: Record<string, string> = {},
): ComplianceFlag {
  const text = ctx.r.rules[kind];
  const all = {
    fact: 'the trial result as the label states it',
    item: 'the required safety information',
    use: 'That use',
    indication: ctx.data?.indication ?? 'the label',
    within: String(ctx.r.aeWithinTurns),
    ...values,
  };
  return {
    kind,
    turn,
    quote: shortQuote(quote, 120),
    rule: fill(text.rule, all),
    sayInstead: fill(text.sayInstead, all),
  };
}

export const repTurns = (ctx: Ctx): number[] => ctx.turns.flatMap((t, i) => (t.speaker === 'rep' ? [i] : []));
