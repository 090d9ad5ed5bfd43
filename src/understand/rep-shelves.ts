// The rep sets its own agenda aside for what the HCP just raised ("Then the two-year data can wait.",
// "Forget the formulary for now."): a change of direction followed (LABELS.md adaptability). Only the
// rep's own topic counts, a word the rep brought into the call before the HCP said it: "Let's park
// the cost question" about her cost worry shelves her concern, not the rep's plan. The rep's material
// ("the numbers", "the slides") counts unless the HCP asked about it.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { repHits, spanEvidence } from './said.js';
import { clauseAround, opensClause } from './text-clauses.js';
import { SAID_SOMETHING, type ActEvidence } from './types.js';

/** Words that may stand before the verb in its clause: "Then let's skip…", "In that case, I'll park…". */
const LEAD_INS = new Set([
  'then',
  'so',
  'okay',
  'ok',
  'alright',
  'right',
  'well',
  'fine',
  'honestly',
  'in',
  'that',
  'case',
  'and',
  'just',
  "let's",
  'let',
  'us',
  'me',
  "i'll",
  'i',
  'will',
  "we'll",
  'we',
  'can',
  'could',
  "i'm",
  'going',
  'to',
  'gonna',
  'happy',
]);
/** Words an HCP turn needs, without a need, feeling or objection read in it, to be something to turn to. */
const MIN_HEARD = 6;
/** Words the topic of "X can wait" may take at most: "the two-year Corisanta data". */
const MAX_TOPIC = 6;

/** Where the rep shelves its own topic in this turn, right after an HCP turn that said something. */
export function shelvesAgenda(r: RepTurn): ActEvidence | undefined {
  const prev = r.prev;
  // After "Mm." there is nothing to turn to; after a need, a worry or a story there is.
  if (prev === undefined || (prev.words < MIN_HEARD && !SAID_SOMETHING.some((a) => r.conv.has(prev.i, a))))
    return undefined;
  const { s } = r;
  for (const h of repHits(s, 'shelveVerbs')) {
    if (!ledIn(r, h.t0)) continue;
    const sent = s.text.sentences[s.text.tokens[h.t0]!.sent]!;
    const end = h.t1 < sent.t1 ? clauseAround(s.text, h.t1, sent.t0, sent.t1)[1] : h.t1;
    if (end - h.t1 <= MAX_TOPIC && ownTopic(r, h.t1, end) && splitDone(r, h, end)) return shelved(r, h.t0, end);
  }
  for (const h of repHits(s, 'shelvedBy')) {
    const sent = s.text.sentences[s.text.tokens[h.t0]!.sent]!;
    let start = clauseAround(s.text, h.t0, sent.t0, sent.t1)[0];
    while (start < h.t0 && LEAD_INS.has(s.text.tokens[start]!.w)) start++;
    // "a demo device you can keep": a person before the verb is who waits or keeps, not the topic.
    if (h.t0 - start <= MAX_TOPIC && !PEOPLE.has(s.text.tokens[h.t0 - 1]?.w ?? '') && ownTopic(r, start, h.t0))
      return shelved(r, start, h.t1);
  }
  return undefined;
}

/** Evidence for tokens [t0, t1), quoting them in the reason. */
function shelved(r: RepTurn, t0: number, t1: number): ActEvidence {
  const { raw, tokens } = r.s.text;
  const words = raw.slice(tokens[t0]!.start, tokens[t1 - 1]!.end);
  return spanEvidence(r.s, t0, t1, `sets its own topic aside for what the HCP raised: "${words}"`);
}

/** Only lead-ins stand between the clause's start and token i. */
function ledIn(r: RepTurn, i: number): boolean {
  for (let k = i; k > 0 && !opensClause(r.s.text, k); k--) if (!LEAD_INS.has(r.s.text.tokens[k - 1]!.w)) return false;
  return true;
}

/** A word of tokens [t0, t1) the rep said before the HCP ever did, or the rep's material she never asked about ("the numbers"). */
function ownTopic(r: RepTurn, t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) {
    const st = r.s.text.tokens[k]!.s;
    if (st !== '' && r.conv.repIntroduced(st)) return true;
  }
  return r.s.hits.within('rep.ownMaterial', t0, t1).some((h) => {
    const st = r.s.text.tokens[h.t1 - 1]!.s;
    return st === '' || r.conv.hcpSaid(st) === undefined;
  });
}

/** "Set the slides aside", "put the deck away": a verb that takes its particle after the topic has it. */
function splitDone(r: RepTurn, h: PhraseHit, end: number): boolean {
  if (h.phrase !== 'set' && h.phrase !== 'put') return true;
  for (let k = h.t1; k < end; k++) if (PARTICLES.has(r.s.text.tokens[k]!.w)) return true;
  return false;
}

const PARTICLES = new Set(['aside', 'away']);
const PEOPLE = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'who', 'patients']);
