// "Turning to cost:", "Switching over to the long-drive folks", "Let me move on to the data", "Can I shift
// over to the other group?": a verb of moving (rep.moveVerbs) and "to", "on to" or "over to" where a clause
// begins signposts a new topic in any words. "Patients moving to the pen" is no signpost: it opens nothing.
import type { PhraseHit } from './phrases.js';
import { repHits, type Said } from './said.js';
import { colonBefore } from './text-clauses.js';

/** Words that may come before the verb at the clause start: "Right, so let me…", "Can I…", "Now, turning…". */
const LEADS = new Set([
  'right',
  'so',
  'okay',
  'ok',
  'now',
  'then',
  'and',
  'let',
  'me',
  "let's",
  'can',
  'could',
  'i',
  'we',
  'just',
  'mind',
  'if',
  'quickly',
]);
const PARTICLES = new Set(['on', 'over', 'back']);
const POINTERS = new Set(['it', 'that', 'this', 'them', 'those']);

/** The first moving verb that opens a clause and goes on to "to". */
export function movesOn(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (const h of repHits(s, 'moveVerbs')) {
    let i = h.t0;
    while (
      i > 0 &&
      tokens[i - 1]!.sent === tokens[h.t0]!.sent &&
      !tokens[i]!.breakBefore &&
      LEADS.has(tokens[i - 1]!.w)
    )
      i--;
    const opens = i === s.text.sentences[tokens[h.t0]!.sent]!.t0 || tokens[i]!.breakBefore;
    let j = h.t1;
    while (PARTICLES.has(tokens[j]?.w ?? '') && j < h.t1 + 2) j++;
    // "we can turn to it later" points back at something, it opens no topic.
    const next = tokens[j + 1]?.w ?? '';
    if (opens && tokens[j]?.w === 'to' && tokens[j]!.sent === tokens[h.t0]!.sent && !POINTERS.has(next))
      return { ...h, phrase: s.text.raw.slice(tokens[h.t0]!.start, tokens[j]!.end).toLowerCase(), t1: j + 1 };
  }
  return undefined;
}

/** Words that move the call along before a topic heading: "Now, price:", "Next, coverage:", "On pricing:", "Regarding price:". */
const HEADING_LEADS = new Set(['now', 'next', 'finally', 'lastly', 'on', 'regarding', 'concerning', 'about', 're']);
/** Words that may come before a heading's lead: "ok so on pricing:", "Alright, now, cost:". */
const HEADING_OPENERS = new Set(['ok', 'okay', 'so', 'and', 'alright', 'right', 'then', 'oh']);
/** Headings that close or list rather than open a topic ("Next steps, then:", "Next thing:"). */
const NO_TOPIC = new Set(['step', 'steps', 'thing', 'things', 'then', 'up', 'that', 'this', 'it', 'the']);

/** "Now, price: a course costs…", "On pricing: …": a lead word and a topic of a word or two, then a colon, opens a new topic. */
export function headsTopic(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (const sent of s.text.sentences) {
    let i = sent.t0;
    while (i < sent.t1 - 1 && HEADING_OPENERS.has(tokens[i]!.w)) i++;
    // A sentence of punctuation alone ("{") has no word to lead with.
    if (i >= sent.t1) continue;
    const after = topicThenNext(s, i, sent.t1);
    if (after !== undefined) return after;
    if (!HEADING_LEADS.has(tokens[i]!.w)) continue;
    for (let j = i + 2; j <= i + 3 && j < sent.t1; j++) {
      // "Now, Bronvexa:" heads the product's pitch, no topic of the call's.
      const topic = tokens[j - 1]!;
      if (topic.cap || NO_TOPIC.has(topic.w)) break;
      if (colonBefore(s.text, j))
        return {
          list: '',
          phrase: s.text.raw.slice(tokens[i]!.start, tokens[j - 1]!.end).toLowerCase(),
          t0: i,
          t1: j,
        };
    }
  }
  return undefined;
}

/** "Cost next: acquisition is…": a topic of a word or two, then "next" and a colon, opens it. */
function topicThenNext(s: Said, i: number, end: number): PhraseHit | undefined {
  const { tokens } = s.text;
  for (let j = i + 1; j <= i + 2 && j + 1 < end; j++) {
    const topic = tokens[j - 1]!;
    if (topic.cap || NO_TOPIC.has(topic.w) || HEADING_LEADS.has(topic.w)) return undefined;
    if (tokens[j]!.w === 'next' && colonBefore(s.text, j + 1))
      return { list: '', phrase: s.text.raw.slice(tokens[i]!.start, tokens[j]!.end).toLowerCase(), t0: i, t1: j + 1 };
  }
  return undefined;
}
