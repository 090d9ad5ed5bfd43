// "Have her ask for Grace.", "Talk to Gina to book the room.", "Leave them with Tasha.", "I'll tell Dana.":
// the HCP hands the rep's step to a named person on the team, which takes part in it. "Leave it at the
// front" and "Check with the front desk" name nobody: they send the rep away.
import { TITLES } from './titles.js';
import type { PhraseHit } from './phrases.js';
import { hasHcp, wordIn, type Said } from './said.js';
import { isAbbreviation } from './text-clauses.js';

const ROUTING = new Set([
  'talk',
  'ask',
  'have',
  'leave',
  'send',
  'give',
  'call',
  'email',
  'see',
  'get',
  'bring',
  'book',
  'tell',
  'set',
  'take',
  'walk',
  'show',
  'train',
]);
const SOFTENERS = new Set(['just', 'then', 'so', 'and']);
/** Where a sentence's verb stands: its first word, or the next after a softener ("Just leave it…"). */
const verbAt = (s: Said, t0: number): number => (SOFTENERS.has(s.text.tokens[t0]?.w ?? '') ? t0 + 1 : t0);

/**
 * The HCP sends the rep to a named colleague, or takes on passing the step to one herself. `proposal` is
 * the rep's turn before: a route softened with "just" counts only to someone the rep's plan named.
 */
export const routesToName = (s: Said, proposal?: Said): PhraseHit | undefined =>
  sendsToName(s, proposal) ?? passesWord(s);

/** The first sentence opening on a routing verb that names somebody, after at most a filler ("Okay."). */
function sendsToName(s: Said, proposal: Said | undefined): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const sent of sentences) {
    // "Just leave it with Trish." after "I'll drop it with Trish tomorrow" takes the rep's own plan; "Just set
    // it up with Bev" to a plan that named nobody passes it off.
    const verb = verbAt(s, sent.t0);
    const softened = verb > sent.t0;
    if (sent.q || !ROUTING.has(tokens[verb]?.w ?? '')) continue;
    // The name is in the routing clause: "Leave me a card, I'll think about it." names nobody.
    for (let i = verb + 1; i < sent.t1 && !tokens[i]!.breakBefore; i++) {
      const tok = tokens[i]!;
      if (tok.w === 'i' || tok.w.startsWith("i'")) continue;
      const staff = tok.w === 'my' && wordIn(s, sent.t0, i, TEACH) ? staffAfter(s, i) : -1;
      if (staff >= 0)
        return {
          list: 'hcp.routes',
          phrase: `${tokens[verb]!.w} … my ${tokens[staff]!.w}`,
          t0: sent.t0,
          t1: staff + 1,
        };
      // "leave it w rosa", typed in lower case, names the Rosa of the rep's plan.
      const named = tok.cap || (tok.s !== '' && proposal?.text.tokens.some((t) => t.cap && t.w === tok.w) === true);
      if (named && !TITLES.has(tok.w) && !isAbbreviation(s.text, tok)) {
        if (softened && !proposal?.text.tokens.some((t) => t.w === tok.w)) break;
        return { list: 'hcp.routes', phrase: `${tokens[verb]!.w} … ${tok.w}`, t0: sent.t0, t1: i + 1 };
      }
    }
  }
  return undefined;
}

/** Her team, named by role: "take my IBD nurse through it" gives the step to her nurse as a name would. */
const STAFF = new Set([
  'nurse',
  'nurses',
  'ma',
  'team',
  'pharmacist',
  'educator',
  'coordinator',
  'fellow',
  'registrar',
  'resident',
]);

/** Verbs of a step done with her staff ("take my nurse through it"); "Leave the info with my nurse" hands her nothing to do. */
const TEACH = new Set(['take', 'walk', 'show', 'train']);

/** The staff word one or two words after "my" at i ("my nurse", "my IBD nurse"), or -1. */
function staffAfter(s: Said, i: number): number {
  for (let j = i + 1; j <= i + 2; j++) {
    const t = s.text.tokens[j];
    if (t === undefined || t.breakBefore) return -1;
    if (STAFF.has(t.w)) return j;
  }
  return -1;
}

/** Verbs that send the rep to someone ("Talk to Tanya.") rather than hand that person the rep's step. */
const SEND_AWAY = new Set(['talk', 'see', 'check', 'call', 'email']);

/**
 * "Talk to Tanya.": the route is the whole sentence and only sends the rep elsewhere, like "Talk to the
 * front desk." With a purpose ("Talk to Gina to book the room.") or a yes beside it, it takes part.
 */
export function sendsAway(s: Said, route: PhraseHit): boolean {
  const sent = s.text.sentences[s.text.tokens[route.t0]!.sent]!;
  const verb = s.text.tokens[verbAt(s, route.t0)]!.w;
  return SEND_AWAY.has(verb) && route.t0 === sent.t0 && route.t1 === sent.t1;
}

/** Verbs of passing word on after "I'll": "I'll tell Dana.", "I'll ask Gina to call you." */
const PASS = new Set(['tell', 'ask', 'let', 'have', 'get', 'loop', 'warn', 'text', 'call', 'email', 'message']);

/** "I'll tell Dana": a first-person will, a verb of passing word, and a name (capitalized, not "you"). */
function passesWord(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (let i = 0; i < tokens.length; i++) {
    // "I'll tell" or "I will tell": the verb one or two words on.
    const verb = tokens[i]!.w === "i'll" ? i + 1 : tokens[i]!.w === 'i' && tokens[i + 1]?.w === 'will' ? i + 2 : -1;
    const who = tokens[verb + 1];
    if (verb < 0 || who === undefined || !PASS.has(tokens[verb]!.w)) continue;
    if (who.sent === tokens[i]!.sent && who.cap && !who.num)
      return { t0: i, t1: verb + 2, phrase: s.text.raw.slice(tokens[i]!.start, who.end).toLowerCase(), list: '' };
  }
  return undefined;
}

/** Verbs of handing the rep's things or the rep elsewhere: "Stick them in there.", "Talk to reception." */
const HAND_OFF = new Set([
  'leave',
  'drop',
  'stick',
  'put',
  'pop',
  'toss',
  'throw',
  'slip',
  'hand',
  'book',
  'talk',
  'speak',
  'check',
]);
/** Where things are left, or the rep sent, when nobody in particular is to take part. */
const PLACES = new Set([
  'reception',
  'receptionist',
  'front',
  'desk',
  'there',
  'tray',
  'box',
  'pile',
  'counter',
  'mailbox',
  'pigeonhole',
  'cubby',
]);

/**
 * "Ha. Stick them in there.", "Talk to reception.", "Just book it with Bev at the front.": a sentence
 * opening on a hand-off verb with a drop-off place in its clause sends the rep and their things away.
 * "Leave it with Bev." names somebody and no place: a route (above), not a hand-off.
 */
export function handsOffToPlace(s: Said): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const sent of sentences) {
    const verb = verbAt(s, sent.t0);
    if (sent.q || !HAND_OFF.has(tokens[verb]?.w ?? '')) continue;
    for (let i = verb + 1; i < sent.t1 && !tokens[i]!.breakBefore; i++)
      // "Put a ninety-dollar copay in front of them" names no place.
      if (PLACES.has(tokens[i]!.w) && tokens[i + 1]?.w !== 'of')
        return { list: 'hcp.handOff', phrase: `${tokens[verb]!.w} … ${tokens[i]!.w}`, t0: sent.t0, t1: i + 1 };
  }
  return undefined;
}

/** Brush-offs that name who keeps the calendar: "she runs the schedule", "Bev does the calendar". */
const SCHEDULER = /^(?:keeps|does|runs|handles) (?:the|my) (?:calendar|schedule|diary)$/;

/**
 * "Get it on the books with Lorna; she runs the schedule.": the step passed to whoever keeps the calendar,
 * with nothing of her own in it, hands it off rather than taking part.
 */
export const toScheduler = (s: Said, brush: PhraseHit | undefined): boolean =>
  brush !== undefined && SCHEDULER.test(brush.phrase) && !hasHcp(s, 'selfCommit');
