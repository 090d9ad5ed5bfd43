// The HCP switching off: a shrug word ("Sure. Whatever."), a one-word prod ("And?"), or a clipped reply
// with nothing in it after a pitch. A short fact that answers the rep's question is no shrug.
import type { HcpTurn } from './found.js';
import { NEGATION } from './hcp-cues.js';
import { stem } from './stem.js';
import { hcpHits, hitEvidence, saidOutright, sentenceEvidence, type Said, wholeEvidence } from './said.js';
import { OBJECTION_ACTS } from './types.js';
import { COUNTS } from './hcp-problem-answer.js';
import { saysListening } from './hcp-go-ahead.js';

/** Sounds that only show the HCP is there ("Mm-hm."): a shrug, unless the same turn asks something. */
const FILLERS = new Set(['uh-huh', 'mm-hmm', 'mmhm', 'hmm', 'mm-hm', 'mm hm', 'mhm', 'mm', 'uh huh']);

/** "And?", "So?": a one-word prod for the point, not a question. */
const PROMPTS = new Set(['and', 'so']);

/** "Whatever." shrugs when it ends its sentence or the reply is a few words ("Whatever their plan requires."). */
function shrugs(h: HcpTurn, t0: number, t1: number, phrase: string): boolean {
  // "My patients gained anyway." means regardless; "Anyway, …" and "…isn't my issue anyway" drop the topic.
  if (phrase === 'anyway') {
    // "I'm sorry. That's a lot to carry." "Yeah. Anyway.": she closes her own story, kindly met, and goes on.
    if (h.prev !== undefined && onlyHeard(h, h.prev.i)) return false;
    const sent = h.s.text.sentences[h.s.text.tokens[t0]!.sent]!;
    return sent.t0 === t0 || h.s.text.tokens.slice(sent.t0, t0).some((t) => NEGATION.has(t.w));
  }
  // "…but that's not the problem. The problem is I can't get anything approved." names the real one.
  if (DENIED.some((w) => phrase.endsWith(w))) return !namesTheRealOne(h.s, t1);
  if (phrase !== 'whatever') return true;
  const sent = h.s.text.sentences[h.s.text.tokens[t0]!.sent]!;
  return sent.t1 === t1 || h.s.words <= h.c.lex.params.clippedWords;
}

/** Denials of a problem ("that's not the issue"): a shrug unless the real one follows. */
const DENIED = ['problem', 'issue', 'matters here', 'problem is'];

/** After token t1: "the problem is…", "the real issue…". */
function namesTheRealOne(s: Said, t1: number): boolean {
  const { tokens } = s.text;
  for (let i = t1; i < tokens.length - 1; i++) {
    const [a, b] = [tokens[i]!.w, tokens[i + 1]!.w];
    if ((a === 'problem' || a === 'issue') && (b === 'is' || b === 'was')) return true;
    if (a === 'real' && (b === 'problem' || b === 'issue')) return true;
  }
  return false;
}

/** "Hmm, the renal data look fine": a sound opening a sentence with more in it leads in; "Mm." alone shrugs. */
function leadsIn(s: Said, x: { t0: number; t1: number }): boolean {
  const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
  // "Hmm. Okay. My problem will be cost and coverage…": a sound before a turn with plenty in it is a pause.
  return sent.t1 - x.t1 >= 3 || s.words - (x.t1 - x.t0) >= PAUSE_BEFORE;
}

/** Words after an opening sound that make it a pause before speaking, not a shrug. */
const PAUSE_BEFORE = 8;

/** The rep's turn did nothing but acknowledge her: no pitch, no question, no step. */
function onlyHeard(h: HcpTurn, i: number): boolean {
  const acts = h.conv.readingOf(i)?.acts ?? [];
  return acts.length > 0 && acts.every((a) => a.act === 'acknowledge');
}

export function readDisinterest(h: HcpTurn, budgeted: boolean): void {
  const { s } = h;
  const sents = s.text.sentences;
  const asks = h.found.has('asks_question');
  // "I keep going over it" is grief, not "keep going"; "Mm, how does it compare?" asks, so the "mm" is no shrug.
  // "Keep going, I'm listening." waves the rep on and says she is with them: no shrug.
  const bored = saysListening(s)
    ? undefined
    : hcpHits(s, 'disinterestCue').find(
        (x) =>
          // "I'm not sure it's worth it" doubts; only "Sure it is." said outright shrugs.
          saidOutright(s, x) &&
          // A phrase on both lists ("Everything's an issue.") is both: exasperated and done with the topic.
          !hcpHits(s, 'emotionCue').some((e) => e.t0 <= x.t0 && e.t1 > x.t0 && (e.t0 !== x.t0 || e.t1 !== x.t1)) &&
          !(FILLERS.has(x.phrase) && (asks || leadsIn(s, x))) &&
          shrugs(h, x.t0, x.t1, x.phrase),
      );
  const back = distracted(s);
  if (back !== undefined) {
    h.found.add('disinterest_cue', sentenceEvidence(s, back, 'turns away to someone else, then back'));
    return;
  }
  const prompt = sents.findIndex((x) => x.q && x.t1 - x.t0 === 1 && PROMPTS.has(s.text.tokens[x.t0]!.w));
  const hollow = hollowPraise(s);
  if (bored !== undefined) h.found.add('disinterest_cue', hitEvidence(s, bored, 'disengaged: "{phrase}"'));
  else if (hollow !== undefined)
    h.found.add('disinterest_cue', hitEvidence(s, hollow, 'praise with nothing in it: "{phrase}"'));
  else if (prompt >= 0) h.found.add('disinterest_cue', sentenceEvidence(s, prompt, 'prods the rep to get on with it'));
  // "How does that work." asks, stop or no stop: a question is no clipped shrug.
  else if (!budgeted && !asks && isClipped(h))
    h.found.add('disinterest_cue', wholeEvidence(s, `a clipped reply of ${s.words} words`));
}

/** Words that wave the rep on: "Carry on.", "Do go on.", "Tell me." */
const GO_ON = new Set(['carry', 'go', 'do', 'continue', 'keep', 'tell', 'please']);
const APOLOGY = new Set(['sorry', 'apologies', 'my', 'pardon']);

/** "Kerry, can you jump on the till? ... Sorry. Carry on.": an apology, then waving the rep on, after turning away. */
function distracted(s: Said): number | undefined {
  const { tokens, sentences } = s.text;
  for (let k = 1; k < sentences.length; k++) {
    const [prev, cur] = [sentences[k - 1]!, sentences[k]!];
    // "Sorry. Do you have the data?" asks on; only a sentence before the apology can be the turning away.
    const wavesOn = !cur.q && GO_ON.has(tokens[cur.t0]?.w ?? '');
    // "Sorry.", "My apologies.", "Excuse me.": a sentence that only apologizes.
    const sorry = prev.t1 - prev.t0 <= 2 && tokens.slice(prev.t0, prev.t1).every((t) => APOLOGY.has(t.w));
    if (k >= 2 && sorry && tokens.slice(prev.t0, prev.t1).some((t) => t.w !== 'my') && wavesOn) return k - 1;
  }
  return undefined;
}

/** Words that only pad a word of praise ("Truly.", "Oh, how fascinating."). */
const PADDING = new Set([
  'truly',
  'really',
  'very',
  'how',
  'so',
  'just',
  'oh',
  'wow',
  'absolutely',
  'simply',
  'utterly',
]);

/**
 * "Fascinating. Truly.", "Riveting.": a reply that is a word of praise and padding, with no question and no
 * word of its own, says the pitch lost her; real interest asks or names what caught it.
 */
function hollowPraise(s: Said) {
  const praise = hcpHits(s, 'hollowPraise');
  if (praise.length === 0 || s.text.sentences.some((x) => x.q)) return undefined;
  const inPraise = (i: number) => praise.some((x) => x.t0 <= i && x.t1 > i);
  return s.text.tokens.every((t, i) => inPraise(i) || PADDING.has(t.w)) ? praise[0] : undefined;
}

/** "About twenty." to "How many are on it?": a count given to a question answers it. */
const answersWithCount = (s: Said, prev: Said): boolean =>
  prev.text.sentences.some((x) => x.q) && s.text.tokens.some((t) => COUNTS.test(t.w));

const WH = new Set(['how', 'what', 'when', 'where', 'which', 'who', 'whether', 'why']);

/** Interjections that carry no point of their own ("Cool.", "Huh.", "Neat."): said alone, nothing taken in. */
const INTERJECTIONS = new Set(['cool', 'neat', 'huh', 'nice', 'gotcha', 'wow'].map(stem));
/** Words of a reply that says as little as a shrug: "No idea. A few.", "We do a fair few.", "I guess." */
const VAGUE = new Set(['few', 'fair', 'idea', 'know', 'guess', 'suppose', 'dunno'].map(stem));

/** Words that take an answer in only when the answer was a good one. */
const WEAK_HEARD = new Set(['okay', 'ok']);
/** Acts of a rep's answer that miss her question: said back, piled on, turned away or argued. */
const MISSED_ANSWER = ['parrot', 'feature_dump', 'dodges_question', 'rebuttal'] as const;
/** Acts of her question that an answer must settle first: she was lost or pushing back. */
const UNSETTLED = ['confusion_cue', ...OBJECTION_ACTS] as const;

/** The rep's answer at turn i met her question: no miss in it, and her question was no confusion or pushback. */
function answeredWell(h: HcpTurn, i: number): boolean {
  if (MISSED_ANSWER.some((a) => h.conv.has(i, a))) return false;
  return !UNSETTLED.some((a) => h.conv.has(i - 1, a));
}

/** A few words with nothing in them, after a pitch or a question rather than an ask. */
function isClipped(h: HcpTurn): boolean {
  const { s, prev } = h;
  if (s.words > h.c.lex.params.clippedWords || s.words === 0 || prev === undefined || hcpHits(s, 'farewell').length > 0)
    return false;
  // "Keep going. I'm with you." is short and says she is following.
  if (saysListening(s)) return false;
  // An agenda invites "Okay."; a pitch ("I wanted to tell you about…") does not.
  const agenda = h.conv.readingOf(prev.i)?.acts.some((a) => a.act === 'purpose' && a.kind === 'agenda') === true;
  const asked =
    agenda ||
    ['commitment_request', 'next_step_specific', 'next_step_vague', 'ownership'].some((a) =>
      h.conv.has(prev.i, a as 'ownership'),
    );
  // "Okay, that works." and "Dosing makes sense now." take the point in; they are short, not switched off.
  const takesIn = hcpHits(s, 'agree').length > 0 || hcpHits(s, 'takesIn').length > 0;
  // "That's it." to "So it's the unstable INR holding discharge…" confirms the rep's summary.
  const confirms = h.conv.has(prev.i, 'paraphrase');
  // "Got it." to the answer to her own question takes the answer in.
  // A bare "Okay." takes in only an answer that met her question; after jargon or a parroted reply it shrugs.
  const heardAnswer =
    h.conv.has(prev.i, 'answers_question') &&
    hcpHits(s, 'heardAnswer').some((x) => !WEAK_HEARD.has(x.phrase) || answeredWell(h, prev.i));
  // "Honestly, how to use them." to an open question answers it with a clause of its own.
  const clause = h.conv.has(prev.i, 'open_question') && s.text.tokens.some((t) => WH.has(t.w));
  if (asked || takesIn || confirms || heardAnswer || clause || answersWithCount(s, prev)) return false;
  const empty = [...s.content].every((w) => INTERJECTIONS.has(w) || VAGUE.has(w));
  return empty && !s.text.sentences.some((x) => x.q);
}
