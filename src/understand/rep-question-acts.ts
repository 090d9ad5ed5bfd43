// Open and closed questions in a rep turn, from the kinds questions.ts gives its sentences: leading
// questions marked, the rep's ask for this call's time left out, options that spell out an open question
// not counted again.
import type { RepTurn } from './found.js';
import { isLeading } from './rep-leading.js';
import { asksLeaveForCall } from './rep-permission.js';
import { sentenceEvidence } from './said.js';
import type { ActEvidence } from './types.js';

/**
 * "What drove the switch? Coverage? Tolerability?": options offered right after an open question, with no
 * verb of their own to ask with, spell out that question; they are no closed question.
 */
function optionsFor(r: RepTurn, n: number): boolean {
  const before = r.sentences[n - 1];
  if (before === undefined || (before.kind !== 'open' && !optionsFor(r, n - 1))) return false;
  const { t0 } = r.s.text.sentences[r.sentences[n]!.k]!;
  const first = r.s.text.tokens[t0]!.w;
  // A question word or an auxiliary ("Did coverage change?") opens a question of its own, as does "It's…?".
  const asksAgain = r.s.hits.at('rep.openStarts', t0) ?? r.s.hits.at('rep.closedStarts', t0);
  return asksAgain === undefined && !first.endsWith("'s") && !first.endsWith("'re");
}

export function readQuestions(r: RepTurn): void {
  for (const [n, q] of r.sentences.entries()) {
    const ev = (why: string): ActEvidence => sentenceEvidence(r.s, q.k, why);
    if (q.kind === 'closed' && optionsFor(r, n)) continue;
    // "What would it be worth to you…?" reads open by its first word; only a tag makes an open one leading.
    const leading = (q.kind === 'closed' && isLeading(r.s, q.k)) || (q.kind === 'open' && isLeading(r.s, q.k, true));
    if (leading) r.found.add('closed_question', ev('a leading question: asks the HCP to agree'), 'leading');
    else if (q.kind === 'open') r.found.add('open_question', ev('invites an explanation'));
    else if (q.kind === 'prompt') r.found.add('open_question', ev('an imperative prompt that invites an explanation'));
    else if (q.kind === 'closed' && !asksLeaveForCall(r, q.k))
      r.found.add('closed_question', ev('asks for a yes/no or a single fact'));
  }
}
