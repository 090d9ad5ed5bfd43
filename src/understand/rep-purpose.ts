// Why the rep came: an agenda built around the HCP, or only a reason to pitch. Read from whole phrases
// ("here's my plan") and from the shapes purpose takes in any words: a first-person intent and a verb
// ("I was really hoping to learn…"), a plan named as the call's ("My focus today is…"), the call laid
// out ("Here's how I'd use the ten:") or its minutes and items counted out ("five on the results, ten on…").
import type { PhraseHit } from './phrases.js';
import type { RepTurn } from './found.js';
import { CALL_UNITS, countedOut, laidOutInOrder, timeFrame } from './rep-call-frame.js';
import { namesIn } from './rep-links.js';
import { hitEvidence, repHits, sameSentence, sentenceHasWord, type Said } from './said.js';
import { clauseAround, colonBefore } from './text-clauses.js';
import { intent, LEARN_REACH, learningIntent, othersWill, pitchingIntent, planNamed } from './rep-intent.js';

/** Who else may be the one to hear or learn: "for you to hear about…". */
const HEARERS = new Set(['you', "y'all"]);
/** Words that make what the rep wants to learn concrete: "how you…", "where the pens…", "your patients". */
const ASKS_WHAT = new Set(['how', 'what', 'where', 'which', 'why', 'whether', 'when', 'who', 'your', 'questions']);
export function readPurpose(r: RepTurn): void {
  if (r.conv.repTurns > r.c.lex.params.purposeWithinRepTurns) return;
  const { s } = r;
  // A wish voiced once the HCP has raised something ("I'd like to fix that") answers it, and "So three
  // things: …" after her list recaps it: neither sets a purpose.
  const fresh = !r.conv.heardConcern && r.conv.timeline.needs.length === 0;
  // "I'd like to ask you to try it in two patients" asks her to act: a request, not a plan to ask her things.
  const agenda = repHits(s, 'purpose').find((h) => !asksHerTo(s, h));
  // "Our liaison could take you through it" offers someone else's time: no reason the rep came.
  const intro = repHits(s, 'pitchIntro').find((h) => !othersWill(s, h));
  // "Today's mostly about getting to know you", "my goal is to learn a bit about you": a plan whose only
  // business is small talk sets no agenda.
  const social = repHits(s, 'acquainted').find((h) => !learnsWhat(s, h));
  if (agenda !== undefined && social !== undefined && sameSentence(s, social, agenda)) {
    r.found.add('purpose', hitEvidence(s, social, 'says why they are here, small talk: "{phrase}"'), 'pitch');
    return;
  }
  if (agenda !== undefined) {
    // "What I'm after today is getting more of your non-responders started on Joravex": the plan is the sale.
    const sells = getsThemOn(r, agenda);
    r.found.add(
      'purpose',
      hitEvidence(
        s,
        agenda,
        sells ? 'says why they are here, a pitch: "{phrase}"' : 'sets an agenda for the call: "{phrase}"',
      ),
      sells ? 'pitch' : 'agenda',
    );
    return;
  }
  // The call laid out or counted out is an agenda ("Three things today: …"), unless it is what the rep
  // "wants to cover": "Today I want to cover three things: the new data, …" is a pitch in three parts.
  const laidOut = repHits(s, 'layouts')[0] ?? countedOut(s, fresh) ?? laidOutInOrder(s);
  if (laidOut !== undefined && (intro === undefined || !sameSentence(s, intro, laidOut))) {
    r.found.add('purpose', hitEvidence(s, laidOut, 'sets an agenda for the call: "{phrase}"'), 'agenda');
    return;
  }
  // After she has raised something an intent answers it, unless it is to learn ("I'd just like to ask you a few things").
  const pitch = intro ?? (fresh ? intent(s) : (learningIntent(s) ?? pitchingIntent(s))) ?? planNamed(s);
  if (pitch === undefined) {
    // "Thirty seconds and I'm out." frames the call in time: a purpose, but none built around the HCP.
    // "Give me two minutes for a few questions, no sales talk." spends the time on her: an agenda.
    const frame = timeFrame(s, r.prev);
    if (frame !== undefined && spentOnHer(s, frame))
      r.found.add('purpose', hitEvidence(s, frame, 'sets a time frame for questions to the HCP: "{phrase}"'), 'agenda');
    else if (frame !== undefined)
      r.found.add('purpose', hitEvidence(s, frame, 'sets a time frame for the call: "{phrase}"'), 'pitch');
    return;
  }
  // "I'm here to hear how your team handles…", or a plan built on what she said last time ("you
  // mentioned…"), is a reason built around the HCP, not a pitch.
  // "my plan is to use the greater part of it hearing how…": the learning may come later in the sentence.
  // "I wanted you to be among the first to hear about it": she is the one to hear, so the rep learns nothing.
  const hers = s.text.tokens[pitch.t1 - 1]?.w === 'to' && s.text.tokens[pitch.t1 - 2]?.w === 'you';
  // "What I'm mostly curious about is where you've landed…": the plan's own words are to learn.
  const learnsInPlan = pitch.phrase.split(' ').some((w) => PLAN_LEARNS.has(w));
  // "What I want is for you to hear about Normavyn": the one to learn is her, so the rep learns nothing.
  const { tokens } = s.text;
  const to = (h: PhraseHit) => (tokens[h.t0]!.w === 'to' ? h.t0 : h.t0 - 1);
  const mine = (h: PhraseHit) => !(tokens[to(h)]?.w === 'to' && HEARERS.has(tokens[to(h) - 1]?.w ?? ''));
  // "I'm here for a few minutes of listening, not a pitch": the call's minutes spent on her.
  const spent = (h: PhraseHit) => tokens[h.t0 - 1]?.w === 'of' && CALL_UNITS.has(tokens[h.t0 - 2]?.w ?? '');
  const learn = hers
    ? undefined
    : learnsInPlan
      ? pitch
      : (s.hits.all('rep.learnAbout').find((h) => h.t0 >= pitch.t0 && mine(h) && !asksHerTo(s, h)) ??
        repHits(s, 'learnVerbs').find(
          (h) => h.t0 >= pitch.t1 && h.t0 <= pitch.t1 + LEARN_REACH && learnsWhat(s, h) && mine(h) && !asksHerTo(s, h),
        ) ??
        repHits(s, 'learnVerbs').find(
          (h) => h.t0 >= pitch.t1 && sameSentence(s, pitch, h) && learnsAt(s, h) && mine(h),
        ) ??
        afterColon(s, pitch) ??
        repHits(s, 'learnVerbs').find((h) => h.t0 >= pitch.t1 && sameSentence(s, pitch, h) && spent(h)));
  if (learn !== undefined)
    r.found.add(
      'purpose',
      hitEvidence(s, pitch, `sets a purpose around the HCP: "{phrase} … ${learn.phrase}"`),
      'agenda',
    );
  else r.found.add('purpose', hitEvidence(s, pitch, 'says why they are here, a pitch: "{phrase}"'), 'pitch');
}

/** Words of a named plan that make it one to learn ("what I'm curious about", "what I want to understand"). */
const PLAN_LEARNS = new Set(['curious', 'understand', 'learn', 'hear']);

/** Verbs of putting patients on the product. */
const START = new Set([
  'start',
  'started',
  'starting',
  'switch',
  'switched',
  'switching',
  'prescribe',
  'prescribing',
  'onto',
  'move',
  'moving',
  'shift',
  'shifting',
  'transition',
  'transitioning',
]);

/** The plan's own clause puts her patients on the named product, with nothing to learn in the sentence. */
function getsThemOn(r: RepTurn, agenda: PhraseHit): boolean {
  const { tokens, sentences } = r.s.text;
  const k = tokens[agenda.t0]!.sent;
  if (repHits(r.s, 'learnVerbs').some((h) => tokens[h.t0]!.sent === k)) return false;
  // "My aim today: to shift your patients to Joravex": the plan runs on past its colon.
  const colon = agenda.t1 < sentences[k]!.t1 && colonBefore(r.s.text, agenda.t1);
  const [, end] = clauseAround(r.s.text, colon ? agenda.t1 : agenda.t1 - 1, sentences[k]!.t0, sentences[k]!.t1);
  for (let i = agenda.t1; i < end; i++) if (START.has(tokens[i]!.w)) return namesIn(r.conv, r.s, i, end);
  return false;
}

/** "…ask you to…": the phrase's "ask" puts a request to her. */
function asksHerTo(s: Said, h: PhraseHit): boolean {
  const { tokens } = s.text;
  if (h.phrase.endsWith('ask you')) return tokens[h.t1]?.w === 'to';
  return h.phrase.endsWith('ask') && tokens[h.t1]?.w === 'you' && tokens[h.t1 + 1]?.w === 'to';
}

/** Words that spend a time frame on asking and listening. */
const ON_HER = new Set([
  'questions',
  'question',
  'ask',
  'asking',
  'hear',
  'hearing',
  'listen',
  'listening',
  'learn',
  'understand',
]);

/** The sentence of the time frame spends it on questions to her, not on a pitch. */
function spentOnHer(s: Said, frame: PhraseHit): boolean {
  const k = s.text.tokens[frame.t0]!.sent;
  return sentenceHasWord(s, k, ON_HER) || sheTalks(s, k);
}

/** Most words between "you" and "talking" in "I'd like you doing most of the talking". */
const TALK_REACH = 6;

/** "…you doing most of the talking", "you do the talking": the time is hers to talk in. */
function sheTalks(s: Said, k: number): boolean {
  const { tokens } = s.text;
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0; i < t1; i++)
    if (tokens[i]!.w === 'you')
      for (let j = i + 1; j < Math.min(t1, i + TALK_REACH); j++) if (tokens[j]!.w === 'talking') return true;
  return false;
}

/** What the rep means to learn is the HCP's practice ("how you're handling…", "your patients"); "a bit about you" is small talk. */
function learnsWhat(s: Said, h: PhraseHit): boolean {
  const { t1 } = s.text.sentences[s.text.tokens[h.t0]!.sent]!;
  for (let i = h.t1; i < t1; i++) if (ASKS_WHAT.has(s.text.tokens[i]!.w)) return true;
  return false;
}

/** "My plan: about ten minutes. I'd mostly listen first, how you're…": a plan named before a colon runs on into the next sentence. */
function afterColon(s: Said, plan: PhraseHit): PhraseHit | undefined {
  if (plan.t1 >= s.text.tokens.length || !colonBefore(s.text, plan.t1)) return undefined;
  const next = s.text.tokens[plan.t0]!.sent + 1;
  return repHits(s, 'learnVerbs').find((h) => s.text.tokens[h.t0]!.sent === next && learnsWhat(s, h));
}

/** "hearing how…", "understanding where…": what the rep means to learn follows the verb at once. */
function learnsAt(s: Said, h: PhraseHit): boolean {
  const next = s.text.tokens[h.t1];
  return next !== undefined && next.sent === s.text.tokens[h.t0]!.sent && ASKS_WHAT.has(next.w);
}
