// Whether an HCP turn says no to what the rep put to it: an opening "No." that nothing she takes on
// undoes, or a refusal; a carve-out that takes the step for the rest is no no.
import type { HcpTurn } from './found.js';
import type { Ask } from './hcp-asked.js';
import { confirmsAfterNo } from './hcp-confirms.js';
import type { Stay } from './hcp-stay.js';
import { acceptsTime } from './hcp-when.js';
import { untilThen } from './hcp-yes-if.js';
import type { PhraseHit } from './phrases.js';
import { hcpHits, hitEvidence, type Said } from './said.js';

/** An opening refusal, however it is spelled ("Nope.", "Nah."). */
export const NO = new Set(['no', 'nope', 'nah']);

/** Words after an opening "no" that make it no refusal ("No problem", "No worries", "No doubt"). */
const SOFT_NO = new Set(['problem', 'problems', 'worries', 'doubt', 'question', 'rush', 'stay', 'sit']);

/** "No more time.", "No time today.": her clock, a time cue, not a no to the ask. */
const noTimeLeft = (s: Said): boolean =>
  [s.text.tokens[1]?.w, s.text.tokens[2]?.w].includes('time') && s.text.tokens[1]?.sent === 0;

/** "I'll pass them on to the nurses": a "pass" that hands something on says no to nothing. */
const passesOn = (s: Said, d: PhraseHit): boolean => hcpHits(s, 'passAlong').some((x) => x.t0 < d.t1 && x.t1 > d.t0);

/** Things she asks of the rep ("Send me…", "Bring me…"): no task she takes on herself. */
const ASKS_REP = /^(?:send me|bring me|bring a|walk me|put the|get me)\b/;

/** Adds `declines` when the turn says no; `timeNamed` is the time she names, `stay` her no to the rep leaving. */
export function readDecline(h: HcpTurn, asked: Ask | undefined, timeNamed: boolean, stay: Stay | undefined): void {
  const { s } = h;
  if (asked !== undefined) {
    // "No problem, …" and "I wouldn't say I'm against it" are no no: a "no" that softens, a no denied.
    const opensNo =
      NO.has(s.text.tokens[0]?.w ?? '') &&
      !SOFT_NO.has(s.text.tokens[1]?.w ?? '') &&
      !noTimeLeft(s) &&
      stay === undefined &&
      confirmsAfterNo(s) === undefined;
    // "No. Send me the numbers. Then we'll see.": after a no, only a task she takes on herself undoes it.
    const takesOn = timeNamed || hcpHits(s, 'selfCommit').some((x) => !ASKS_REP.test(x.phrase));
    const deniedNo = hcpHits(s, 'willing').filter((x) => s.text.tokens.slice(x.t0, x.t1).some((t) => t.info.neg));
    const decline =
      opensNo && !takesOn
        ? { t0: 0, t1: 1, phrase: 'no', list: '' }
        : [...hcpHits(s, 'decline'), ...hcpHits(s, 'refusal')].find(
            (d) => !deniedNo.some((x) => x.t0 < d.t1 && x.t1 > d.t0) && !passesOn(s, d) && !untilThen(s, d.t1),
          );
    // "Not for my dialysis patients, but I'll try two." carves out a group and takes the step for the rest.
    // The carve-out is one sentence: "Not me. … Send me the number and we'll see." still says no.
    // "We've stopped doing them on Thursdays, but Tuesday works." moves the step to a day she takes.
    const takesRest =
      decline !== undefined &&
      [...hcpHits(s, 'selfCommit'), acceptsTime(s, timeNamed)].some(
        (x) => x !== undefined && x.t0 >= decline.t1 && s.text.tokens[x.t0]!.sent === s.text.tokens[decline.t0]!.sent,
      );
    if (decline !== undefined && !takesRest) h.found.add('declines', hitEvidence(s, decline, 'says no: "{phrase}"'));
  } else {
    // "Maybe. Not this cycle, though.": a refusal says no to the pitch, asked for or not.
    const refusal = hcpHits(s, 'refusal')[0];
    if (refusal !== undefined) h.found.add('declines', hitEvidence(s, refusal, 'says no: "{phrase}"'));
  }
}
