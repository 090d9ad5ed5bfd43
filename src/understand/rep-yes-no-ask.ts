// Asking for commitment in any words: a yes/no question in a turn that proposes a step ("I swing back
// Tuesday at noon with lunch. Sound okay?", "Does Thursday after clinic suit you?"), or one that asks
// the HCP to start or try the product ("Any chance you'd start Uravix in a few of them?").
import type { RepTurn } from './found.js';
import { hasIn, sentenceHasWord } from './said.js';

/** Words a yes/no question opens with, after lead-ins ("so", "and"): auxiliaries and the clipped asks ("Sound okay?"). */
const YES_NO = new Set(
  "do|does|did|is|are|was|would|could|can|will|should|shall|may|might|sound|sounds|think|mind|any|okay|ok|fair|alright|deal|work|works|good|cool|you'd|you'll|we'd|we'll|how's|hows".split(
    '|',
  ),
);
const LEAD_INS = new Set(['so', 'and', 'then', 'great', 'okay', 'ok', 'well', 'now', 'oh', 'just', 'perfect']);
/** Words that make a question about starting or trying a request, not a habit ("Do you start them on…?"). */
const WILLING = new Set([
  'would',
  'will',
  'could',
  'can',
  "you'd",
  "you'll",
  'willing',
  'chance',
  'think',
  'ready',
  'open',
]);

/** The sentence index of a yes/no ask for commitment, if the turn has one. */
export function yesNoAsk(r: RepTurn, proposes: boolean): number | undefined {
  const { s } = r;
  for (const q of r.sentences) {
    const sent = s.text.sentences[q.k]!;
    if (!sent.q || (q.kind !== 'closed' && q.kind !== 'checkin')) continue;
    let i = sent.t0;
    while (i < sent.t1 && LEAD_INS.has(s.text.tokens[i]!.w)) i++;
    if (!YES_NO.has(s.text.tokens[i]?.w ?? '')) continue;
    // After a proposal the question checks it ("Sound okay?", "Does Thursday suit you?"); "Do you want the
    // protocol too?" offers more and "Is there anything else…?" asks on. A day or time named just before
    // ("I swing back Tuesday at noon. Sound okay?") proposes as much.
    const timed = q.k > 0 && hasIn(s, 'rep.when', q.k - 1);
    if ((proposes || timed) && (sentenceHasWord(s, q.k, CHECKS) || hasIn(s, 'rep.when', q.k))) return q.k;
    const asksToTry = sentenceHasWord(s, q.k, WILLING) && sentenceHasWord(s, q.k, YOU);
    if (asksToTry && hasIn(s, 'rep.tryVerbs', q.k)) return q.k;
  }
  return undefined;
}

/** Words of a check on the proposed step ("Sound okay?", "Does that work?", "Are you okay with that?"). */
const CHECKS = new Set(
  'okay|ok|work|works|suit|suits|sound|sounds|fair|good|alright|right|deal|fine|doable|plan'.split('|'),
);
/** The HCP addressed: the ask is hers to answer. */
const YOU = new Set(['you', "you'd", "you'll", 'your']);
