// One more of the same, said wearily ("Oh, fantastic. Another once-weekly injectable.", "One more combination
// pill."): pushback, and the push that makes a topic beside it an objection. Read in hcp-objections.ts.
import type { Said } from './said.js';

/** What a rep brings more of: "Another biologic pen.", "Another combination tablet." */
const PRODUCT_FORMS = new Set(
  'pill pills pen pens tablet tablets injectable injectables substance substances injection drug drugs inhaler biologic product combination combo molecule agent medication medicine add-on once-weekly once-daily weekly monthly daily'.split(
    ' ',
  ),
);

/** What opens one more of the same: "Another…", "Yet another…", "One more…". */
const MORE_OF: readonly (readonly string[])[] = [['another'], ['yet', 'another'], ['one', 'more']];
/** Most words of the fragment after its opener. */
const WEARY_WORDS = 4;

/**
 * "Oh, fantastic. Another once-weekly injectable.", "One more controlled substance.": one more of the
 * same, said wearily, pushes back; the sentence it is, or -1.
 */
export function weary(s: Said): number {
  const { tokens } = s.text;
  for (const [k, sent] of s.text.sentences.entries()) {
    const opener = MORE_OF.find((o) => o.every((w, j) => tokens[sent.t0 + j]?.w === w));
    if (sent.q || opener === undefined || sent.t1 - sent.t0 - opener.length > WEARY_WORDS) continue;
    for (let i = sent.t0 + opener.length; i < sent.t1; i++) if (PRODUCT_FORMS.has(tokens[i]!.w)) return k;
  }
  return -1;
}
