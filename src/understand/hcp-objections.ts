// The HCP's objections by kind: a topic (cost, access, safety, evidence) read as pushback only when the
// sentence or the one beside it resists, and never when the HCP denies it is the concern.
import type { HcpTurn } from './found.js';
import { NEGATION } from './hcp-cues.js';
import { hasIn, hcpHits, hitEvidence, hitsIn, insideHit, saidOutright, sentenceEvidence, type Said } from './said.js';
import { deniedBy } from './negation.js';
import type { PhraseHit } from './phrases.js';
import { drugWorry } from './hcp-drug-worry.js';
import { echoDoubt } from './hcp-echo-doubt.js';
import { quotedWorry } from './hcp-quoted-worry.js';
import { carveOut } from './hcp-carve-out.js';
import { OBJECTION_TOPICS } from './objection-topics.js';
import { haveAlready } from './hcp-have-already.js';
import {
  agreesToIt,
  answersHowAreYou,
  asksWhatsNew,
  noneOf,
  patientsAlready,
  persuaded,
  physicianAssistant,
  wouldSolve,
} from './hcp-not-pushback.js';
import { weary } from './hcp-weary.js';
import { instructs } from './hcp-instructs.js';
import { inQuotes } from './quoted-speech.js';

/** Denying one of these denies the concern itself ("not a safety thing", "no data problem"). */
const CONCERN_NOUNS = new Set('safety|side|concern|concerns|issue|problem|risk|data|cost|coverage|evidence'.split('|'));

/** Negated copulas that deny what a concern is ("isn't the drug cost", "cost is not the issue"). */
const DENYING = new Set(["isn't", "aren't", "wasn't", 'not']);
/** Words that open the noun phrase a denial covers ("not the efficacy", "isn't about the price"). */
const DETERMINERS = new Set('the|a|an|my|our|your|their|its|this|that|about'.split('|'));
/** What a concern is called when the HCP says a topic is not it ("cost isn't the issue", "isn't what worries me"). */
const CONCERN_WORDS = new Set(
  'problem|issue|issues|concern|concerns|question|worry|worries|worried|bothers|barrier|obstacle|holdup'.split('|'),
);

/** "Our problem isn't the drug cost", "it's not about the price": the topic ends a denied noun phrase. */
function inDeniedPhrase(s: Said, t0: number): boolean {
  const tokens = s.text.tokens;
  for (let j = t0 - 1; j >= Math.max(0, t0 - 4); j--) {
    const t = tokens[j]!;
    if (t.sent !== tokens[t0]!.sent || tokens[j + 1]!.breakBefore) return false;
    if (DENYING.has(t.w)) return DETERMINERS.has(tokens[j + 1]!.w);
    // A verb or any other small word ends the phrase: "we're not paying the price" complains.
    if (t.s === '' && !DETERMINERS.has(t.w)) return false;
  }
  return false;
}

/** "Cost isn't the issue", "Bleeding isn't what worries me": the topic is said not to be the concern. */
function deniedAsConcern(s: Said, t1: number): boolean {
  const tokens = s.text.tokens;
  // The clause of the topic that ends at t1, or of the denial that starts there.
  const sent = (tokens[t1 - 1] ?? tokens[t1])!.sent;
  const inClause = (j: number) => tokens[j] !== undefined && tokens[j]!.sent === sent && !tokens[j]!.breakBefore;
  for (let j = t1; j < t1 + 3 && inClause(j); j++) {
    if (!DENYING.has(tokens[j]!.w)) continue;
    for (let m = j + 1; m < j + 4 && inClause(m); m++) if (CONCERN_WORDS.has(tokens[m]!.w)) return true;
    return false;
  }
  return false;
}

/** Sentence k says something is not the concern ("The efficacy isn't in question", "that's not my worry"). */
function deniesConcern(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0; i < t1; i++) if (DENYING.has(s.text.tokens[i]!.w) && deniedAsConcern(s, i)) return true;
  return false;
}

/** "The neuropathy is.": a short sentence, elliptical, that names the real concern. */
function endsOnCopula(s: Said, k: number, most = 4): boolean {
  const sent = s.text.sentences[k];
  return sent !== undefined && sent.t1 - sent.t0 <= most && COPULAS.has(s.text.tokens[sent.t1 - 1]!.w);
}

const COPULAS = new Set(['is', 'are', 'was', 'does', 'do']);

function isDenied(s: Said, t0: number, t1: number): boolean {
  const first = s.text.tokens[t0]!;
  return (CONCERN_NOUNS.has(first.w) && first.neg) || inDeniedPhrase(s, t0) || deniedAsConcern(s, t1);
}

/** Pushback words in sentence k that are not themselves denied ("I don't doubt the data", "no problem"). */
function pushesIn(s: Said, k: number, keys: readonly string[]): boolean {
  return keys.some((key) => hitsIn(s, key, k).some((x) => !s.text.tokens[x.t0]!.neg && !soWhatAsks(s, x)));
}

/** Words after "so what" that make it a question on ("So what about coverage?"), not "So what?". */
const ASKS_ON = new Set(['about', 'if', 'is', 'are', 'do', 'does', 'did', 'happens', 'would', 'will', 'can', 'should']);
const soWhatAsks = (s: Said, x: PhraseHit): boolean =>
  x.phrase === 'so what' && ASKS_ON.has(s.text.tokens[x.t1]?.w ?? '');

/** A negation in sentence k that denies something other than a worry ("it isn't covered", not "not worried"). */
function negationResists(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0; i < t1; i++) {
    if (!NEGATION.has(s.text.tokens[i]!.w)) continue;
    const j = deniedBy(s.text.tokens, i);
    const worry = j !== undefined && (CONCERN_WORDS.has(s.text.tokens[j]!.w) || hasResistanceAt(s, j));
    if (!worry) return true;
  }
  return false;
}

/** "The copay is $350 a month for most of them.": a sum said of a cost, with no cover beside it, is the barrier. */
function pricedAsBarrier(s: Said, k: number): boolean {
  // "Forty, fifty a month." counts patients: its "# a month" is no cost word of its own.
  if (!hasIn(s, 'hcp.amount', k) || !hitsIn(s, 'hcp.cost', k).some((x) => !x.phrase.includes('#'))) return false;
  const covered = (j: number) => j >= 0 && j < s.text.sentences.length && hasIn(s, 'hcp.costCovered', j);
  return !covered(k) && !covered(k + 1);
}

/** Words that open a prod ("And the cardiotoxicity?", "But the bleeding?"). */
const PRODS = new Set(['and', 'but']);

/** "And the cardiotoxicity?", "What about the stomach stuff?": a short question that only names a harm presses the rep on it, as a worry does. */
function proddedHarm(s: Said, k: number): boolean {
  const sent = s.text.sentences[k]!;
  const [a, b] = [s.text.tokens[sent.t0]?.w ?? '', s.text.tokens[sent.t0 + 1]?.w ?? ''];
  const prod = PRODS.has(a) || ((a === 'what' || a === 'how') && b === 'about');
  // Alone ("And the liver?", "What about phosphate?") it asks; with a reason beside it, or a "but"
  // against what the rep just said ("But the neutropenia?"), it presses.
  const alone = s.text.sentences.length === 1 && a !== 'but';
  return sent.q && sent.t1 - sent.t0 <= 6 && prod && !alone && hasIn(s, 'hcp.safety', k);
}

/** "The coverage gap": a cost phrase built on an access word is a cost, not a coverage barrier. */
function insideCost(s: Said, k: number, list: string, x: { t0: number; t1: number }): boolean {
  return (
    list === 'access' && hitsIn(s, 'hcp.cost', k).some((c) => c.t0 <= x.t0 && c.t1 >= x.t1 && c.t1 - c.t0 > x.t1 - x.t0)
  );
}

/** What a rep's turn says for the product or the call, beyond asking about her. */
const PITCHED = [
  'generic_benefit',
  'priority_link',
  'feature_dump',
  'rebuttal',
  'answers_question',
  'purpose',
] as const;

const hasResistanceAt = (s: Said, j: number): boolean =>
  s.hits.at('hcp.resistance', j) !== undefined || s.hits.at('hcp.safetyWorry', j) !== undefined;

/** "Most. Which ones aren't?" after the rep's coverage news asks which plans: an information question, not doubt. */
function asksAboutCoverage(h: HcpTurn, k: number): boolean {
  const prev = h.prev;
  return (
    h.s.text.sentences[k]!.q && prev !== undefined && prev.hits.has('hcp.access') && !prev.hits.has('hcp.evidence')
  );
}

export function readObjections(h: HcpTurn): void {
  const { s } = h;
  // "Here's the real issue: …" turns the call; the rep should follow.
  const kind = hcpHits(s, 'pivot').length > 0 ? 'pivot' : undefined;
  // "Wait, is that the same as what we already use?" is confusion, not contentment.
  const quo =
    hcpHits(s, 'statusQuo').find(
      (x) =>
        !hasIn(s, 'hcp.confusionCue', s.text.tokens[x.t0]!.sent) &&
        !patientsAlready(s, x) &&
        !noneOf(s, x) &&
        !agreesToIt(s, x) &&
        !wouldSolve(s, x) &&
        !inQuotes(s, x.t0) &&
        !answersHowAreYou(s, h.prev, x) &&
        !asksWhatsNew(s, x),
    ) ?? haveAlready(s);
  if (quo !== undefined)
    h.found.add('objection_status_quo', hitEvidence(s, quo, 'happy with what they do now: "{phrase}"'), kind);
  // "Sure it is." doubts; "Sure, it's a struggle." grants the point.
  const other = hcpHits(s, 'other').find((x) => saidOutright(s, x));
  if (other !== undefined) h.found.add('objection_other', hitEvidence(s, other, 'pushes back: "{phrase}"'), kind);
  const sents = s.text.sentences.map((_, k) => k);
  // "It takes forever" answers "What's hardest?" with a need; said against a pitch it pushes back.
  const asked = h.prev !== undefined && (h.conv.has(h.prev.i, 'open_question') || h.conv.has(h.prev.i, 'explore'));
  // Feeling about a topic is pushing back on it ("I simply adore nine unreturnable pens in my fridge").
  const pushing = asked
    ? ['hcp.resistance', 'hcp.inherentConcern', 'hcp.emotionCue']
    : ['hcp.resistance', 'hcp.inherentConcern', 'hcp.burden', 'hcp.emotionCue'];
  // "What's usually holding them?" → "Half the time the copay's ridiculous…": asked about her patients, with nothing
  // pitched, she tells what a price does to them; no pushback on the rep's product.
  // Asked about an objection she just raised ("Which part hurts more — the PA or the copay?"), she presses it.
  const pressed = (h.conv.timeline.objections.at(-1)?.turn ?? -2) >= h.s.i - 2;
  const discovery = asked && !pressed && !PITCHED.some((a) => h.conv.has(h.prev!.i, a));
  const pile = weary(s);
  const pushes = sents.map((k) => pushesIn(s, k, pushing) || pricedAsBarrier(s, k) || pile === k);
  const resists = sents.map((k) => pushes[k]! || negationResists(s, k));
  const worried = sents.map((k) => pushesIn(s, k, ['hcp.safetyWorry']) || proddedHarm(s, k));
  // "The price isn't the problem, the prior auth is.": a concern denied moves to what follows it.
  const contrast = sents.map(
    (k) =>
      OBJECTION_TOPICS.some(([, , key]) => hitsIn(s, key, k).some((x) => isDenied(s, x.t0, x.t1))) ||
      (deniesConcern(s, k) && endsOnCopula(s, k + 1)),
  );
  for (const k of sents) {
    const moved = contrast[k] || contrast[k - 1] === true;
    // Pushback may sit in the sentence next to the topic: "Forty-five is doable for some. Not all."
    // A "no" next door ("That's not bad. How's coverage?") is no pushback on this sentence's topic.
    const near = moved || resists[k] || pushes[k - 1] === true || pushes[k + 1] === true;
    // Patients' falls or weight are a situation or a need until the HCP worries about the drug.
    const worry = moved || worried[k] || worried[k - 1] === true || worried[k + 1] === true;
    // "The data are fine", "that solves most of my problem", "avoiding weight gain": no pushback.
    // "Send the model through, empty, not pre-filled.": telling the rep what to bring pushes back on nothing.
    if ((!near && !worry) || hasIn(s, 'hcp.noPushback', k) || instructs(s, k)) continue;
    for (const [act, list, key] of OBJECTION_TOPICS) {
      if ((list === 'safety' ? !worry : !near) || (act === 'objection_cost' && discovery)) continue;
      if (list === 'evidence' && (asksAboutCoverage(h, k) || persuaded(s, k))) continue;
      const topic = hitsIn(s, key, k).find(
        (x) =>
          !isDenied(s, x.t0, x.t1) &&
          !insideCost(s, k, list, x) &&
          !insideHit(s, 'hcp.statusQuo', x) &&
          !physicianAssistant(s, x),
      );
      if (topic !== undefined) h.found.add(act, hitEvidence(s, topic, `pushes back on ${list}: "{phrase}"`), kind);
    }
  }
  const quoted = h.found.hasObjection() ? undefined : (quotedWorry(h) ?? carveOut(h));
  if (quoted !== undefined) h.found.add(quoted.act, quoted.ev, kind);
  const doubt = h.found.hasObjection()
    ? undefined
    : (echoDoubt(h) ?? (pile >= 0 ? sentenceEvidence(s, pile, 'pushes back on one more of the same') : undefined));
  if (doubt !== undefined) h.found.add('objection_other', doubt, kind);
  const effect = h.found.has('objection_safety') ? undefined : drugWorry(h);
  if (effect !== undefined) h.found.add('objection_safety', effect, kind);
  // "The benefit isn't the question. Monitoring two hours in my office is.": what she names in its place
  // is her objection, whatever its topic.
  const instead = sents.find((k) => deniesConcern(s, k) && endsOnCopula(s, k + 1, 10));
  if (instead !== undefined && !h.found.hasObjection())
    h.found.add('objection_other', sentenceEvidence(s, instead + 1, 'names the real concern instead'), kind);
}
