// How a rep turn meets what the HCP just raised: acknowledges it (and does not argue), rebuts or
// dismisses it, explores what lies behind it, answers the HCP's question or dodges it.
import type { RepTurn } from './found.js';
import { isQuestionKind } from './questions.js';
import {
  firstIn,
  hasIn,
  hasRep,
  hitEvidence,
  hitsIn,
  repHits,
  sentenceContent,
  sentenceEvidence,
  sharesWord,
} from './said.js';
import { toldNotToWorry } from './rep-dismissal.js';
import { acknowledgmentsIn, echoesHcp, namesTheFeeling } from './rep-empathy.js';
import { OBJECTION_ACTS, type Act } from './types.js';

export const OBJECTING_ACTS: readonly Act[] = [...OBJECTION_ACTS, 'confusion_cue', 'declines', 'conditional'];

/** The HCP's last turn pushed back: an objection, a condition, a no. */
export function concernBefore(r: RepTurn): boolean {
  return r.prev !== undefined && OBJECTING_ACTS.some((a) => r.conv.has(r.prev!.i, a));
}

/** Something the HCP cares about was on the table: pushback, a feeling, a pressure, a need or problem they shared. */
function somethingToAcknowledge(r: RepTurn): boolean {
  return (
    concernBefore(r) ||
    (r.prev !== undefined &&
      (['shares_need', 'emotion_cue', 'time_cue'] as const).some((a) => r.conv.has(r.prev!.i, a)))
  );
}

/** "OK, I hear you on the heart rate": an acknowledgment naming a concern still open counts, however late. */
function namesOpenConcern(r: RepTurn, k: number): boolean {
  const words = sentenceContent(r.s, k);
  return r.conv.openObjections.some((o) => {
    const said = r.conv.said[o.turn];
    return said !== undefined && sharesWord(words, said.content);
  });
}

/** Any concern so far in the call: a dismissal needs something to dismiss. */
const anyConcernSoFar = (r: RepTurn): boolean => r.conv.heardConcern;

/** "Did I get that right?", "Do I understand you correctly?": a check on the rep's own reading, not an acknowledgment. */
const ASKING = new Set(['did', 'do', 'does', 'am', 'is', 'are', 'can', 'could', 'would', 'will', 'have']);

export function readAcknowledgeAndRebuttal(r: RepTurn): void {
  const { s } = r;
  const dismissal = repHits(s, 'dismissal')[0] ?? toldNotToWorry(r);
  if (dismissal !== undefined && anyConcernSoFar(r))
    r.found.add('rebuttal', hitEvidence(s, dismissal, 'dismisses or argues with the concern: "{phrase}"'));
  const sentences = s.text.sentences;
  const opener = openingContrast(r);
  if (opener !== undefined && !r.found.has('rebuttal')) {
    r.found.add('rebuttal', hitEvidence(s, opener, 'answers the objection by contradicting it: "{phrase} …"'));
    return;
  }
  for (let k = 0; k < Math.min(2, sentences.length); k++) {
    // "Is that fair?" and "Does that make sense?" check the rep's own point; they acknowledge nothing.
    const checks = sentences[k]!.q && ASKING.has(s.text.tokens[sentences[k]!.t0]?.w ?? '');
    const ack = checks ? undefined : acknowledgmentsIn(r, k).find((h) => !ASKING.has(s.text.tokens[h.t0 - 1]?.w ?? ''));
    if (ack === undefined) continue;
    // "I hear you, but…": a contrast later in the sentence or opening one of the next two sentences.
    const sameSentence = hitsIn(s, 'rep.contrast', k).find((h) => h.t0 > ack.t0);
    const nextSentences = [k + 1, k + 2]
      .filter((j) => j < sentences.length)
      .map((j) => s.hits.at('rep.contrast', sentences[j]!.t0) ?? closingThough(r, j))
      .find((h) => h !== undefined);
    const turn = sameSentence ?? nextSentences;
    if (turn !== undefined && somethingToAcknowledge(r)) {
      r.found.add('rebuttal', hitEvidence(s, turn, 'acknowledges, then argues: "… {phrase} …"'));
      return;
    }
    if (r.found.has('rebuttal') || !(somethingToAcknowledge(r) || namesOpenConcern(r, k))) return;
    r.found.add('acknowledge', hitEvidence(s, ack, 'acknowledges what the HCP raised: "{phrase}"'));
    return;
  }
}

/** "Our inhaler is really the best option though.": a claim closed by "though" turns on the concern as "But…" does. */
function closingThough(r: RepTurn, k: number) {
  const { t1 } = r.s.text.sentences[k]!;
  const h = r.s.hits.at('rep.contrast', t1 - 1);
  if (h?.phrase !== 'though') return undefined;
  return hasIn(r.s, 'rep.benefit', k) || hasIn(r.s, 'rep.superiority', k) ? h : undefined;
}

/** "Actually, …", "But the data …" as the first word after an objection: contradicting before hearing it out. */
function openingContrast(r: RepTurn) {
  if (!concernBefore(r) || r.sentences.length === 0) return undefined;
  const first = r.sentences[0]!;
  if (first.kind !== 'statement') return undefined;
  const sent = r.s.text.sentences[first.k]!;
  const hollow = r.s.hits.at('rep.hollowAcknowledgment', sent.t0);
  const h = r.s.hits.at('rep.contrast', hollow?.t1 ?? sent.t0);
  if (h !== undefined && h.phrase !== 'though') return h;
  // "Because Cardexa is better." to "Why would I switch?": insisting, not hearing the objection out.
  return hollow === undefined && !hasIn(r.s, 'rep.acknowledgment', first.k)
    ? firstIn(r.s, 'rep.superiority', first.k)
    : undefined;
}

const LISTENING: readonly Act[] = [
  'priority_link',
  'explore',
  'answers_question',
  'paraphrase',
  'simplify',
  'time_adapt',
];
const PITCHING: readonly Act[] = ['generic_benefit', 'feature_dump', 'off_topic'];
const THAT_OPENERS = new Set(['a', 'an', 'the', 'exactly', 'really', 'such', 'so', 'what', 'where', 'why', 'how']);
const PRAISE = new Set([
  'helpful',
  'interesting',
  'great',
  'good',
  'useful',
  'fascinating',
  'awesome',
  'perfect',
  'cool',
]);
const INTERJECTIONS = new Set([
  'yes',
  'yeah',
  'yep',
  'oh',
  'well',
  'okay',
  'ok',
  'wow',
  'ah',
  'mm',
  'honestly',
  'god',
  'man',
  'gosh',
]);

/**
 * Once the whole turn is read: "Totally understand." followed by a pitch, small talk or an unrelated
 * question is a stock phrase, not acknowledgment; "That's a hard group to reach." is, with no stock phrase.
 */
export function settleAcknowledgment(r: RepTurn, buildsOn: boolean | undefined): void {
  const has = (a: Act) => r.found.has(a);
  if (has('acknowledge')) {
    if (arguesPast(r)) {
      const ev = r.found.get('acknowledge')!;
      r.found.drop('acknowledge');
      r.found.add('rebuttal', { ...ev, why: 'a stock acknowledgment, then straight to the counter-argument' });
      // Arguing the product past the concern ties it to nothing the HCP wants, whatever words it borrows.
      r.found.drop('priority_link');
      return;
    }
    const listens = LISTENING.some(has) || buildsOn === true;
    // "That would make anyone careful. What did you change…?": an acknowledgment in the HCP's own words is
    // no stock phrase, and the question after it follows from it.
    // "That sounds exhausting. What happens when a patient misses the window?": a feeling named, then an
    // open question, invites the rest of the story; "Totally understand. What's your biggest…?" moves on.
    const invites = r.found.has('open_question') && r.sentences.some((q) => namesTheFeeling(r, q.k));
    const newTopic = buildsOn === false && opensNewTopic(r) && !echoesHcp(r) && !invites;
    // "Understood." and then nine product points hears nothing, whatever point of hers the list touches.
    if (has('feature_dump') || (!listens && (PITCHING.some(has) || newTopic))) r.found.drop('acknowledge');
    return;
  }
  if (has('rebuttal') || PITCHING.some(has) || !somethingToAcknowledge(r)) return;
  const first = r.sentences[0];
  if (first === undefined || first.kind !== 'statement') return;
  const { s } = r;
  const sent = s.text.sentences[first.k]!;
  // "Yeah, that's normally where it breaks down.", "Those are tough patients to reach.": an opening
  // interjection aside, a word on what she said; judged on its first clause ("That's a miserable
  // position: people blaming you…").
  let at = sent.t0;
  while (at < sent.t1 - 1 && INTERJECTIONS.has(s.text.tokens[at]!.w)) at++;
  const [a, b] = [s.text.tokens[at], s.text.tokens[at + 1]];
  // "That's helpful." thanks her for the facts and "That's frustrating." names a feeling (read below): no
  // word on her point. "Those are hard patients" says it of her patients.
  const judged = (i: number, feelingOk = false) => {
    const t = s.text.tokens[i];
    const feeling = !feelingOk && s.hits.at('rep.feelings', i) !== undefined;
    return t !== undefined && t.s !== '' && !t.neg && !PRAISE.has(t.w) && !feeling;
  };
  const evaluates =
    (a?.w === "that's" && (THAT_OPENERS.has(b?.w ?? '') || judged(at + 1))) ||
    (at === sent.t0 && (a?.w === 'that' || a?.w === 'those' || a?.w === 'these') && judged(at + 1) && b!.w !== 'is') ||
    ((a?.w === 'those' || a?.w === 'these') && b?.w === 'are' && judged(at + 2, true));
  let clauseEnd = at + 1;
  while (clauseEnd < sent.t1 && !s.text.tokens[clauseEnd]!.breakBefore) clauseEnd++;
  const short =
    clauseEnd - sent.t0 <= 12 && !hasIn(s, 'rep.benefit', first.k) && !hasIn(s, 'rep.productFacts', first.k);
  if (evaluates && short)
    r.found.add('acknowledge', sentenceEvidence(s, first.k, 'takes in what the HCP said before moving on'));
  // "That's frustrating. Are most of your patients on two-drug combinations?" names the feeling to move on.
  else if (namesTheFeeling(r, first.k) && !(buildsOn === false && opensNewTopic(r)))
    r.found.add('acknowledge', sentenceEvidence(s, first.k, 'names how it feels for the HCP'));
}

/** "I understand. The total cost difference narrows…": an objection (not a question) met by the case for the product. */
function arguesPast(r: RepTurn): boolean {
  if (
    !concernBefore(r) ||
    r.conv.has(r.prev!.i, 'asks_question') ||
    r.found.has('explore') ||
    r.found.has('paraphrase')
  )
    return false;
  // "What would an option need to do?" … "Real weight loss, and coverage.": presenting next answers it.
  const before = r.conv.readingOf(r.prev!.i - 1);
  if (before?.acts.some((a) => a.act === 'open_question') === true) return false;
  if (
    ['next_step_specific', 'next_step_vague', 'commitment_request', 'recap', 'time_adapt'].some((a) =>
      r.found.has(a as Act),
    )
  )
    return false;
  // "That's understandable. The label does carry that warning…" grants the concern; it does not argue past it.
  if (hasRep(r.s, 'concedes')) return false;
  const ack = r.found.get('acknowledge')!;
  // Only a bare stock phrase ("I understand."); "You're right, the generics are cheap…" concedes.
  const ackSentence = r.sentences.find((q) => r.s.text.sentences[q.k]!.end >= ack.end);
  if (ackSentence === undefined || !ackOnly(r, ackSentence.k)) return false;
  const next = r.sentences.find((q) => r.s.text.sentences[q.k]!.start >= ack.end);
  if (next === undefined || next.kind !== 'statement') return false;
  // "That must be hard for them. Our copay card brings it to ten dollars.": empathy, then an offer on the
  // very thing she raised, meets the concern; a stock "I understand" before the case for the product argues past it.
  if (namesTheFeeling(r, ackSentence.k) && sharesWord(sentenceContent(r.s, next.k), r.prev!.content)) return false;
  return hasIn(r.s, 'rep.benefit', next.k) || hasIn(r.s, 'rep.productFacts', next.k);
}

/** A question bringing two or more words of its own ("your biggest frustration as a provider"); "What happened?" follows. */
function opensNewTopic(r: RepTurn): boolean {
  return r.sentences.some(
    (q) =>
      isQuestionKind(q.kind) &&
      [...sentenceContent(r.s, q.k)].filter((w) => r.conv.hcpSaid(w) === undefined).length >= 2,
  );
}

/** A sentence that is only an acknowledgment ("Fair point.", "Good catch."). */
export function ackOnly(r: RepTurn, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  const ack = r.s.hits.at('rep.acknowledgment', sent.t0) ?? r.s.hits.at('rep.hollowAcknowledgment', sent.t0);
  return ack !== undefined && sent.t1 - ack.t1 <= 3;
}
