// Settling an acknowledgment once the whole rep turn is read: a stock phrase before a pitch or an
// unrelated question acknowledges nothing, one before the case for the product argues past the
// concern, and a word on her point in the rep's own words acknowledges without any stock phrase.
import type { RepTurn } from './found.js';
import { isQuestionKind } from './questions.js';
import { hasIn, hasRep, sentenceContent, sentenceEvidence, sharesWord } from './said.js';
import { echoesHcp, namesTheFeeling } from './rep-empathy.js';
import { appraises } from './rep-appraisal.js';
import { onHerWorld, WORD_ON_HER_POINT } from './rep-her-world.js';
import { namesIn } from './rep-links.js';
import { concernBefore, somethingToAcknowledge } from './rep-concerns.js';
import { disclaimsPush, grantsExclusion } from './rep-disclaims.js';
import { clauseAround } from './text-clauses.js';
import type { Act } from './types.js';

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
/** Praise for what she told the rep ("That's helpful."): thanks for facts, no word on her point. */
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
/** Words of agreement that grant her point when they stand alone in their clause. */
const AGREEMENT = new Set(['correct', 'true', 'agreed', 'granted', 'fair', 'indeed', 'reasonable']);
/** Openers a word on her point may follow ("Yeah, that's normally where it breaks down."). */
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
  'lord',
]);

/**
 * Once the whole turn is read: "Totally understand." followed by a pitch, small talk or an unrelated
 * question is a stock phrase, not acknowledgment; "That's a hard group to reach." is, with no stock phrase.
 */
export function settleAcknowledgment(r: RepTurn, buildsOn: boolean | undefined): void {
  const has = (a: Act) => r.found.has(a);
  if (has('acknowledge')) {
    // "Fair enough. I'm not here to add to the pile.": granting her stance, read once for both checks below.
    const grantsStance = disclaimsPush(r) !== undefined;
    if (arguesPast(r, grantsStance)) {
      const ev = r.found.get('acknowledge')!;
      r.found.drop('acknowledge');
      r.found.add('rebuttal', { ...ev, why: 'a stock acknowledgment, then straight to the counter-argument' });
      // Arguing the product past the concern ties it to nothing the HCP wants, whatever words it borrows.
      r.found.drop('priority_link');
      return;
    }
    // "Fair enough. I'm not here to add to the pile. Which patients…?": granting her stance is listening.
    const listens = LISTENING.some(has) || buildsOn === true || grantsStance;
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
  // "That's basically everybody under fifty, so that's great!" takes her no for a yes: it grants nothing.
  if (has('rebuttal') || has('misstated_recap') || PITCHING.some(has) || !somethingToAcknowledge(r)) return;
  const { s } = r;
  const disclaimer = disclaimsPush(r);
  if (disclaimer !== undefined) {
    r.found.add(
      'acknowledge',
      sentenceEvidence(s, disclaimer, 'says what the rep will not push: takes her stance as given'),
    );
    return;
  }
  const first = r.sentences[0];
  if (first === undefined || first.kind !== 'statement') return;
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
  // "That is heavy." said in full weighs as "That's heavy." does.
  const thatIs = a?.w === 'that' && b?.w === 'is';
  const evaluates =
    (a?.w === "that's" && (THAT_OPENERS.has(b?.w ?? '') || judged(at + 1))) ||
    (thatIs && (THAT_OPENERS.has(s.text.tokens[at + 2]?.w ?? '') || judged(at + 2))) ||
    (at === sent.t0 && (a?.w === 'that' || a?.w === 'those' || a?.w === 'these') && judged(at + 1) && b!.w !== 'is') ||
    ((a?.w === 'those' || a?.w === 'these') && b?.w === 'are' && judged(at + 2, true));
  const clauseEnd = clauseAround(s.text, at, at, sent.t1)[1];
  // Judged on its own clause: "That's a big group; a year's delay is a year running high" grants, then says more.
  const short =
    clauseEnd - sent.t0 <= WORD_ON_HER_POINT &&
    s.hits.within('rep.benefit', sent.t0, clauseEnd).length === 0 &&
    s.hits.within('rep.productFacts', sent.t0, clauseEnd).length === 0 &&
    !namesIn(r.conv, s, sent.t0, clauseEnd);
  // "Correct — the generics are cheap.", "True, and…": a word of agreement standing alone grants her point.
  const agrees = AGREEMENT.has(a?.w ?? '') && (b === undefined || b.sent !== a!.sent || b.breakBefore);
  // "…because the dosing schedules differed. It's a legitimate weakness.": a judgment in either of the first two sentences.
  const appraisal = r.sentences.slice(0, 2).find((q) => q.kind === 'statement' && appraises(r, q.k));
  // "Right, not those patients.": a yes to the group she just took out.
  if (((evaluates || agrees) && short) || grantsExclusion(s, first.k))
    r.found.add('acknowledge', sentenceEvidence(s, first.k, 'takes in what the HCP said before moving on'));
  // "That's frustrating. Are most of your patients on two-drug combinations?" names the feeling to move on.
  else if (appraisal !== undefined && !(buildsOn === false && opensNewTopic(r)))
    r.found.add('acknowledge', sentenceEvidence(s, appraisal.k, 'says what the HCP raised weighs'));
  else if (namesTheFeeling(r, first.k) && !(buildsOn === false && opensNewTopic(r)))
    r.found.add('acknowledge', sentenceEvidence(s, first.k, 'names how it feels for the HCP'));
  else if (r.sentences.length > 1 && onHerWorld(r, first.k))
    r.found.add('acknowledge', sentenceEvidence(s, first.k, 'opens with a word on what the HCP raised'));
}

/** "I understand. The total cost difference narrows…": an objection (not a question) met by the case for the product. */
function arguesPast(r: RepTurn, grantsStance: boolean): boolean {
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
  // "That's understandable. The label does carry that warning…" grants the concern, and "Fair enough. Talking
  // you out of what works is not my aim." grants her stance: neither argues past it.
  if (hasRep(r.s, 'concedes') || grantsStance) return false;
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
