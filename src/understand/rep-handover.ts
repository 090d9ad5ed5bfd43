// What the rep hands over in a step it owns: "I'll email your pharmacist the renal dosing chart" names
// a thing (a specific step, whatever the noun), "I'll send some stuff over" names nothing (a vague one).
import type { CompiledLexicon } from './lexicon.js';
import { breakBetween } from './text-clauses.js';
import type { Said } from './said.js';

/** Words that end the thing handed over: where it goes, when, or the next clause. */
const OBJECT_ENDS = new Set([
  'to',
  'for',
  'at',
  'on',
  'by',
  'with',
  'in',
  'into',
  'when',
  'before',
  'after',
  'so',
  'and',
  'once',
  'if',
  'as',
  'that',
  'which',
  'from',
  'over',
]);
/** Words that open a thing rather than the person it is for ("your pharmacist the chart"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'this', 'these', 'those']);

export type Handover = 'named' | 'vague';

/**
 * The thing handed over after an owner ending at token `from` in sentence k: a hand-over verb within
 * three words, then its object up to a preposition or a clause break. A noun phrase opened by an
 * article or a number with a word of its own is named; "stuff", "something" are vague.
 */
export function handoverAfter(s: Said, k: number, from: number, c: CompiledLexicon): Handover | undefined {
  const end = s.text.sentences[k]!.t1;
  const verb = s.hits.within('rep.handoverVerbs', from, Math.min(end, from + 3))[0];
  return verb === undefined ? undefined : objectAfter(s, verb.t1, end, c);
}

/**
 * "…I come back in two weeks with the prior-auth specifics": a follow-up that says what it comes back
 * with hands that over, however vague its verb. The first "with" after token `from` in sentence k.
 */
export function broughtWith(s: Said, k: number, from: number, c: CompiledLexicon): Handover | undefined {
  const end = s.text.sentences[k]!.t1;
  for (let t = from; t < end; t++) if (s.text.tokens[t]!.w === 'with') return objectAfter(s, t + 1, end, c);
  return undefined;
}

/** The thing from token `from` up to a preposition or a clause break: named, vague, or nothing. */
function objectAfter(s: Said, from: number, end: number, c: CompiledLexicon): Handover | undefined {
  const { tokens } = s.text;
  let stop = from;
  while (stop < end && !OBJECT_ENDS.has(tokens[stop]!.w) && !(stop > from && breakBetween(s.text, stop - 1, stop)))
    stop++;
  const vague = s.hits.within('rep.vagueObjects', from, stop);
  const isVague = (t: number) => vague.some((h) => h.t0 <= t && t < h.t1);
  let opened = false;
  for (let t = from; t < stop; t++) {
    const tok = tokens[t]!;
    if (DETERMINERS.has(tok.w) || tok.num) opened = true;
    else if (opened && tok.s !== '' && !c.generic.has(tok.s) && !isVague(t)) return 'named';
  }
  return vague.length > 0 ? 'vague' : undefined;
}
