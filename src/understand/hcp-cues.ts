// The HCP's cues: time pressure (the minutes it says it has are read in hcp-minutes.ts), confusion and
// emotion; disinterest is read in hcp-disinterest.ts.
import type { HcpTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { readDisinterest } from './hcp-disinterest.js';
import { othersFeeling, politeAfraid } from './hcp-whose-feeling.js';
import { statedMinutes } from './hcp-minutes.js';
import { AUX, timeCueIn } from './hcp-time-cue.js';
import { saidAgain } from './hcp-said-again.js';
import { inQuotes, quotedLead } from './quoted-speech.js';
import { hcpHits, hitEvidence, sentenceEvidence, type Said } from './said.js';

/** Words that deny what follows: "Nothing keeps me up", "It's not a safety thing". */
export const NEGATION = new Set([
  'not',
  'no',
  'never',
  'cannot',
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "wasn't",
  "won't",
  "can't",
  "wouldn't",
  "shouldn't",
  "couldn't",
  "didn't",
  "haven't",
  "hasn't",
  'nothing',
  'nobody',
]);

export function readCues(h: HcpTurn): void {
  const { s } = h;
  const budget = statedMinutes(h);
  const kind = budget === undefined ? undefined : `${Math.ceil(budget.minutes)} min`;
  const time = timeCueIn(h);
  if (time !== undefined) h.found.add('time_cue', hitEvidence(s, time, 'signals time pressure: "{phrase}"'), kind);
  else if (budget !== undefined && budget.minutes <= h.c.lex.params.timeCueMaxMinutes && !budget.accepts) {
    h.found.add('time_cue', sentenceEvidence(s, s.text.tokens[budget.at]!.sent, 'gives a short time budget'), kind);
  }
  // "Hold on. So when do they go up?", "Wait a minute, which one…?": stopping the rep to ask is losing the thread.
  const sents = s.text.sentences;
  const asks = h.found.has('asks_question');
  // "They lose track of which is which" tells of her patients' confusion, a need, not hers.
  const confused =
    hcpHits(s, 'confusionCue').find((x) => !othersFeeling(s, x) && !asksWhatFor(s, x)) ??
    eitherOr(h) ??
    hcpHits(s, 'halt').find((x) => {
      const k = s.text.tokens[x.t0]!.sent;
      const alone = sents[k]!.t1 === x.t1 && sents[k + 1]?.q === true;
      // "Hang on, though, that starter pen. Is the 0.25 its own pen, or one you dial?": stopped to ask which it is.
      const which = [k, k + 1].some((j) => sents[j]?.q === true && hasOr(s, j));
      // "Actually, wait, the starter pens.": one word may come before the stop.
      const opens = sents[k]!.t0 === x.t0 || (which && x.t0 - sents[k]!.t0 === 1);
      // "Hold on before you start: any idea what I found?": before the rep has said a word there is no thread to lose.
      return asks && opens && (alone || sents[k]!.q || which) && h.prev !== undefined;
    });
  if (confused !== undefined) h.found.add('confusion_cue', hitEvidence(s, confused, 'signals confusion: "{phrase}"'));
  // "Nothing about diabetes keeps me up at night" denies the feeling; "The parents are scared of steroids" is theirs.
  const emotion = hcpHits(s, 'emotionCue').find(
    (x) =>
      !deniedFeeling(s, x.t0) &&
      !s.text.tokens[x.t0]!.neg &&
      !othersFeeling(s, x) &&
      !namesTheWorry(s, x.t0) &&
      // "'Comparable to the class' — that's my worry." names the rep's words as the worry: an objection, read there.
      quotedLead(s, s.text.tokens[x.t0]!.sent) < 2 &&
      !politeAfraid(s, x) &&
      !inQuotes(s, x.t0),
  );
  // A correction (hcp-corrections.ts) is already read as this cue, with its kind.
  if (emotion !== undefined) h.found.add('emotion_cue', hitEvidence(s, emotion, 'shows feeling: "{phrase}"'));
  else {
    const again = saidAgain(s);
    const cried = again === undefined ? exclaimed(s) : undefined;
    if (again !== undefined) h.found.add('emotion_cue', sentenceEvidence(s, again, 'says it again for emphasis'));
    else if (cried !== undefined) h.found.add('emotion_cue', sentenceEvidence(s, cried, 'exclaims'));
  }
  readDisinterest(h, budget !== undefined);
}

/** Words opening an exclamation that greets or thanks ("Thanks!", "Hi there!"), with no feeling in it. */
const GREETS = new Set(['hi', 'hello', 'hey', 'thanks', 'thank', 'cheers', 'bye', 'morning', 'afternoon', 'evening']);

/** "Fifty minutes!", "For an infection, man!": a sentence of hers that ends in "!" carries feeling. */
function exclaimed(s: Said): number | undefined {
  const { tokens, sentences, raw } = s.text;
  const k = sentences.findIndex(
    (sent) =>
      sent.t1 - sent.t0 >= 2 &&
      !GREETS.has(tokens[sent.t0]!.w) &&
      raw
        .slice(tokens[sent.t1 - 1]!.end, sent.end)
        .trimEnd()
        .replace(/["')\u201D\u2019]+$/, '')
        .endsWith('!'),
  );
  return k < 0 ? undefined : k;
}

/** A sentence opening on a negation denies the feeling in it, unless a "but" turns it ("Not Kyle, but the thing that gets me…"). */
function deniedFeeling(s: Said, at: number): boolean {
  const { tokens, sentences } = s.text;
  const start = sentences[tokens[at]!.sent]!.t0;
  if (!NEGATION.has(tokens[start]!.w)) return false;
  for (let i = start + 1; i < at; i++) if (tokens[i]!.w === 'but') return false;
  return true;
}

/** Words before "what" that make it point back at what she named: "…is exactly what I worry about". */
const POINTING = new Set([
  'is',
  "'s",
  'was',
  'are',
  'were',
  "isn't",
  "wasn't",
  "aren't",
  'exactly',
  'precisely',
  "that's",
  'just',
]);

/**
 * "Denials are exactly what I worry about", "The pen isn't what worries me": the feeling word names which
 * of her points is the concern, a need or an objection; "What really bothers me is…" opening a sentence vents.
 */
function namesTheWorry(s: Said, at: number): boolean {
  const { tokens } = s.text;
  const start = s.text.sentences[tokens[at]!.sent]!.t0;
  for (let i = at - 1; i >= Math.max(start, at - 3); i--)
    if (tokens[i]!.w === 'what') return i > start && POINTING.has(tokens[i - 1]!.w) && !pointsBack(s, start, i);
  return false;
}

/** Words that may open the sentence before "that's": "And that's what eats at me". */
const THAT_LEADS = new Set(['and', 'but', 'so', 'honestly', 'yeah', 'well']);

/** "That's what eats at me.": a bare "that" points back at the story she just told, so the feeling is hers. */
function pointsBack(s: Said, start: number, what: number): boolean {
  const { tokens } = s.text;
  let i = start;
  while (i < what && THAT_LEADS.has(tokens[i]!.w)) i++;
  const w = tokens[i]?.w;
  return (w === "that's" || w === 'that' || w === 'this') && what - i <= 3;
}

/** Sentence k weighs two things against each other: "…, or…" after a few words of its own. */
function hasOr(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0 + 2; i < t1 - 1; i++) if (s.text.tokens[i]!.w === 'or') return true;
  return false;
}

/** "So is it weekly or daily?": asked back to settle what the rep just said, which did not land. */
function eitherOr(h: HcpTurn) {
  const { tokens, sentences } = h.s.text;
  for (const sent of sentences) {
    if (!sent.q || tokens[sent.t0]?.w !== 'so' || !AUX.has(tokens[sent.t0 + 1]?.w ?? '')) continue;
    const or = tokens.slice(sent.t0 + 2, sent.t1).findIndex((x) => x.w === 'or');
    if (or >= 0) return { t0: sent.t0, t1: sent.t1, phrase: 'so … or …', list: '' };
  }
  return undefined;
}

/** Words after "what does that mean" that ask what it means for something: "…on migraine days?", "…for my patients?". */
const FOR = new Set(['for', 'on', 'in']);

/** "What does that mean for my patients?" asks what follows from it, not what it is: no confusion. */
function asksWhatFor(s: Said, x: PhraseHit): boolean {
  return (
    x.phrase.endsWith('mean') &&
    FOR.has(s.text.tokens[x.t1]?.w ?? '') &&
    s.text.tokens[x.t1]!.sent === s.text.tokens[x.t0]!.sent
  );
}
