// Checks for the sentences an HCP speaks in its own voice (`says`, `asks` on priorities and concerns,
// issue 14): first person, whole sentences, no product facts, no template seams. Problems come back as
// zod issues on the field's path, so `roleplay validate` prints `file: path.to.field: message`.
import type { z } from 'zod';

interface Voiced {
  says?: string | undefined;
  asks?: string | undefined;
}

interface ScenarioVoice {
  product: { name: string };
  facts: readonly { text: string }[];
  hcp: { priorities: readonly Voiced[]; concerns: readonly Voiced[] };
}

const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|my|me|mine|we|we're|we've|our|us)\b/iu;
/** A slot, a dangling joint or an ellipsis: what a sentence built from parts leaves behind. */
const SEAM = /[{}]|(?:[:;,]|\.\.\.|…|\b(?:and|or|but|the|a|an))\s*[.?!]?$/iu;

/** "Normavyn (fictional)" → "normavyn": the name a sentence would use. */
const nameOf = (product: string): string =>
  product
    .replace(/\s*\(.*?\)\s*/gu, ' ')
    .trim()
    .toLowerCase();

/** A number standing alone: "61" and "0.6", not the 2 in "SGLT2". */
const FIGURE = /(?<![\p{L}\d.])\d+(?:\.\d+)?(?![\p{L}\d])/gu;

/** Figures the scenario's facts state ("61", "12"): the rep's to say, never the HCP's own priority. */
function factFigures(facts: readonly { text: string }[]): Set<string> {
  return new Set(facts.flatMap((f) => f.text.match(FIGURE) ?? []));
}

/** What is wrong with one sentence, or undefined. */
export function voiceProblem(
  text: string,
  kind: 'says' | 'asks',
  product: string,
  figures: ReadonlySet<string>,
): string | undefined {
  const t = text.trim();
  if (!FIRST_PERSON.test(t)) return 'must be in the first person (I, my, we, our)';
  if (kind === 'says' && !/[.!]$/u.test(t)) return 'must be a whole sentence ending in "." or "!"';
  if (kind === 'asks' && !t.endsWith('?')) return 'must be a question ending in "?"';
  if (SEAM.test(t)) return 'reads like a template: no {slots}, and no trailing ":", ",", "..." or "and"';
  if (t.toLowerCase().includes(product)) return 'must not name the product: the HCP speaks about its patients';
  const figure = (t.match(FIGURE) ?? []).find((n) => figures.has(n));
  if (figure !== undefined) return `must not state a product fact (${figure} is a figure from facts)`;
  return undefined;
}

/** Adds an issue for every `says`/`asks` that does not read as the HCP's own words. */
export function checkVoice(s: ScenarioVoice, ctx: z.RefinementCtx): void {
  const product = nameOf(s.product.name);
  const figures = factFigures(s.facts);
  for (const list of ['priorities', 'concerns'] as const) {
    s.hcp[list].forEach((item, i) => {
      for (const kind of ['says', 'asks'] as const) {
        const text = item[kind];
        const problem = text === undefined ? undefined : voiceProblem(text, kind, product, figures);
        if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['hcp', list, i, kind], message: problem });
      }
    });
  }
}
