// The question an HCP turn puts to the rep: not a tag ("Right?"), a wrap-up, a quote, a question to someone
// else in the room or a reply said with the voice going up; typed without its mark, still a question.
import type { HcpTurn } from './found.js';
import { unmarkedQuestion } from './hcp-unmarked-question.js';
import { uptalkAnswer } from './hcp-uptalk.js';
import { hcpHits, sentenceEvidence, type Said } from './said.js';
import { QUESTION_WORDS } from './question-clauses.js';
import { TITLES } from './titles.js';

/** Trivial tags ("Anything else?", "Right?") and musing ("Honestly? Nothing keeps me up.") are not questions the rep must answer. */
const TAGS = new Set(
  'right|anything else|okay|ok|huh|what|no|yes|go|honestly|really|seriously|truthfully|and|so'.split('|'),
);

/** A question opening on a name and a comma ("Bev, did the labs come back?"). */
function toSomeoneElse(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0; i < Math.min(t1, t0 + 3); i++) {
    const t = s.text.tokens[i]!;
    const next = s.text.tokens[i + 1];
    const named =
      /^\p{Lu}/u.test(s.text.raw.slice(t.start, t.start + 1)) && t.s !== '' && !TITLES.has(t.w) && !OPENERS.has(t.w);
    if (named && next !== undefined && next.breakBefore && next.sent === t.sent) return true;
  }
  return false;
}

/** Words that open a sentence with a comma but name nobody ("Wait, which one…?", "Look, what does it cost?"). */
const OPENERS = new Set(
  'wait|look|listen|sorry|hold|hang|hey|well|see|right|fine|yes|yeah|no|okay|ok|alright|great|sure|thanks|honestly|seriously|actually|anyway|also|now|so|oh|um|uh|quick|real|first|second|last|again|still|plus|meanwhile|besides|because|realistically|frankly|basically|ultimately|personally|practically|everybody|everyone|anybody|anyone|all|both|either|somebody|someone|patients|men|women|kids|adults'.split(
    '|',
  ),
);

/** The sentence's words are a trivial tag; no tag is longer than two words. */
function isTag(s: Said, t0: number, t1: number): boolean {
  if (t1 - t0 > 2) return false;
  const words = s.text.tokens
    .slice(t0, t1)
    .map((t) => t.w)
    .join(' ');
  return TAGS.has(words);
}

/** Openers that ask for something even in two words ("Any data?", "Anything on renal patients?"). */
const ASKS_FOR = new Set(['any', 'anything', 'anyone', 'anybody', 'some', 'more', 'got', 'have']);

/** "Realistically? Ten minutes.", "Adherence? Sure, it's a struggle.": a word or two asked and answered by
 * her next sentence muses or echoes the rep; it puts nothing to the rep ("Uncommon how? …" still asks). */
function answeredBySelf(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  const next = s.text.sentences[k + 1];
  if (t1 - t0 > 2 || next === undefined || next.q) return false;
  const words = s.text.tokens.slice(t0, t1);
  return !words.some((t) => QUESTION_WORDS.has(t.w)) && !ASKS_FOR.has(words[0]!.w);
}

/** The first question of hers that the rep must answer, marked or not. */
export function readQuestion(h: HcpTurn): void {
  const { s } = h;
  for (let k = 0; k < s.text.sentences.length; k++) {
    const sent = s.text.sentences[k]!;
    if (!sent.q) continue;
    // A question the HCP quotes ("they ask, 'how long am I unprotected?'") is not put to the rep.
    if (/\?\s*['"\u2019\u201D]\s*$/u.test(s.text.raw.slice(sent.start, sent.end).trimEnd())) continue;
    // "Is there anything else?" winds the talk down; it asks for nothing the rep must answer.
    if (isTag(s, sent.t0, sent.t1) || hcpHits(s, 'wrapUp').some((x) => x.t0 === sent.t0 && x.t1 === sent.t1)) continue;
    // "Tina, can you grab register two?" is put to someone else in the room.
    if (toSomeoneElse(s, k) || uptalkAnswer(h, k) || answeredBySelf(s, k)) continue;
    h.found.add('asks_question', sentenceEvidence(s, k, 'asks the rep a question'));
    return;
  }
  // "Tell me how the hub handles appeals.": typed without a question mark, still a question to answer.
  const k = unmarkedQuestion(s);
  if (k !== undefined) h.found.add('asks_question', sentenceEvidence(s, k, 'asks the rep, without a question mark'));
}
