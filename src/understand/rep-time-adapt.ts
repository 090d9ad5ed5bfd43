// Responding to the HCP's time (ACTS.md time_adapt): shortening, asking leave, offering to stop or follow
// up once she has signalled time, or reading the room in the opening.
import type { PhraseHit } from './phrases.js';
import { foundIn, type RepTurn } from './found.js';
import { hasIn, hitEvidence, repHits, sentenceWords, wholeEvidence, type Said } from './said.js';
import type { Token } from './text.js';
import { endsClause } from './text-clauses.js';
import { CALL_UNITS, timeFrame } from './rep-call-frame.js';
import { echoedTimeWord } from './time-words.js';
import { colonAfter, herLeaving, herNextIsNear } from './rep-her-clock.js';

/** Words that make a time-aware phrase a check on the clock ("respect your time", "we're # minutes in"). */
const CLOCK_WORDS = ['time', 'minutes', 'clock'];

/** Time-aware phrases count once the HCP has signalled time (or in the opening, reading the room). */
export function readTimeAdapt(r: RepTurn): void {
  const { s, conv } = r;
  const timeSeen = conv.lastTimeCue !== undefined;
  const opening = conv.repTurns <= 2;
  // "Could I borrow two minutes?" before she has said a word about time asks for the call; it adapts to nothing.
  const asksForTime = (x: PhraseHit): boolean =>
    !timeSeen && s.text.sentences[s.text.tokens[x.t0]!.sent]!.q && x.phrase.split(' ').some((w) => ASKED_UNITS.has(w));
  // "Those doses pile up quickly" is about the patients; "Quickly, …" and "I'll be quick" are about the call.
  const h =
    repHits(s, 'timeAdapt').find(
      (x) => (x.t1 - x.t0 > 1 || aboutTheCall(r, x.t0)) && !sequenced(r, x.t0) && !asksForTime(x),
    ) ??
    repHits(s, 'brevity').find((x) => aboutTheCall(r, x.t0) && promisesBrevity(s, x)) ??
    repHits(s, 'leaving')[0] ??
    herLeaving(s) ??
    (opening ? seesHerBusy(s) : undefined);
  // "I'll be quick." and then the whole product story promises brevity and breaks the promise.
  // "I want to respect your time — we're fifteen minutes in": a time check said as one needs no cue first.
  const checksClock = h !== undefined && CLOCK_WORDS.some((w) => h.phrase.split(' ').includes(w)) && h.t1 - h.t0 >= 3;
  // "Your nurse is waving, so fast: …": the rep who names her clock needs no cue from her first.
  const namesHerClock = h !== undefined && (s.hits.has('hcp.timeCue') || herNextIsNear(s));
  // "I'll see myself out", "since you've got to run": leaving her to her day is about her time, cue or not.
  const leaves = h !== undefined && (repHits(s, 'leaving').length > 0 || h.list === 'rep.herLeaving');
  if (
    h !== undefined &&
    (timeSeen || opening || checksClock || namesHerClock || leaves) &&
    !r.found.has('feature_dump') &&
    !opensSeries(r)
  ) {
    if (!courtesyBeforePitch(r, h, timeSeen))
      r.found.add('time_adapt', hitEvidence(s, h, 'respects the HCP\'s time: "{phrase}"'));
    return;
  }
  const echo = echoedTimeWord(r);
  if (echo !== undefined && !r.found.has('feature_dump')) {
    r.found.add('time_adapt', hitEvidence(s, echo, 'works to the HCP\'s clock: "{phrase}"'));
    return;
  }
  if (r.prev === undefined || !conv.has(r.prev.i, 'time_cue')) return;
  // "Five minutes, got it": taking up the HCP's own time budget.
  const budget = r.s.hits.all('hcp.minutes')[0] ?? echoedBudget(r);
  if (budget !== undefined) {
    r.found.add('time_adapt', hitEvidence(s, budget, 'takes up the HCP\'s time budget: "{phrase}"'));
    return;
  }
  const p = r.c.lex.params;
  const wrapsUp = r.found.has('ownership') || r.found.has('next_step_specific') || r.found.has('next_step_vague');
  // Short is not enough: a brief closed question after "I have to go" ignores it; a brief wrap-up does
  // not, even one that asks to come back ("Mind if I circle back next month?").
  if (r.sentences.some((q) => (q.kind === 'open' || q.kind === 'closed') && !(wrapsUp && stepIn(r, q.k)))) return;
  // A short pitch is still a pitch: "Hi, I'm here to tell you about X, our new once-daily…".
  const pitching =
    ['generic_benefit', 'rebuttal', 'feature_dump'].some((a) => r.found.has(a as 'rebuttal')) || plansPitch(r);
  if (pitching) return;
  if (s.words <= p.briefWords && (wrapsUp || r.found.has('answers_question')))
    r.found.add('time_adapt', wholeEvidence(s, `keeps it to ${s.words} words after the time signal`));
  // A longer turn still wraps up when all it says besides the step and the ask to agree to it is brief
  // ("Understood, and I respect it. Only for the few who won't inject: may I email you the data tonight?").
  else if (wrapsUp && (s.words <= p.wrapUpMaxWords || besidesTheStep(r) <= p.briefWords)) {
    r.found.add('time_adapt', wholeEvidence(s, 'wraps up after the time signal'));
  }
}

/**
 * Whether sentence k carries the turn's step ("Mind if I circle back next month?") or asks her to sign
 * off on it ("Is that okay with you?"), not a question of its own.
 */
const stepIn = (r: RepTurn, k: number): boolean =>
  foundIn(r, k, ['next_step_specific', 'next_step_vague', 'ownership', 'commitment_request']);

/** Words in the turn's sentences that carry no step nor the ask to agree to it; a claim among them counts them all. */
function besidesTheStep(r: RepTurn): number {
  let n = 0;
  r.s.text.sentences.forEach((_, k) => {
    if (stepIn(r, k)) return;
    n += hasIn(r.s, 'rep.hype', k) || hasIn(r.s, 'rep.benefit', k) ? Infinity : sentenceWords(r.s, k);
  });
  return n;
}

/** "One." … "One, then.", "here's how I'd spend those ten:": the number the HCP just gave, said back as the call's. */
function echoedBudget(r: RepTurn): PhraseHit | undefined {
  const { tokens, sentences } = r.s.text;
  const first = sentences[0];
  if (first === undefined) return undefined;
  const heard = (t: Token): boolean => r.prev!.text.tokens.some((x) => x.num && x.w === t.w);
  const tok = tokens[first.t0]!;
  if (tok.num && first.t1 - first.t0 <= ECHO_WORDS && heard(tok))
    return { list: '', phrase: tok.w, t0: first.t0, t1: first.t1 };
  // "those ten", "the five": her count standing for the minutes, with no noun of its own.
  for (let i = first.t0 + 1; i < first.t1; i++) {
    const t = tokens[i]!;
    if (t.num && endsClause(r.s.text, i) && COUNT_DETERMINERS.has(tokens[i - 1]!.w) && heard(t))
      return { list: '', phrase: `${tokens[i - 1]!.w} ${t.w}`, t0: i - 1, t1: i + 1 };
  }
  return undefined;
}

/** Most words of an opening that says her count back ("Five, you got it."). */
const ECHO_WORDS = 4;

/** Determiners that make a bare count her minutes: "those ten", "the five". */
const COUNT_DETERMINERS = new Set(['those', 'these', 'the', 'your']);
/** Units of a call's time asked for: the call's units but "moment" ("a bad moment" asks whether to go, not for time). */
const ASKED_UNITS = new Set([...CALL_UNITS].filter((w) => w !== 'moment'));

/**
 * In the opening, before she has signalled time, a nod to her day or a promise to be brief and then the
 * pitch is a courtesy ("I know how busy you are. I'd love to share how…"); a limit the rep sets for the
 * call ("so I'll keep it to five minutes", "in and out") adapts.
 */
function courtesyBeforePitch(r: RepTurn, h: PhraseHit, timeSeen: boolean): boolean {
  // "…, or would you rather I came back another time?" offers to go: that adapts, whatever else is said.
  if (timeSeen || h.list === 'rep.leaving' || r.s.text.sentences[r.s.text.tokens[h.t0]!.sent]!.q) return false;
  const pitch = r.found.kind('purpose') === 'pitch' || r.found.has('generic_benefit');
  if (!pitch) return false;
  return timeFrame(r.s, r.prev) === undefined && !repHits(r.s, 'timeAdapt').some((x) => LIMITS.has(x.phrase));
}

/** Time phrases that set a limit on the call. */
const LIMITS = new Set(['in and out', "and i'm out", "and i'm gone", 'keep it to', "i'm gone"]);

/** "I can see the clinic's full today", "I know you're up to your eyes": the rep reads her day in one sentence. */
function seesHerBusy(s: Said): PhraseHit | undefined {
  for (const nod of repHits(s, 'seesBusy')) {
    const sent = s.text.tokens[nod.t0]!.sent;
    const busy = repHits(s, 'busy').find((b) => b.t0 >= nod.t1 && s.text.tokens[b.t0]!.sent === sent);
    if (busy !== undefined)
      return { list: 'rep.seesBusy', phrase: `${nod.phrase} … ${busy.phrase}`, t0: nod.t0, t1: busy.t1 };
  }
  return undefined;
}

/** "First the mechanism, then I'll walk you through…": a "then" that orders a presentation, not one that wraps up. */
function sequenced(r: RepTurn, t: number): boolean {
  const { tokens, sentences } = r.s.text;
  if (tokens[t]?.w !== 'then') return false;
  const sent = sentences[tokens[t]!.sent]!;
  for (let i = sent.t0; i < t; i++) if (tokens[i]!.w === 'first') return true;
  return false;
}

/** An order of product topics ("first the mechanism, then the trials and the safety data") lays out the full pitch. */
function plansPitch(r: RepTurn): boolean {
  const { tokens } = r.s.text;
  const at = tokens.findIndex((t) => t.w === 'then');
  return at > 0 && sequenced(r, at) && repHits(r.s, 'productFacts').length >= 2;
}

/** "I'll be fast. First up, the numbers. In HEALWAY-EE, …": part one of a pitch in parts breaks the promise. */
function opensSeries(r: RepTurn): boolean {
  const { tokens, sentences } = r.s.text;
  const opens = sentences.some((sent) => {
    let i = sent.t0;
    if (tokens[i]?.w === 'so') i++;
    const w = tokens[i]?.w;
    return w === 'first' || w === 'firstly' || (w === 'number' && tokens[i + 1]?.w === 'one');
  });
  return opens && repHits(r.s, 'productFacts').length >= 2;
}

/** Words before a brevity word that make it the call's: "be quick", "keep it short", "real quick", "so fast". */
const OF_THE_CALL = new Set(['be', 'it', 'this', 'things', 'real', 'super', 'so', 'very']);

/**
 * "I'll keep this snappy.", "Real quick, since you've got to run": the word ends its clause and says how
 * the call will go; "where they fall short" and "how fast it works" are about something else.
 */
function promisesBrevity(s: Said, x: PhraseHit): boolean {
  const { tokens } = s.text;
  const next = tokens[x.t1];
  const ends = next === undefined || next.sent !== tokens[x.t0]!.sent || next.breakBefore;
  const before = tokens[x.t0 - 1];
  const opens = before === undefined || before.sent !== tokens[x.t0]!.sent || before.breakBefore;
  return ends && (opens || OF_THE_CALL.has(before.w));
}

const FIRST_PERSON = new Set(['i', "i'll", "i'm", "i'd", 'me', 'my', "let's", 'let']);

/** A one-word time phrase opens the sentence or sits in a sentence about what the rep will do. */
function aboutTheCall(r: RepTurn, t: number): boolean {
  const { tokens, sentences } = r.s.text;
  const sent = sentences[tokens[t]!.sent]!;
  if (t - sent.t0 <= 1 || colonAfter(r.s, t)) return true;
  for (let i = sent.t0; i < t; i++) if (FIRST_PERSON.has(tokens[i]!.w)) return true;
  // "Your nurse is waving, so fast: …": her clock named before it makes the word about the call.
  return r.s.hits.all('hcp.timeCue').some((h) => h.t0 >= sent.t0 && h.t0 < t);
}
