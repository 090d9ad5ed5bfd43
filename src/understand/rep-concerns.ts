// How a rep turn meets what the HCP just raised: acknowledges it (and does not argue), rebuts or
// dismisses it. Settling the acknowledgment once the turn is read is in rep-ack-settle.ts.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import {
  hasIn,
  hitEvidence,
  hitsIn,
  playsBack,
  repHits,
  sentenceContent,
  sentenceHasWord,
  sharesWord,
} from './said.js';
import { deniedProblem, toldNotToWorry } from './rep-dismissal.js';
import { deniesRaisedConcern } from './rep-denied-concern.js';
import { acknowledgmentsIn } from './rep-empathy.js';
import {
  asksOn,
  concededThenArgued,
  openingContrast,
  stillOpens,
  turnsToLearn,
  staysOnHerPoint,
} from './rep-conceded.js';
import { OBJECTION_ACTS, type Act } from './types.js';

export const OBJECTING_ACTS: readonly Act[] = [...OBJECTION_ACTS, 'confusion_cue', 'declines', 'conditional'];

/** The HCP's last turn pushed back: an objection, a condition, a no. */
export function concernBefore(r: RepTurn): boolean {
  return r.prev !== undefined && OBJECTING_ACTS.some((a) => r.conv.has(r.prev!.i, a));
}

/** Pushback, a worry or a problem of hers is on the table: what a "But…" can argue past. */
const somethingRaised = (r: RepTurn): boolean =>
  concernBefore(r) ||
  (r.prev !== undefined && (['shares_need', 'emotion_cue'] as const).some((a) => r.conv.has(r.prev!.i, a)));

/** Something the HCP cares about was on the table: pushback, a feeling, a pressure, a need or problem they shared. */
export function somethingToAcknowledge(r: RepTurn): boolean {
  return somethingRaised(r) || (r.prev !== undefined && r.conv.has(r.prev.i, 'time_cue'));
}

/** "OK, I hear you on the heart rate": an acknowledgment naming a concern still open counts, however late. */
function namesOpenConcern(r: RepTurn, k: number): boolean {
  const words = sentenceContent(r.s, k);
  return r.conv.openObjections.some((o) => {
    const said = r.conv.said[o.turn];
    return said !== undefined && sharesWord(words, said.content);
  });
}

/** "So the hypoglycemia is not a real problem, did I get that right?" reads her own concern back denied. */
function deniesTheConcern(r: RepTurn, h: PhraseHit): boolean {
  const sent = r.s.text.sentences[r.s.text.tokens[h.t0]!.sent]!;
  return deniesRaisedConcern(r, sent.t0, sent.t1) !== undefined;
}

/** Any concern so far in the call: a dismissal needs something to dismiss. */
const anyConcernSoFar = (r: RepTurn): boolean => r.conv.heardConcern;

/** "Did I get that right?", "Do I understand you correctly?": a check on the rep's own reading, not an acknowledgment. */
const ASKING = new Set(['did', 'do', 'does', 'am', 'is', 'are', 'can', 'could', 'would', 'will', 'have']);

export function readAcknowledgeAndRebuttal(r: RepTurn): void {
  const { s } = r;
  // Looked for only once there is a concern to dismiss: the word-by-word readers cost more than the check.
  // "So it's the price that stops them, not the drug itself. Did I get that right?" plays her view back.
  const dismissal = anyConcernSoFar(r)
    ? (repHits(s, 'dismissal').find((h) => !playsBack(s, s.text.tokens[h.t0]!.sent) || deniesTheConcern(r, h)) ??
      toldNotToWorry(r) ??
      deniedProblem(r))
    : undefined;
  if (dismissal !== undefined)
    r.found.add('rebuttal', hitEvidence(s, dismissal, 'dismisses or argues with the concern: "{phrase}"'));
  const disowns = repHits(s, 'disowns')[0];
  if (disowns !== undefined && concernBefore(r) && !r.found.has('rebuttal')) {
    r.found.add('rebuttal', hitEvidence(s, disowns, 'defends against the concern: "{phrase}"'));
    return;
  }
  const sentences = s.text.sentences;
  const opener = concernBefore(r) ? openingContrast(r) : undefined;
  if (opener !== undefined && !r.found.has('rebuttal')) {
    r.found.add('rebuttal', hitEvidence(s, opener, 'answers the objection by contradicting it: "{phrase} …"'));
    return;
  }
  const conceded = concededThenArgued(r, somethingRaised(r));
  if (conceded !== undefined && !r.found.has('rebuttal')) {
    r.found.add('rebuttal', hitEvidence(s, conceded, 'concedes in a word, then argues: "… {phrase} …"'));
    return;
  }
  for (let k = 0; k < Math.min(2, sentences.length); k++) {
    // "Is that fair?" and "Does that make sense?" check the rep's own point; they acknowledge nothing.
    const checks = sentences[k]!.q && ASKING.has(s.text.tokens[sentences[k]!.t0]?.w ?? '');
    const ack = checks ? undefined : acknowledgmentsIn(r, k).find((h) => !ASKING.has(s.text.tokens[h.t0 - 1]?.w ?? ''));
    if (ack === undefined) continue;
    // "I hear you, but…": a contrast later in the sentence or opening one of the next two sentences.
    const sameSentence = hitsIn(s, 'rep.contrast', k).find((h) => h.t0 > ack.t0 && !insideRelative(r, h));
    const nextSentences = [k + 1, k + 2]
      .filter((j) => j < sentences.length)
      .map((j) => s.hits.at('rep.contrast', sentences[j]!.t0) ?? stillOpens(r, j) ?? closingThough(r, j))
      .find((h) => h !== undefined);
    const turn = sameSentence ?? nextSentences;
    if (
      turn !== undefined &&
      somethingToAcknowledge(r) &&
      !turnsToLearn(r, turn) &&
      !staysOnHerPoint(r, turn) &&
      !asksOn(r, turn)
    ) {
      r.found.add('rebuttal', hitEvidence(s, turn, 'acknowledges, then argues: "… {phrase} …"'));
      return;
    }
    if (r.found.has('rebuttal') || !(somethingToAcknowledge(r) || namesOpenConcern(r, k) || standsAlone(r, k, ack)))
      return;
    r.found.add('acknowledge', hitEvidence(s, ack, 'acknowledges what the HCP raised: "{phrase}"'));
    return;
  }
}

/** Words that open a relative clause: "you want things that actually help" stresses, it argues nothing. */
const RELATIVES = new Set(['that', 'which', 'who']);
const insideRelative = (r: RepTurn, h: PhraseHit): boolean =>
  h.phrase === 'actually' && RELATIVES.has(r.s.text.tokens[h.t0 - 1]?.w ?? '');

/** Most words around an acknowledgment that still make it a sentence of its own ("Good point, Dr. Lee."). */
const ALONE_EXTRA = 3;

/**
 * "Good point.", "Understandable.", "Thanks for being straight with me.": an acknowledgment said as the
 * turn's first sentence, alone, answers what she just said whatever that was, once she said something.
 */
function standsAlone(r: RepTurn, k: number, ack: PhraseHit): boolean {
  const sent = r.s.text.sentences[k]!;
  if (k !== 0 || sent.q || sent.t1 - sent.t0 - (ack.t1 - ack.t0) > ALONE_EXTRA) return false;
  // "Thanks for being straight with me." at the close thanks her for all she told, not for her last words.
  const candor = r.conv.heardConcern && sentenceHasWord(r.s, k, CANDOR);
  return r.prev !== undefined && (r.prev.content.size >= ALONE_HEARD || candor);
}

/** Words of thanks for her candor ("telling me straight", "the honesty"). */
const CANDOR = new Set([
  'straight',
  'honest',
  'honesty',
  'frank',
  'candid',
  'candor',
  'candour',
  'upfront',
  'open',
  'direct',
]);

/** Content words of her turn that make it something to acknowledge, not a bare "Sure." */
const ALONE_HEARD = 3;

/** "Our inhaler is really the best option though.": a claim closed by "though" turns on the concern as "But…" does. */
function closingThough(r: RepTurn, k: number) {
  const { t1 } = r.s.text.sentences[k]!;
  const h = r.s.hits.at('rep.contrast', t1 - 1);
  if (h?.phrase !== 'though') return undefined;
  return hasIn(r.s, 'rep.benefit', k) || hasIn(r.s, 'rep.superiority', k) ? h : undefined;
}
