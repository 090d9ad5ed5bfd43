// How an HCP turn answers what the rep put to it: agrees (plainly or taking part), agrees on a
// condition, brushes it off or declines; an HCP who asks for the next step unprompted agrees too.
import type { HcpTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hasIn, hcpHits, hitEvidence, sameSentence, sentenceEvidence, type Said } from './said.js';
import { alreadyAgreed, askedBefore } from './hcp-asked.js';
import { confirmsAfterNo } from './hcp-confirms.js';
import { demandThenYes } from './hcp-demand.js';
import { conditionIn, endsAgreeing, HEDGES } from './hcp-yes-if.js';
import { yesToLeaveBehind } from './hcp-leave-behind.js';
import { isBare, isHollow } from './hcp-bare-yes.js';
import { goAhead, saysListening } from './hcp-go-ahead.js';
import { instructs } from './hcp-instructs.js';
import { trailingYes } from './hcp-trailing-yes.js';
import { handsOffToPlace, routesToName, sendsAway, toScheduler } from './hcp-routes.js';
import { inTimeCue } from './hcp-time-cue.js';
import { noToLeaving } from './hcp-stay.js';
import { NO, readDecline } from './hcp-declines.js';
import { acceptsTime, dayBefore, grantsMinutes, movesTime, namesTime, ownTime, WORKS } from './hcp-when.js';
import { agreementAtStart, brushWords, othersDo, SETTLED, welcomesTopic } from './hcp-yes-words.js';

/** A yes said plainly, "please" or not. */
const PLAIN_YES = new Set(['yes', 'please yes', 'yes please']);
/** Goodbyes that greet as well: in her first turn they open the call. */
const GREETINGS = new Set([
  'good to see you',
  'nice to see you',
  'great to see you',
  'lovely to see you',
  'a pleasure to see you',
]);
/** Brush-off words that only brush off when they close their sentence. */
const ENDS_SENTENCE = new Set(['whatever', "we'll see", 'if you want', 'if you like', "if you'd like"]);

/** Modals that hedge as an opening of their own ("It might.", "Could be."). */
const MAYBE = new Set(['might', 'could', 'may']);

/** The sentence is the shrug and at most a filler before it ("Hm. We'll see.", "We'll see."). */
function shrugAlone(s: Said, t0: number): boolean {
  const sent = s.text.sentences[s.text.tokens[t0]?.sent ?? -1];
  return sent !== undefined && t0 - sent.t0 <= 1 && s.text.sentences.length <= 2;
}

/** "Mr. Alvarez, probably. He's in Thursday.": a task taken on for a named time answers the ask with a yes. */
function takesTask(h: HcpTurn, timeNamed: boolean, brush: PhraseHit | undefined): PhraseHit | undefined {
  if (!timeNamed || h.found.hasObjection()) return undefined;
  return hcpHits(h.s, 'selfCommit').find((x) => brush === undefined || x.t1 <= brush.t0 || x.t0 >= brush.t1);
}

/** "Sure, but I only have five minutes.": the yes is taken back by the limit that follows it. */
function undercutByTime(h: HcpTurn, agree: PhraseHit): boolean {
  if (!h.found.has('time_cue')) return false;
  const { tokens, sentences } = h.s.text;
  const end = sentences[tokens[agree.t0]?.sent ?? -1]?.t1 ?? agree.t1;
  for (let i = agree.t1; i < end; i++) if (tokens[i]!.w === 'but' || tokens[i]!.w === 'though') return true;
  return false;
}

/** Whether a sentence after the hit's own asks the rep something. */
function asksAfter(s: Said, x: PhraseHit): boolean {
  const sents = s.text.sentences;
  for (let k = s.text.tokens[x.t0]!.sent + 1; k < sents.length; k++) if (sents[k]!.q) return true;
  return false;
}

export function readResponse(h: HcpTurn): void {
  const { s } = h;
  // "Maybe. I need to run it by my partners first.": a hedged opening makes the condition that follows a yes-if.
  const opening = s.text.sentences[0];
  const hedged =
    opening !== undefined &&
    s.text.sentences.length > 1 &&
    opening.t1 > opening.t0 &&
    opening.t1 - opening.t0 <= 2 &&
    (HEDGES.has(s.text.tokens[opening.t1 - 1]!.w) || MAYBE.has(s.text.tokens[opening.t1 - 1]!.w));
  const condition = s.text.sentences
    .map((_, k) => k)
    .find(
      // "Why switch, if their numbers are fine?" asks; it agrees to nothing.
      // "Provided it helps with LDL, what would be a reasonable next move?" opens on its condition.
      (k) =>
        (!s.text.sentences[k]!.q || s.hits.at('hcp.condition', s.text.sentences[k]!.t0) !== undefined) &&
        conditionIn(s, k) &&
        (hasIn(s, 'hcp.willing', k) || endsAgreeing(s, k) || (hedged && k > 0)),
    );
  // "Send me the shingles data first.": what the HCP wants before deciding is a condition, not a yes.
  // "Get it on formulary and I'll use it." asks for the same, then the yes.
  const firstAt = s.text.sentences.findIndex(
    // "Maybe. Let me read the data first.": after a hedge, what she will do first is the condition.
    (q, k) => !q.q && s.text.tokens[q.t1 - 1]?.w === 'first' && (hasIn(s, 'hcp.selfCommit', k) || (hedged && k > 0)),
  );
  const first = firstAt >= 0 ? firstAt : (demandThenYes(s) ?? -1);
  const prerequisite = first >= 0 && condition === undefined;
  if (condition !== undefined) h.found.add('conditional', sentenceEvidence(s, condition, 'agrees only on a condition'));
  else if (prerequisite) h.found.add('conditional', sentenceEvidence(s, first, 'asks for something first'));
  const asked = askedBefore(h);
  // "Whatever." brushes off; "whatever the plan covers" does not; nor "We'll see a lot more of them": these end their sentence.
  // "If you can show me the savings, I'll look at it." puts a condition on looking: no brush-off.
  let brush = hcpHits(s, 'brushOff').find(
    (h) =>
      (!ENDS_SENTENCE.has(h.phrase) || s.text.sentences[s.text.tokens[h.t0]!.sent]!.t1 === h.t1) &&
      s.text.tokens[h.t0]!.sent !== condition,
  );
  brush ??= handsOffToPlace(s);
  // "Good to see you." in her first turn greets; "Leave a card." then still waves the visit off.
  const herFirst = h.s.i === h.conv.repTurns;
  if (herFirst && GREETINGS.has(brush?.phrase ?? '')) brush = undefined;
  // "Let me have a think. … What's the experience in other units?": a question after it keeps the topic open.
  if (brush !== undefined && asksAfter(s, brush)) brush = undefined;
  // One regex per word: asked once per turn.
  const timeNamed = namesTime(s, brush);
  const start = agreementAtStart(s);
  // "Send me something." takes nothing on: its "send me" is the brush-off's, not a task.
  const route = asked === 'step' ? routesToName(s, h.prev) : undefined;
  // "Talk to Tanya." and nothing more sends the rep away; a route with a yes or a time takes part.
  const sentAway = route !== undefined && start === undefined && !timeNamed && sendsAway(s, route);
  if (sentAway) brush ??= route;
  // "Leave a few with Gina." accepts what it hands on; for a vague follow-up or a leave-behind, it takes no part.
  const handsOn = sentAway || toScheduler(s, brush) ? undefined : route;
  if (handsOn !== undefined && brush !== undefined && sameSentence(s, brush, handsOn)) brush = undefined;
  const routed = h.conv.timeline.asks.at(-1)?.specific === true ? handsOn : undefined;
  const committed =
    hcpHits(s, 'selfCommit').some(
      (x) => (brush === undefined || x.t1 <= brush.t0 || x.t0 >= brush.t1) && !brushWords(s, x) && !inTimeCue(h, x),
    ) ||
    timeNamed ||
    routed !== undefined;
  // "Go." to "Sound good?" hands her the floor; to "Thanks for the four minutes." it sends the rep off.
  const go = goAhead(s, h.prev?.text.sentences.some((x) => x.q) === true);
  // "Ten minutes I can do." grants the time the rep asked for: a yes in itself.
  const granted = grantsMinutes(s, h.prev);
  const phrase =
    hcpHits(s, 'agree').find((x) => !othersDo(s, x) && !brushWords(s, x) && !welcomesTopic(s, x)) ??
    go ??
    acceptsTime(s, timeNamed) ??
    granted ??
    movesTime(s) ??
    trailingYes(s) ??
    takesTask(h, timeNamed, brush) ??
    handsOn ??
    (asked === 'step' && NO.has(s.text.tokens[0]?.w ?? '') ? confirmsAfterNo(s) : undefined) ??
    (asked === 'step' ? dayBefore(s, ownTime(s), brush) : undefined);
  const bare = isBare(s, committed);
  // Agreement to an agenda is a yes in itself; "Okay. I have ten minutes." is not; to a pitch only "go ahead" is.
  const agree =
    asked === 'pitch' ? phrase : asked === 'agenda' ? (phrase ?? (bare ? start : undefined)) : (phrase ?? start);
  // "Possibly. I really must go.": a hedge to the ask, then her clock, puts the step off.
  if (
    brush === undefined &&
    asked === 'step' &&
    hedged &&
    condition === undefined &&
    !committed &&
    h.found.has('time_cue')
  )
    brush = { list: 'hcp.brushOff', phrase: s.text.tokens[0]!.w, t0: opening!.t0, t1: opening!.t1 };
  const stay = noToLeaving(h);
  readDecline(h, asked, timeNamed, stay);
  if (stay?.goOn !== undefined) {
    h.found.add('agrees', hitEvidence(s, stay.goOn, 'keeps the rep from leaving: "{phrase}"'), 'stay');
    return;
  }
  if (brush !== undefined && !committed) {
    // "Hm. We'll see." to a claim, with nothing asked, doubts the claim; to an ask it closes the topic.
    if (asked === undefined && brush.phrase === "we'll see" && shrugAlone(s, brush.t0))
      h.found.add('objection_other', hitEvidence(s, brush, 'doubts it quietly: "{phrase}"'));
    else h.found.add('brush_off', hitEvidence(s, brush, 'closes the topic without committing: "{phrase}"'));
    return;
  }
  if (asked === undefined) {
    // "Send me the table.": the HCP asks for the next step before the rep does ("I've got two minutes" is no step).
    if (h.prev === undefined || h.found.has('time_cue') || prerequisite) return;
    const own = hcpHits(s, 'selfCommit').find(
      (x) => x.t0 === s.text.sentences[s.text.tokens[x.t0]!.sent]!.t0 && !brushWords(s, x),
    );
    if (h.found.has('brush_off')) return;
    if (own !== undefined)
      h.found.add('agrees', hitEvidence(s, own, 'asks for the next step: "{phrase}"'), 'committed');
    else if (brush === undefined) {
      // "Send the model through, blank.": any instruction to the rep takes the step on ("Leave it with me." does not).
      const told = s.text.sentences.findIndex((_, k) => instructs(s, k));
      if (told >= 0) h.found.add('agrees', sentenceEvidence(s, told, 'tells the rep the next step'), 'committed');
    }
    return;
  }
  // "That's reasonable. … Provided it helps, …": a plain yes beside a condition is the condition, not a yes as well.
  if (agree === undefined || prerequisite || h.found.has('declines') || undercutByTime(h, agree)) return;
  if (condition !== undefined && !committed) return;
  if (hcpHits(s, 'sarcasm').length > 0) return;
  // "It might. I'd have to loop in Dana…": the taking part sits inside the condition; the yes is the conditional.
  if (condition !== undefined && s.text.tokens[agree.t0]?.sent === condition && hedged) return;
  // "Okay, thanks. Have a good evening." is a goodbye, not an answer to the ask.
  if (bare && hcpHits(s, 'farewell').length > 0) return;
  // A plain "Yes." answers the ask; a bare "Sure." or "Fine." to a request for commitment closes it.
  // "Yes, by all means. Sounds excellent." is enthusiasm with nothing in it: neither a plain yes nor an explicit one.
  const hollow = isHollow(s, committed);
  const plainYes =
    ((s.text.tokens[0]?.w === 'yes' && s.text.tokens[1]?.w !== 'yes') ||
      PLAIN_YES.has((phrase ?? start)?.phrase ?? '')) &&
    !hollow;
  // "That works." to "Thursday the 14th?" takes the time; "Sure." to the same does not.
  const takesTime = phrase !== undefined && WORKS.has(phrase.phrase) && h.conv.timeline.asks.at(-1)?.specific === true;
  // "Okay, let's try it." and "Sure, do that." commit in few words; a bare "Sure." does not.
  const explicit =
    !hollow &&
    (phrase?.phrase.startsWith("let's") === true ||
      go !== undefined ||
      (granted !== undefined && phrase === granted) ||
      SETTLED.has((phrase ?? start)?.phrase ?? ''));
  const vague = !committed && yesToLeaveBehind(h);
  if (saysListening(s)) return;
  if ((bare || vague || hollow) && asked === 'step' && !plainYes && !takesTime && !explicit && !alreadyAgreed(h))
    h.found.add('brush_off', hitEvidence(s, agree, 'a bare "{phrase}" to a request for commitment'));
  else
    h.found.add(
      'agrees',
      hitEvidence(s, agree, committed ? 'agrees and takes part: "{phrase}"' : 'agrees: "{phrase}"'),
      committed ? 'committed' : 'plain',
    );
}
