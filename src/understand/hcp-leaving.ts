// "I really must go", "We've honestly got to run", "I'd better head off": she has to leave, however many
// adverbs sit between who, must and go. The lists say which words are which (hcp.mustLeave, hcp.leaveVerb).
import type { PhraseHit } from './phrases.js';
import { hasHcp, hcpHits, type Said } from './said.js';
import { endsClause } from './text-clauses.js';

/** Who leaves: she, or her team ("we"). */
const SUBJECTS = new Set(['i', "i've", "i'd", 'we', "we've", "we'd"]);
/** Words after the verb that keep it about leaving: "go now", "head off", "run, sorry". */
const PARTICLES = new Set(['now', 'soon', 'off', 'out', 'back', 'along', 'shortly', 'in', 'too', 'then', 'anyway']);
/** At most this many words (adverbs: "really", "honestly", "do") between subject, must and the verb. */
const GAP = 2;

/** The first "I must go" of the turn: not asked, not denied, its verb ending the clause or followed by a particle. */
export function mustLeave(s: Said): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const must of hcpHits(s, 'mustLeave')) {
    const sent = sentences[tokens[must.t0]!.sent]!;
    if (sent.q) continue;
    // "Let me get back to my list": "let me" is who and must at once.
    const letMe = must.phrase === 'let me';
    const who = letMe ? must.t0 : subjectBefore(s, must.t0, sent.t0);
    const go = hcpHits(s, 'leaveVerb').find((v) => v.t0 >= must.t1 && v.t0 <= must.t1 + GAP) ?? getAway(s, must.t1);
    if (who < 0 || go === undefined || !plainBetween(s, who, go.t0) || go.t0 >= sent.t1) continue;
    const next = tokens[go.t1];
    if (go.t1 < sent.t1 && !next!.breakBefore && !PARTICLES.has(next!.w)) continue;
    // "Let me go back to what you said" returns to the talk; "Let me go back to my report" to her work.
    if (letMe && !backToHerWork(s, go.t1, sent.t1)) continue;
    return {
      list: 'hcp.mustLeave',
      phrase: s.text.raw.slice(tokens[who]!.start, tokens[go.t1 - 1]!.end).toLowerCase(),
      t0: who,
      t1: go.t1,
    };
  }
  return undefined;
}

/** "get back", "get in there", "get over to the ward": "get" moving her somewhere ("I need to get the labs" stays). */
function getAway(s: Said, from: number): PhraseHit | undefined {
  const { tokens } = s.text;
  for (let i = from; i <= from + GAP && i < tokens.length - 1; i++)
    if (tokens[i]!.w === 'get' && GETS_AWAY.has(tokens[i + 1]!.w)) return { list: '', phrase: 'get', t0: i, t1: i + 1 };
  return undefined;
}
const GETS_AWAY = new Set(['back', 'in', 'over', 'along', 'out']);

/** After "let me go back": nothing more, or "to my …", "to it". */
function backToHerWork(s: Said, at: number, end: number): boolean {
  const { tokens } = s.text;
  let i = at;
  while (i < end && (tokens[i]!.w === 'back' || tokens[i]!.w === 'in')) i++;
  if (i >= end || tokens[i]!.breakBefore) return i > at;
  return tokens[i]!.w === 'to' && (tokens[i + 1]?.w === 'my' || tokens[i + 1]?.w === 'it');
}

/** "I'm going.", "I'm off now", "We're heading out": she is leaving as she speaks, the clause ends there. */
export function leavingNow(s: Said): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!BEING.has(t.w) || sentences[t.sent]!.q) continue;
    const go = tokens[i + 1]!;
    if (go.sent !== t.sent || go.breakBefore || !GOING.has(go.w)) continue;
    const next = tokens[i + 2];
    if (endsClause(s.text, i + 1) || PARTICLES.has(next!.w))
      return { list: 'hcp.leaving', phrase: `${t.w} ${go.w}`, t0: i, t1: i + 2 };
  }
  return undefined;
}
const BEING = new Set(["i'm", "we're"]);
const GOING = new Set(['going', 'off', 'leaving', 'heading', 'gone']);

/** The subject a few words before `at` in its sentence, or -1. */
function subjectBefore(s: Said, at: number, start: number): number {
  for (let i = at - 1; i >= Math.max(start, at - 1 - GAP); i--) if (SUBJECTS.has(s.text.tokens[i]!.w)) return i;
  return -1;
}

/** No clause break or denial between the subject and the verb: "I don't have to go" stays. */
function plainBetween(s: Said, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = s.text.tokens[i]!;
    if (t.breakBefore || t.info.neg) return false;
  }
  return true;
}

/** Goodbyes that close a visit: "Take care.", "Bye, Chris.", "Good seeing you." ("See you Tuesday" agrees to a step). */
const GOODBYES = new Set([
  'bye',
  'take care',
  'good seeing you',
  'nice seeing you',
  'thanks for coming',
  'thanks for stopping',
]);
/** "Great to see you": the words before "to see you" that make it a goodbye late in a call. */
const GLAD = new Set(['good', 'great', 'nice', 'lovely', 'pleasure']);

/**
 * "Yeah, yeah. Great to see you, Chris." past the opening, before the rep has said goodbye: she ends the visit
 * herself. The last sentence of her turn says goodbye; the rep's turn before it did not.
 */
export function sendsOff(s: Said, rep: Said | undefined): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  const last = sentences.at(-1);
  if (last === undefined || last.q || rep === undefined || hasHcp(rep, 'farewell')) return undefined;
  const bye = hcpHits(s, 'farewell').find((h) => h.t0 >= last.t0 && GOODBYES.has(h.phrase));
  if (bye !== undefined) return bye;
  for (let i = last.t0 + 1; i < last.t1 - 2; i++)
    if (tokens[i]!.w === 'to' && tokens[i + 1]!.w === 'see' && tokens[i + 2]!.w === 'you' && GLAD.has(tokens[i - 1]!.w))
      return { list: 'hcp.farewell', phrase: `${tokens[i - 1]!.w} to see you`, t0: i - 1, t1: i + 3 };
  return undefined;
}
