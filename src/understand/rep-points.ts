// Which sentences of a rep turn are points about the product, and what each claims: the statements of
// a presenting turn, less restatements, logistics, acknowledgments, thanks and pleasantries.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { acknowledgmentsIn } from './rep-empathy.js';
import { askedWords, linkedWords, namesSomething, touchesHcp, wrongPlan } from './rep-links.js';
import { stepOnly } from './rep-logistics.js';
import { hasIn, hitsIn, insideHit, overlapsSentence, sentenceHasWord, type Said } from './said.js';
import { isLeading } from './rep-leading.js';

export interface Claim {
  k: number;
  linked: string[];
  /** Uses any word the HCP said first: tailored, if not tied to a priority. */
  touches: boolean;
  benefit: boolean;
  /** Claims an outcome, not only describes the product ("once-daily", "a copay card down to $20"). */
  outcome: boolean;
}

/** "Surely a pill that outperforms the patch is what they want, isn't it?": a benefit put as a leading question. */
const claimedAsked = (s: Said, k: number): boolean => isLeading(s, k, true) && hasIn(s, 'rep.benefit', k);
const claimQuestion = (s: Said, k: number): boolean => hasIn(s, 'rep.claimQuestions', k) || claimedAsked(s, k);

/** A turn presents the product when a sentence names it, cites data or claims a benefit. */
function presents(r: RepTurn): boolean {
  return r.sentences.some(
    (q) =>
      (q.kind === 'statement' || (q.kind === 'closed' && claimQuestion(r.s, q.k))) &&
      (hasIn(r.s, 'rep.benefit', q.k) || hasIn(r.s, 'rep.productFacts', q.k) || namesSomething(r, q.k)),
  );
}

/** Logistics, acknowledgments, dismissals and short asides are not points about the product. */
function isPoint(r: RepTurn, k: number): boolean {
  const { s } = r;
  const sent = s.text.sentences[k]!;
  // "That sounds like a great fit for Glytora." opens on an acknowledgment and sells: a point.
  // "Right, and the room-temperature storage means you can ship it…": a one-word lead-in to a long point is no reaction.
  const leadIn = (h: PhraseHit) =>
    h.t0 === sent.t0 && h.t1 - h.t0 === 1 && s.text.tokens[h.t1]?.w === 'and' && sent.t1 - h.t1 >= 10;
  const hollow = s.hits.at('rep.hollowAcknowledgment', sent.t0);
  if (acknowledgmentsIn(r, k).length > 0 || (hollow !== undefined && !leadIn(hollow))) return false;
  if (hasIn(s, 'rep.owners', k)) return false;
  if (hasIn(s, 'rep.benefit', k) && (sent.t1 - sent.t0 <= REACTION_WORDS || thanksOnly(r, k))) return false;
  // "It really pays for itself", "the data speaks for itself": a dismissal made of a sales claim is still a claim.
  const dismissals = hitsIn(s, 'rep.dismissal', k);
  return dismissals.length === 0 || dismissals.some((d) => insideHit(r.s, 'rep.benefit', d));
}

/** "It was great talking with you.", "That's a great goal.": praise words inside a pleasantry claim nothing; nor does "high" naming a condition. */
function onlyPleasantry(r: RepTurn, k: number): boolean {
  const benefits = hitsIn(r.s, 'rep.benefit', k);
  return benefits.length > 0 && benefits.every((b) => insideHit(r.s, 'rep.pleasantry', b) || namesCondition(r, b));
}

/** What "high" names in "high blood pressure", "stay too high": a condition, not a result. */
const RAISED = new Set([
  'blood',
  'cholesterol',
  'sugar',
  'sugars',
  'ldl',
  'bp',
  'a1c',
  'risk',
  'dose',
  'doses',
  'uric',
  'triglycerides',
]);
const namesCondition = (r: RepTurn, b: PhraseHit): boolean =>
  b.phrase === 'high' &&
  (RAISED.has(r.s.text.tokens[b.t1]?.w ?? '') || STILL_HIGH.has(r.s.text.tokens[b.t0 - 1]?.w ?? ''));
/** Words before "high" that make it the patient's state: "stay too high", "still high", "running high". */
const STILL_HIGH = new Set(['too', 'still', 'running', 'stay', 'stays', 'stayed', 'remain', 'remains']);

/** Words that make "help" a hope about what the rep leaves: "maybe they'll help", "in case they're useful". */
const HOPES = new Set(['maybe', 'case', 'if', 'hopefully', 'perhaps']);

/** "I'm bringing the calendars anyway; maybe they'll help.": material offered in hope, no point about the product. */
function hedgedOffer(r: RepTurn, k: number): boolean {
  const benefits = hitsIn(r.s, 'rep.benefit', k);
  if (benefits.length === 0 || hasIn(r.s, 'rep.productFacts', k) || hasIn(r.s, 'rep.hype', k) || namesSomething(r, k))
    return false;
  const tokens = r.s.text.tokens;
  const from = r.s.text.sentences[k]!.t0;
  return benefits.every((b) => {
    for (let i = b.t0 - 1; i >= Math.max(from, b.t0 - 3); i--) if (HOPES.has(tokens[i]!.w)) return true;
    return false;
  });
}

/** Words that number a topic in a heading: "So, first, the data.", "Number two, the pen." */
const ORDINALS = new Set(['first', 'second', 'third', 'next', 'firstly', 'secondly', 'finally', 'lastly', 'number']);
/** Words a heading is made of besides its one topic word. */
const HEADING_WORDS = new Set([
  ...ORDINALS,
  'so',
  'and',
  'now',
  'okay',
  'ok',
  'then',
  'one',
  'two',
  'three',
  'up',
  'the',
  'our',
]);

/** "So, first, the data.": a numbered heading names the next topic in one word; the points are the sentences after it. */
function heading(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  const tokens = r.s.text.tokens;
  let others = 0;
  for (let i = t0; i < t1; i++) if (!HEADING_WORDS.has(tokens[i]!.w)) others++;
  return others <= 1 && sentenceHasWord(r.s, k, ORDINALS) && !hasIn(r.s, 'rep.benefit', k);
}

/** Words of thanks. */
const THANKS = new Set(['thank', 'thanks', 'grateful', 'cheers']);
/** "Thank you, Doc, that helps.": praise inside thanks, with no product fact or name beside it. */
function thanksOnly(r: RepTurn, k: number): boolean {
  return sentenceHasWord(r.s, k, THANKS) && !hasIn(r.s, 'rep.productFacts', k) && !namesSomething(r, k);
}

/** Most words in a reaction too short to be a point, whatever praise it holds ("Interesting.", "Excellent!"). */
const REACTION_WORDS = 2;

const HEDGES = new Set(['may', 'might', 'could']);

/** A benefit word that is more than a description of the product ("improves", not "once-weekly", not "where it might fit"). */
function claimsOutcome(r: RepTurn, k: number): boolean {
  const tokens = r.s.text.tokens;
  return hitsIn(r.s, 'rep.benefit', k).some(
    (b) => !insideHit(r.s, 'rep.productFacts', b) && !HEDGES.has(tokens[b.t0 - 1]?.w ?? ''),
  );
}

/** "…and see if our program could make it easier": a purpose that asks whether the product fits claims nothing yet. */
function seesIf(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  const tokens = r.s.text.tokens;
  for (let i = t0; i < t1 - 1; i++) if (tokens[i]!.w === 'see' && IF.has(tokens[i + 1]!.w)) return true;
  return false;
}
const IF = new Set(['if', 'whether']);

/** Sentence k says why the rep came or what the call will cover ("I'm here about…", "Today I want to cover…"). */
const statesPurpose = (r: RepTurn, k: number): boolean =>
  hasIn(r.s, 'rep.purpose', k) || hasIn(r.s, 'rep.pitchIntro', k);

/** Words that point at the product or its evidence ("it works", "our data", "the trial"). */
const PRODUCT_WORDS = new Set(
  "it|it's|its|itself|this|these|our|ours|we|we've|we're|drug|product|medication|medicine|data|results|trial|trials|study|studies|program|programme|card|device|pen|tablet|injection|dose|safety|efficacy|tolerability|response|responses|outcomes|numbers|figures|profile|mechanism".split(
    '|',
  ),
);

/** "Clear, and you know best which ones.", "That's a big group; a year of running high.": praise or a
 * judgement of her or her answer, with nothing of the product in it, claims nothing about the product
 * (argued at her, "you pick up a lot in efficiency" still claims: see rep-claims.ts). */
export function aboutProduct(r: RepTurn, k: number): boolean {
  if (
    namesSomething(r, k) ||
    hasIn(r.s, 'rep.productFacts', k) ||
    hasIn(r.s, 'rep.hype', k) ||
    sentenceHasWord(r.s, k, PRODUCT_WORDS)
  )
    return true;
  const { t0 } = r.s.text.sentences[k]!;
  const tokens = r.s.text.tokens;
  const judges = [tokens[t0]?.w, tokens[t0 + 1]?.w].some((w) => w === "that's");
  return !judges && !sentenceHasWord(r.s, k, HER);
}
const HER = new Set(['you', 'your', "you're", "you've", "you'd", "you'll"]);

/** The points of a presenting turn: its statements, less restatements, logistics and acknowledgments. */
export function claimsOf(r: RepTurn): Claim[] {
  const { s } = r;
  if (!presents(r)) return [];
  const out: Claim[] = [];
  const asked = askedWords(r);
  const purpose = r.found.get('purpose');
  const wrong = r.found.get('misstated_recap');
  for (const q of r.sentences) {
    const sent = s.text.sentences[q.k]!;
    // "So given those safety concerns, X could really help": a claim on a premise the HCP never stated ties to nothing.
    const misstated =
      wrong !== undefined && sent.start <= wrong.start && sent.end >= wrong.end && claimsOutcome(r, q.k);
    // "Did you know Dermivex showed 60 percent nail clearance?" makes its point as a question.
    const point =
      q.kind === 'statement' ||
      (q.kind === 'closed' && (s.hits.at('rep.claimQuestions', sent.t0) !== undefined || claimedAsked(s, q.k)));
    if (!point || (r.restated.has(q.k) && !misstated) || !isPoint(r, q.k) || onlyPleasantry(r, q.k)) continue;
    if (hedgedOffer(r, q.k) || heading(r, q.k)) continue;
    if (stepOnly(r, q.k)) continue;
    const long = sent.t1 - sent.t0 > 6;
    const hype = hasIn(s, 'rep.hype', q.k);
    // "I'm here about Wendrova, our once-weekly injectable" says why the rep came; "…that improves control" also claims.
    const saysWhy = purpose !== undefined && (overlapsSentence(s, q.k, purpose) || statesPurpose(r, q.k));
    if (saysWhy && !hype && (!claimsOutcome(r, q.k) || seesIf(r, q.k))) continue;
    out.push({
      k: q.k,
      linked: long && !hype && !misstated && !wrongPlan(r, q.k) ? linkedWords(r, q.k, asked) : [],
      touches: touchesHcp(r, q.k),
      benefit: hype || hasIn(s, 'rep.benefit', q.k),
      outcome: hype || claimsOutcome(r, q.k),
    });
  }
  return out;
}
