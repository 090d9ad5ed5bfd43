// Time pressure in an HCP turn, in any of the shapes it takes: a phrase of the time-cue list said of now and
// of her own clock, an appointment due, having to leave, a goodbye said first, her workplace full or her work
// waiting. Read for hcp-cues.ts; the minutes she says she has are read in hcp-minutes.ts.
import { appointmentAt } from './hcp-appointment.js';
import type { HcpTurn } from './found.js';
import { leavingNow, mustLeave, sendsOff } from './hcp-leaving.js';
import { placeFull, workWaits } from './hcp-busy-place.js';
import type { PhraseHit } from './phrases.js';
import { hcpHits, wordIn, type Said } from './said.js';
import { WEEKDAYS } from './calendar.js';

/** The turn's first sign of time pressure, if any. */
export function timeCueIn(h: HcpTurn): PhraseHit | undefined {
  const { s } = h;
  const workload = hcpHits(s, 'workload');
  return (
    hcpHits(s, 'timeCue').find(
      (x) =>
        !workload.some((w) => w.t0 <= x.t0 && w.t1 >= x.t1) &&
        !asksAboutRep(h, s.text.tokens[x.t0]!.sent) &&
        !notNow(s, x.t1) &&
        !takesObject(s, x.t1) &&
        !habitual(s, x.t0) &&
        (x.phrase !== 'quickly' || x.t0 === s.text.sentences[s.text.tokens[x.t0]!.sent]!.t0),
    ) ??
    nowOnly(s, appointmentAt(s)) ??
    mustLeave(s) ??
    leavingNow(s) ??
    (h.conv.repTurns >= 2 ? sendsOff(s, h.prev) : undefined) ??
    quickFirst(s) ??
    placeFull(s) ??
    workWaits(s)
  );
}

/** "Quick, eh.", "Fast, please.": one word on speed, alone in the turn's first clause, hurries the rep ("Quick question:" asks). */
function quickFirst(s: Said): PhraseHit | undefined {
  const [first, next] = s.text.tokens;
  if (first === undefined || !HURRY.has(first.w)) return undefined;
  return next === undefined || next.breakBefore || next.sent !== first.sent
    ? { list: 'hcp.timeCue', phrase: first.w, t0: 0, t1: 1 }
    : undefined;
}
const HURRY = new Set(['quick', 'quickly', 'fast', 'briefly']);

/** "I'm leaving them alone", "I'm going it alone", "I have a patient who…", "…in mind": a verb with an object says what she does or has, not that she is off. */
const OBJECTS = new Set(['them', 'it', 'that', 'those', 'these', 'him', 'her', 'alone', 'well', 'who']);
const takesObject = (s: Said, at: number): boolean => {
  const tok = s.text.tokens[at];
  if (tok === undefined || tok.breakBefore) return false;
  // "I have a patient in mind" has one lined up; "I've got a patient in room six" is waiting.
  return OBJECTS.has(tok.w) || (tok.w === 'in' && s.text.tokens[at + 1]?.w === 'mind');
};

/** Words placing the time somewhere other than now: "a patient Friday", "been waiting months", "two minutes ago". */
const ELSEWHEN = new Set<string>(['ago', 'yesterday', 'tomorrow', ...WEEKDAYS, 'weeks', 'months', 'years']);
/** Words undoing the appointment in the cue's own clause: "my four o'clock didn't show" ("can't keep them waiting" keeps it). */
const UNDONE = new Set([
  "didn't",
  "wasn't",
  "weren't",
  'never',
  'cancelled',
  'canceled',
  'rescheduled',
  'moved',
  'no-showed',
  'no-show',
]);

/**
 * "My four o'clock didn't show", "I've got a patient Friday", "someone who's been waiting months": the
 * words after the cue put the pressure in the past, another day or someone else's life, or undo it.
 */
export function notNow(s: Said, from: number): boolean {
  const { tokens, sentences } = s.text;
  const sent = sentences[tokens[from - 1]!.sent]!;
  let clause = true;
  for (let i = from; i < sent.t1; i++) {
    const t = tokens[i]!;
    clause &&= !t.breakBefore;
    if (ELSEWHEN.has(t.w) || (clause && UNDONE.has(t.w))) return true;
  }
  return false;
}

/** Spans of time before the cue in its sentence: "With each new agent I get four weeks of nurses paging me" tells her routine. */
const SPANS = new Set(['weeks', 'months', 'years']);
const habitual = (s: Said, at: number): boolean => wordIn(s, s.text.sentences[s.text.tokens[at]!.sent]!.t0, at, SPANS);

const nowOnly = (s: Said, h: PhraseHit | undefined) => (h === undefined || notNow(s, h.t1) ? undefined : h);

/** Auxiliaries that open a yes/no question ("Are you…", "So is it…"). */
export const AUX = new Set(['are', 'is', 'do', 'did', 'were', 'have', 'has']);

/** "Are you guys slammed too?": a question about the rep's day, small talk, not the HCP's own clock. */
function asksAboutRep(h: HcpTurn, k: number): boolean {
  const sent = h.s.text.sentences[k];
  if (sent === undefined || !sent.q) return false;
  const t = h.s.text.tokens;
  return AUX.has(t[sent.t0]?.w ?? '') && t[sent.t0 + 1]?.w === 'you';
}

/** "I have a patient." read as her clock is no patient lined up for the product (hcp-response.ts). */
export function inTimeCue(h: HcpTurn, x: PhraseHit): boolean {
  const cue = h.found.get('time_cue');
  const { tokens } = h.s.text;
  return cue !== undefined && tokens[x.t0]!.start >= cue.start && tokens[x.t1 - 1]!.end <= cue.end;
}
