// Product points in a rep turn, and whether each is tied to what this HCP said matters: a priority
// link, a generic benefit claim, or a long list of features nobody asked for (a feature dump).
import type { RepTurn } from './found.js';
import { wrongPlan } from './rep-links.js';
import { aboutProduct, claimsOf, type Claim } from './rep-points.js';
import { hasIn, hitsIn, sentenceEvidence, wholeEvidence } from './said.js';

const productHits = (r: RepTurn, k: number): number =>
  hitsIn(r.s, 'rep.productFacts', k).length + hitsIn(r.s, 'rep.benefit', k).length;

/** Items beyond the first in sentence k: clause breaks and list joiners. */
function listItems(r: RepTurn, k: number): number {
  const { t0, t1 } = r.s.text.sentences[k]!;
  let n = hitsIn(r.s, 'rep.listJoiners', k).length;
  for (let i = t0 + 1; i < t1; i++) if (r.s.text.tokens[i]!.breakBefore) n++;
  return n;
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

/** Sentence k gives a measured result ("1.6 fewer hospital days", "forty percent"), not hype ("the biggest in the class"). */
function measured(r: RepTurn, k: number): boolean {
  if (hasIn(r.s, 'rep.hype', k)) return false;
  const { t0, t1 } = r.s.text.sentences[k]!;
  const tokens = r.s.text.tokens;
  for (let i = t0; i < t1; i++) {
    const t = tokens[i]!;
    if (t.num && (/\d/.test(t.w) || PERCENT.has(tokens[i + 1]?.w ?? ''))) return true;
  }
  return false;
}
const PERCENT = new Set(['percent', 'per', '%']);

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
  // Beside a point tied to her, a result with its number ("1.6 fewer hospital days", "forty percent at twelve
  // weeks") is the evidence for it; only an unmeasured outcome ("response rates are high and durable") is generic.
  // Trial numbers given to "What do you have for me?" back nothing of hers: they stay generic.
  const answers = r.found.has('answers_question');
  const generic = claims.find(
    (c) =>
      c !== first &&
      (first === undefined && !answers ? c.benefit : c.outcome && (first === undefined || !measured(r, c.k))) &&
      (c.linked.length === 0 || r.found.has('rebuttal')) &&
      (aboutProduct(r, c.k) || r.found.has('rebuttal')),
  );
  if (generic !== undefined)
    r.found.add(
      'generic_benefit',
      sentenceEvidence(r.s, generic.k, 'a benefit claim not tied to anything the HCP said'),
    );
}
