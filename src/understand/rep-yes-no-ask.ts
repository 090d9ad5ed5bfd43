// Asking for commitment in any words: a yes/no question in a turn that proposes a step ("I swing back
// Tuesday at noon with lunch. Sound okay?", "Does Thursday after clinic suit you?"), or one that asks
// the HCP to start or try the product ("Any chance you'd start Uravix in a few of them?").
import type { RepTurn } from './found.js';
import { clauseStarts } from './question-clauses.js';
import { hasIn, sentenceHasWord } from './said.js';

/** Words a yes/no question opens with, after lead-ins ("so", "and"): auxiliaries and the clipped asks ("Sound okay?"). */
const YES_NO = new Set(
  "do|does|did|is|are|was|would|could|can|will|should|shall|may|might|sound|sounds|think|mind|any|okay|ok|fair|alright|deal|work|works|good|cool|you'd|you'll|we'd|we'll|how's|hows".split(
    '|',
  ),
);
const LEAD_INS = new Set(['so', 'and', 'then', 'great', 'okay', 'ok', 'well', 'now', 'oh', 'just', 'perfect', 'all']);
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
  const { tokens } = s.text;
  for (const q of r.sentences) {
    const sent = s.text.sentences[q.k]!;
    const when = hasIn(s, 'rep.when', q.k);
    // "Tuesday or Wednesday, what suits you better?": days to choose from, asked openly, still a step to agree to.
    if (sent.q && q.kind === 'open' && when && sentenceHasWord(s, q.k, OR) && sentenceHasWord(s, q.k, CHOICE))
      return q.k;
    // "Thursday or Friday, which suits you better for the lunch?" asks her to pick the day as much.
    if (sent.q && q.kind === 'closed' && when && sentenceHasWord(s, q.k, OR) && sentenceHasWord(s, q.k, PICKS))
      return q.k;
    if (!sent.q || (q.kind !== 'closed' && q.kind !== 'checkin')) continue;
    // "And the charts, you'll have those pulled for me?": her part of the step, put to her as a question.
    if (clauseStarts(s, q.k).some((c) => tokens[afterLeadIns(r, c)]?.w === "you'll")) return q.k;
    // "Wednesday after clinic okay?": the step itself, closed by the check.
    if (when && CHECKS.has(tokens[sent.t1 - 1]!.w)) return q.k;
    // "Around two-thirty Thursday okay for Luz?", "Thursday after clinic?" after a proposal: the time, put to her.
    const short = sent.t1 - sent.t0 <= SHORT_TIME_ASK;
    if (when && short && (sentenceHasWord(s, q.k, CHECKS) || (proposes && q.k > 0))) return q.k;
    // "That suit?", "Agreed?" after a proposal: a clipped check on it.
    if (proposes && clippedCheck(r, q.k)) return q.k;
    // "Should I get it on the calendar?", "Can we lock that in?" after a proposal asks leave to fix the step.
    if (proposes && clauseStarts(s, q.k).some((c) => asksToFix(r, c))) return q.k;
    // "Okay with you?", "Ten minutes next week — can you spare that?": the yes/no word may open any clause.
    if (!clauseStarts(s, q.k).some((c) => opensYesNo(r, c, sent.t1))) continue;
    // After a proposal the question checks it ("Sound okay?", "Does Thursday suit you?"); "Do you want the
    // protocol too?" offers more and "Is there anything else…?" asks on. A day or time named just before
    // ("I swing back Tuesday at noon. Sound okay?") proposes as much.
    const timed = timedBefore(r, q.k);
    if ((proposes || timed) && (sentenceHasWord(s, q.k, CHECKS) || when)) return q.k;
    // "Is Monday or Thursday better for the lunch?", "Ten minutes next week — can you spare that?": a
    // choice of days, or a day she is asked to give, is a step to agree to.
    if (when && sentenceHasWord(s, q.k, CHOICE)) return q.k;
    if ((when || laterOn(r, q.k)) && asksHer(r, q.k)) return q.k;
    // "Could the subgroup figures come to you by email tonight?": something of the rep's, at a time, put to her.
    if (when && hasIn(s, 'rep.deliverables', q.k) && clauseStarts(s, q.k).some((c) => opensModal(r, c))) return q.k;
    const asksToTry = sentenceHasWord(s, q.k, WILLING) && sentenceHasWord(s, q.k, YOU);
    if (asksToTry && hasIn(s, 'rep.tryVerbs', q.k)) return q.k;
  }
  return undefined;
}

/** A day or time named in one of the two sentences before k ("I swing back Tuesday at noon. Sound okay?"). */
const timedBefore = (r: RepTurn, k: number): boolean =>
  k > 0 && (hasIn(r.s, 'rep.when', k - 1) || (k > 1 && hasIn(r.s, 'rep.when', k - 2)));

/** Words a clipped check is made of ("That suit?", "Agreed?", "Okay by you?"); one of CHECKS or "agreed" must be there. */
const CLIPPED = new Set(['that', 'this', 'it', 'with', 'by', 'for', 'you', 'all', 'sound', 'sounds']);
const CLIPPED_MAX = 3;

function clippedCheck(r: RepTurn, k: number): boolean {
  const { tokens, sentences } = r.s.text;
  const sent = sentences[k]!;
  const start = afterLeadIns(r, sent.t0, sent.t1);
  if (start >= sent.t1 || sent.t1 - start > CLIPPED_MAX) return false;
  let check = false;
  for (let i = start; i < sent.t1; i++) {
    const w = tokens[i]!.w;
    const checks = CHECKS.has(w) || w === 'agreed';
    if (!checks && !CLIPPED.has(w)) return false;
    check ||= checks;
  }
  return check;
}

/** "Should I get it on the calendar?", "Shall we lock that in?": leave asked to fix the step just proposed. */
function asksToFix(r: RepTurn, c: number): boolean {
  const { tokens } = r.s.text;
  const at = afterLeadIns(r, c);
  const w = tokens[at]?.w;
  const who = tokens[at + 1]?.w;
  // "Should I get the protocol too?" offers more; the step itself is "it", "that" or "this".
  return FIXING.has(w ?? '') && (who === 'i' || who === 'we') && THE_STEP.has(tokens[at + 3]?.w ?? '');
}
const THE_STEP = new Set(['it', 'that', 'this']);
const FIXING = new Set(['should', 'shall', 'can', 'could', 'may']);

/** Whether the clause at c opens, after lead-ins, on a yes/no word; a lone lead-in is the check ("Okay with you?"). */
function opensYesNo(r: RepTurn, c: number, end: number): boolean {
  const { tokens } = r.s.text;
  const i = afterLeadIns(r, c, end);
  // "Okay with you?", "Okay for me to confirm Thursday?", "Okay to send it tonight?": the check word opens the ask.
  return YES_NO.has(tokens[i]?.w ?? '') || (i > c && CHECKS.has(tokens[c]!.w) && CHECK_LINKS.has(tokens[i]?.w ?? ''));
}

const MODALS = new Set(['can', 'could', 'would', 'will', 'might']);
/** Words after an opening check word that make it the ask ("Okay with you?", "Okay for me to…", "Okay to send…"). */
const CHECK_LINKS = new Set(['with', 'for', 'to', 'by']);

/** The first token at or after c, before `end`, that is no lead-in ("So", "And", "All"). */
function afterLeadIns(r: RepTurn, c: number, end = Infinity): number {
  while (c < end && LEAD_INS.has(r.s.text.tokens[c]?.w ?? '')) c++;
  return c;
}

/** Whether the clause at c opens, after lead-ins, on a modal ("Could the figures…", "So would Tuesday's…"). */
const opensModal = (r: RepTurn, c: number): boolean => MODALS.has(r.s.text.tokens[afterLeadIns(r, c)]?.w ?? '');

const PERIODS = new Set(['week', 'month', 'visit', 'time']);
/** Most words in a question that only puts a time to her. */
const SHORT_TIME_ASK = 6;

/** "next week", "next visit": a time later on, vaguer than a day. */
function laterOn(r: RepTurn, k: number): boolean {
  const { tokens, sentences } = r.s.text;
  for (let i = sentences[k]!.t0; i < sentences[k]!.t1 - 1; i++)
    if (tokens[i]!.w === 'next' && PERIODS.has(tokens[i + 1]!.w)) return true;
  return false;
}

/** A clause of sentence k opens, after lead-ins, "can you", "could you", "would you" ("And might you…"). */
function asksHer(r: RepTurn, k: number): boolean {
  const { tokens } = r.s.text;
  return clauseStarts(r.s, k).some((c) => {
    const at = afterLeadIns(r, c);
    return MODALS.has(tokens[at]?.w ?? '') && tokens[at + 1]?.w === 'you';
  });
}

const OR = new Set(['or']);
/** Words offering days to choose from ("Monday or Thursday?", "which works better?"). */
const CHOICE = new Set(['or', 'better', 'suit', 'suits', 'work', 'works']);
/** Words asking her to pick between days offered ("which suits you better?"). */
const PICKS = new Set(['better', 'suit', 'suits', 'work', 'works', 'prefer']);

/** Words of a check on the proposed step ("Sound okay?", "Does that work?", "Are you okay with that?"). */
const CHECKS = new Set(
  'okay|ok|work|works|suit|suits|sound|sounds|fair|good|alright|right|deal|fine|doable|plan|acceptable|reasonable|cool'.split(
    '|',
  ),
);
/** The HCP addressed: the ask is hers to answer. */
const YOU = new Set(['you', "you'd", "you'll", 'your']);

/** Words before an imperative ask that leave it one ("So definitely keep it stocked", "Just start writing it!"). */
const BEFORE_IMPERATIVE = new Set(['so', 'just', 'definitely', 'then', 'and', 'now', 'okay', 'ok', 'please', 'simply']);

/** The sentence index of an ask made as an imperative, opening a clause of a statement ("Say the word, or name a slot."). */
export function imperativeAsk(r: RepTurn): number | undefined {
  const { s } = r;
  const { tokens } = s.text;
  for (const q of r.sentences) {
    const sent = s.text.sentences[q.k]!;
    if (sent.q) continue;
    for (const h of s.hits.within('rep.imperativeAsks', sent.t0, sent.t1)) {
      let i = h.t0 - 1;
      while (i >= 0 && BEFORE_IMPERATIVE.has(tokens[i]!.w) && !tokens[i + 1]!.breakBefore) i--;
      if (i < sent.t0 || tokens[i + 1]!.breakBefore) return q.k;
    }
  }
  return undefined;
}
