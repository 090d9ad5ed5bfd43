// Negation in a turn: which word a "not", "no" or "won't" denies ("not a safety thing", "don't have
// concerns"). Split from text.ts, which marks the denied tokens as it reads.
import type { Token } from './text.js';

const NOT_NEGATING = new Set(['just', 'only', 'merely', 'simply', 'necessarily']);
/** Words a negation reaches across to the word it denies ("not a safety thing", "don't have concerns"). */
const REACHES_OVER = new Set([
  'a',
  'an',
  'the',
  'any',
  'have',
  'has',
  'going',
  'to',
  'be',
  'been',
  'really',
  'quite',
  'very',
  'so',
  'too',
  'my',
  'our',
  'your',
  'their',
  'about',
  'with',
  'much',
  'more',
  'all',
  'that',
]);
/** The content word the negation at token i denies; scope stops at the first content word or a clause break. */
export function deniedBy(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (NOT_NEGATING.has(tokens[i + 1]?.w ?? '')) return undefined;
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.sent === t.sent && !tokens[j]!.breakBefore && REACHES_OVER.has(tokens[j]!.w))
    j++;
  const target = tokens[j];
  return target !== undefined && target.sent === t.sent && target.s !== '' && !target.breakBefore ? j : undefined;
}

/** Subjects that open a clause after "not that": "It isn't that I doubt the data." */
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'the', 'my', 'our']);

export function markNegation(tokens: Token[], negators: readonly number[]): void {
  for (const i of negators) {
    // "It isn't that I doubt the cardiac safety data": "not that" denies its whole clause as the reason.
    if (tokens[i + 1]?.w === 'that' && SUBJECTS.has(tokens[i + 2]?.w ?? '') && !tokens[i + 2]!.breakBefore) {
      for (let j = i + 2; j < tokens.length && tokens[j]!.sent === tokens[i]!.sent && !tokens[j]!.breakBefore; j++)
        if (tokens[j]!.s !== '') tokens[j]!.neg = true;
      continue;
    }
    const j = deniedBy(tokens, i);
    if (j !== undefined) tokens[j]!.neg = true;
  }
}
