// The typed forms that are words too ("ill", "its", "were"), read once a turn's tokens are known: each
// takes the word its neighbours show (typed-forms.ts has the rules).
import type { Token } from './text.js';
import { typedInContext } from './typed-forms.js';
import { wordInfo } from './vocabulary.js';

/** "ill send it", "its fine", "lets talk": a typed form that is also a word reads as what its neighbours show. */
export function readTypedForms(tokens: Token[], stems: Set<string>): void {
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    // The word's own flag, set once per word: a set lookup per token cost more.
    if (!tok.info.typed) continue;
    const prev = tokens[k - 1]?.sent === tok.sent ? tokens[k - 1]!.w : undefined;
    const next = tokens[k + 1]?.sent === tok.sent ? tokens[k + 1]!.w : undefined;
    const meant = typedInContext(tok.w, prev, next, prev === undefined || tok.breakBefore, tokens[k - 1]?.num === true);
    if (meant === undefined) continue;
    const info = wordInfo(meant);
    Object.assign(tok, { w: info.w, s: info.s, id: info.id, info });
    if (info.s !== '') stems.add(info.s);
  }
}
