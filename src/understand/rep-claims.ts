// Product points in a rep turn, and whether each is tied to what this HCP said matters: a priority
// link, a generic benefit claim, or a long list of features nobody asked for (a feature dump).
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { acknowledgmentsIn } from './rep-empathy.js';
import { askedWords, linkedWords, namesSomething, touchesHcp, wrongPlan } from './rep-links.js';
import { stepOnly } from './rep-logistics.js';
import { hasIn, hitsIn, overlapsSentence, sentenceEvidence, wholeEvidence } from './said.js';

const productHits = (r: RepTurn, k: number): number =>
  hitsIn(r.s, 'rep.productFacts', k).length + hitsIn(r.s, 'rep.benefit', k).length;

/** Items beyond the first in sentence k: clause breaks and list joiners. */
function listItems(r: RepTurn, k: number): number {
  const { t0, t1 } = r.s.text.sentences[k]!;
  let n = hitsIn(r.s, 'rep.listJoiners', k).length;
  for (let i = t0 + 1; i < t1; i++) if (r.s.text.tokens[i]!.breakBefore) n++;
  return n;
}

export interface Claim {
  k: number;
  linked: string[];
  /** Uses any word the HCP said first: tailored, if not tied to a priority. */
  touches: boolean;
  benefit: boolean;
  /** Claims an outcome, not only describes the product ("once-daily", "a copay card down to $20"). */
  outcome: boolean;
}

/** A turn presents the product when a sentence names it, cites data or claims a benefit. */
function presents(r: RepTurn): boolean {
  return r.sentences.some(
    (q) =>
      (q.kind === 'statement' || (q.kind === 'closed' && hasIn(r.s, 'rep.claimQuestions', q.k))) &&
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
  return dismissals.length === 0 || dismissals.some((d) => insideHitOf(r, 'rep.benefit', k, d));
}

/** "It was great talking with you.", "That's a great goal.": praise words inside a pleasantry claim nothing; nor does "high" naming a condition. */
function onlyPleasantry(r: RepTurn, k: number): boolean {
  const benefits = hitsIn(r.s, 'rep.benefit', k);
  return benefits.length > 0 && benefits.every((b) => insideHitOf(r, 'rep.pleasantry', k, b) || namesCondition(r, b));
}

/** What "high" names in "high blood pressure", "high cholesterol": a condition, not a result. */
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
  b.phrase === 'high' && RAISED.has(r.s.text.tokens[b.t1]?.w ?? '');

/** Words of thanks. */
const THANKS = new Set(['thank', 'thanks', 'grateful', 'cheers']);
/** "Thank you, Doc, that helps.": praise inside thanks, with no product fact or name beside it. */
function thanksOnly(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  let thanks = false;
  for (let i = t0; i < t1; i++) thanks ||= THANKS.has(r.s.text.tokens[i]!.w);
  return thanks && !hasIn(r.s, 'rep.productFacts', k) && !namesSomething(r, k);
}

/** Most words in a reaction too short to be a point, whatever praise it holds ("Interesting.", "Excellent!"). */
const REACTION_WORDS = 2;

/** Hit h lies inside a hit of another list in sentence k ("great" in "great talking with you"). */
function insideHitOf(r: RepTurn, list: string, k: number, h: PhraseHit): boolean {
  return hitsIn(r.s, list, k).some((p) => p.t0 <= h.t0 && p.t1 >= h.t1);
}

const HEDGES = new Set(['may', 'might', 'could']);

/** A benefit word that is more than a description of the product ("improves", not "once-weekly", not "where it might fit"). */
function claimsOutcome(r: RepTurn, k: number): boolean {
  const tokens = r.s.text.tokens;
  return hitsIn(r.s, 'rep.benefit', k).some(
    (b) => !insideHitOf(r, 'rep.productFacts', k, b) && !HEDGES.has(tokens[b.t0 - 1]?.w ?? ''),
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
      q.kind === 'statement' || (q.kind === 'closed' && s.hits.at('rep.claimQuestions', sent.t0) !== undefined);
    if (!point || (r.restated.has(q.k) && !misstated) || !isPoint(r, q.k) || onlyPleasantry(r, q.k)) continue;
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

/** "So the ones that worry you are the post-stent patients… Lipravex lowered LDL 28 percent": a product point right after playing the need back in the rep's own words answers it; after a parrot or a wrong recap it answers nothing. */
function afterPlayback(r: RepTurn, claims: readonly Claim[]): Claim | undefined {
  if (!r.found.has('paraphrase') || r.found.has('parrot') || r.found.has('misstated_recap')) return undefined;
  const played = Math.min(...r.restated);
  return claims.find((c) => c.k > played && hasIn(r.s, 'rep.productFacts', c.k) && !wrongPlan(r, c.k));
}

const tiesTo = (c: Claim | undefined, words: ReadonlySet<string>): boolean =>
  c !== undefined && (c.linked.length === 0 || c.linked.some((w) => words.has(w)));

/** Words of hers a list must take up to be a summary of her points rather than a list of features. */
const TIED_LIST_WORDS = 2;

/** How often the turn says "your". */
function yourCount(r: RepTurn): number {
  let n = 0;
  for (const t of r.s.text.tokens) if (t.w === 'your') n++;
  return n;
}

export function readClaims(r: RepTurn): void {
  const claims = claimsOf(r);
  if (claims.length === 0) return;
  const linked = claims.filter((c) => c.linked.length > 0);
  const p = r.c.lex.params;
  // A long run of product points that barely touches anything the HCP said, and restates none of it.
  const tailored = claims.filter((c) => c.touches || c.linked.length > 0).length + r.restated.size;
  // Talk aimed at this HCP ("your committee", "you mentioned") is a tailored presentation, not a dump.
  const aimed = yourCount(r) >= 2 || r.s.hits.has('rep.linkFrames');
  // Many points, as sentences or as one long list of items ("…, no titration, a 24-hour half-life, …").
  // One sentence listing many product items is a dump on its own; a long agenda or story is not.
  // A list built on much of what she said ("the patients in question are your older ones…; what it offers is…")
  // sums up or answers; one that meets a single need of hers among many items still lists features at her.
  const items = Math.max(
    0,
    ...claims
      .filter((c) => productHits(r, c.k) >= 2 && c.linked.length < TIED_LIST_WORDS)
      .map((c) => 1 + listItems(r, c.k)),
  );
  const many =
    (r.s.words >= p.dumpMinWords && claims.length >= p.dumpMinClaims) ||
    (items >= p.dumpMinItems && r.s.words >= p.dumpMinItemWords);
  // One sentence listing many product items is a dump however many of its words the HCP also used.
  const list = items >= p.dumpMinItems && r.s.words >= p.dumpMinItemWords;
  // Arguing the product past a concern is not tying it to the HCP's priorities, whatever words it borrows.
  const first = r.found.has('rebuttal') ? undefined : (linked[0] ?? afterPlayback(r, claims));
  // Detail the HCP asked for, or tied to the need they just described, is an answer, however many points it makes.
  // A list tied only to something said earlier ("A1c" from turn 5, when she just described coverage) answers nothing.
  const justSaid = r.prev !== undefined && r.conv.has(r.prev.i, 'shares_need') && tiesTo(first, r.prev.content);
  const replies = first !== undefined && (r.found.has('answers_question') || r.found.has('paraphrase') || justSaid);
  // A one-sentence list is a dump whatever it answers ("What is it?" asks for no list of seven); borrowing her
  // words does not excuse it.
  // After "Two minutes." a run of many points is a dump however well it fits: she asked for less, not for more.
  const rushed = many && r.prev !== undefined && r.conv.has(r.prev.i, 'time_cue');
  const dump = !aimed && (list || rushed || (!replies && many && tailored / claims.length <= p.dumpMaxLinkedShare));
  if (dump)
    r.found.add(
      'feature_dump',
      wholeEvidence(
        r.s,
        `${claims.length} product points in ${r.s.words} words, ${linked.length} tied to what the HCP said`,
      ),
    );
  if (first !== undefined)
    r.found.add(
      'priority_link',
      sentenceEvidence(
        r.s,
        first.k,
        first.linked.length > 0
          ? `ties the point to what the HCP said: ${first.linked.slice(0, 3).join(', ')}`
          : 'ties the point to the need the rep just played back',
      ),
    );
  // Beside a point tied to the HCP, a plain product fact ("It's a once-daily tablet.") serves that point;
  // only an outcome claimed on its own ("and it works really well") stands apart as generic.
  // "It's on most plans at tier two, and there's a savings card." to "Is it covered?" is the answer the HCP
  // asked for; only an outcome claimed beside it ("and patients love it") is generic.
  const answers = r.found.has('answers_question');
  const generic = claims.find(
    (c) =>
      c !== first &&
      (first === undefined && !answers ? c.benefit : c.outcome) &&
      (c.linked.length === 0 || r.found.has('rebuttal')),
  );
  if (generic !== undefined)
    r.found.add(
      'generic_benefit',
      sentenceEvidence(r.s, generic.k, 'a benefit claim not tied to anything the HCP said'),
    );
}
