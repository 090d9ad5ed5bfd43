// Restating the HCP: an accurate paraphrase in the rep's own words, a parrot (copied word for
// word), a misstated recap (wrong polarity, words the HCP never said, a no taken as a yes) or a recap.
import { copiedShare } from './copying.js';
import { foundIn, type RepTurn } from './found.js';
import { herNextIsNear } from './rep-her-clock.js';
import { hasIn, hitEvidence, hitsAnyWithin, hitsIn, playsBack, repHits, sentenceEvidence, type Said } from './said.js';
import { endsClause } from './text-clauses.js';
import type { PhraseHit } from './phrases.js';
import {
  bringsIn,
  claimWord,
  inOwnWords,
  sayback,
  sharedWithAnyHcp,
  sharedWithHcp,
  sharedWithTurns,
  namesProblem,
  theirSide,
} from './rep-restate-words.js';
import { namesSomething } from './rep-links.js';
import { misattributed, polarityClash } from './rep-misstated.js';
import { pitchInFrame } from './rep-pitch-frame.js';
import { ackOnly, candidate, closeToEnd, gathersCall, recapsAgreement } from './rep-restate-frames.js';
import { unraisedTopic } from './rep-unraised.js';
import { deniesRaisedConcern } from './rep-denied-concern.js';
import { namesRaisedTopic } from './rep-topics.js';

/** The sentence carries the next step found in this turn. */
const namesStep = (r: RepTurn, k: number): boolean => foundIn(r, k, ['next_step_specific']);

const actsBefore = (r: RepTurn) =>
  r.prev === undefined ? [] : (r.conv.readingOf(r.prev.i)?.acts.map((a) => a.act) ?? []);

export function readRestatements(r: RepTurn): void {
  const { s } = r;
  const prevActs = actsBefore(r);
  const yes = repHits(s, 'assumesYes')[0] ?? soSettled(s);
  if (yes !== undefined && prevActs.some((a) => a === 'brush_off' || a === 'declines' || a === 'conditional')) {
    r.found.add('misstated_recap', hitEvidence(s, yes, 'takes a no or a maybe as a yes: "{phrase}"'));
  }
  if (r.prev === undefined) return;
  const echoed = new Set<number>();
  readEachSentence(r, echoed);
  dropEchoedQuestions(r, echoed);
}

/** Words that close a "so …" clause as a verdict that it is settled: "so perfect!", "so we're agreed then". */
const SETTLED = new Set([
  'perfect',
  'great',
  'brilliant',
  'wonderful',
  'excellent',
  'fantastic',
  'agreed',
  'settled',
  'sorted',
  'terrific',
  'awesome',
  'amazing',
  'fabulous',
  'ideal',
]);
const SO_FILLERS = new Set(["that's", 'that', 'is', "we're", 'we', 'are', "it's", 'all', 'then', 'just']);

/**
 * "…, so perfect!", "So we're agreed then!": "so" and a verdict that ends its clause, with only fillers
 * between, calls the matter settled; after a no or a maybe that is a yes she never gave.
 */
function soSettled(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.w !== 'so') continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && SO_FILLERS.has(tokens[j]!.w) && !tokens[j]!.breakBefore) j++;
    const v = tokens[j];
    if (v === undefined || v.sent !== tokens[i]!.sent || v.breakBefore || !SETTLED.has(v.w)) continue;
    let end = j + 1;
    if (tokens[end]?.w === 'then' && tokens[end]!.sent === v.sent && !tokens[end]!.breakBefore) end++;
    if (endsClause(s.text, end - 1))
      return {
        list: 'rep.assumesYes',
        phrase: s.text.raw.slice(tokens[i]!.start, tokens[end - 1]!.end).toLowerCase(),
        t0: i,
        t1: end,
      };
  }
  return undefined;
}

/** The HCP's own question read back to them ("Do you have something that helps with that?") asks nothing. */
function dropEchoedQuestions(r: RepTurn, echoed: ReadonlySet<number>): void {
  if (echoed.size === 0) return;
  const asks = r.sentences.filter((q) => r.s.text.sentences[q.k]!.q);
  if (asks.every((q) => echoed.has(q.k))) {
    r.found.drop('open_question');
    r.found.drop('closed_question');
  }
  const dodge = r.found.get('dodges_question');
  if (
    dodge !== undefined &&
    [...echoed].some((k) => r.s.text.sentences[k]!.start <= dodge.start && r.s.text.sentences[k]!.end >= dodge.end)
  )
    r.found.drop('dodges_question');
}

/** Acts that make a sentence the rep's plan, however many of her words it names. */
const STEP_ACTS = ['next_step_specific', 'ownership'] as const;

/** Words that join a frame to what it restates: "So what you're saying is (that) you want…". */
const GLUE = new Set(['is', 'was', 'that']);
const pastGlue = (r: RepTurn, from: number, t1: number): number => {
  let i = from;
  while (i < t1 - 1 && GLUE.has(r.s.text.tokens[i]!.w)) i++;
  return i;
};

function readEachSentence(r: RepTurn, echoed: Set<number>): void {
  const { s, conv, c } = r;
  const prevActs = actsBefore(r);
  const lastTwo = conv.recentHcp.slice(0, 2);
  let firstStatement = true;
  for (const q of r.sentences) {
    const cand =
      q.kind === 'statement' || q.kind === 'checkin' || q.kind === 'closed'
        ? candidate(r, q.k, firstStatement)
        : undefined;
    if (q.kind === 'statement' && !ackOnly(r, q.k)) firstStatement = false;
    const t1 = s.text.sentences[q.k]!.t1;
    const from = cand === undefined ? s.text.sentences[q.k]!.t0 : pastGlue(r, cand.from, t1);
    // Copying needs shared words first: the cheap check spares most sentences the run count.
    const mayCopy = t1 - from >= 6 && sharedWithTurns(r, from, t1, lastTwo) >= (t1 - from <= 10 ? 1 : 2);
    if (mayCopy && copiedShare(s, from, t1, lastTwo, c.lex.params.copiedRunWords) >= c.lex.params.parrotCopiedShare) {
      r.found.add('parrot', sentenceEvidence(s, q.k, "repeats the HCP's words nearly verbatim"));
      r.restated.add(q.k);
      if (s.text.sentences[q.k]!.q) echoed.add(q.k);
      if (cand?.kind === 'recap')
        r.found.add(
          'recap',
          hitEvidence(s, cand.frame!, 'summarizes by repeating the HCP word for word: "{phrase}"'),
          'parrot',
        );
      continue;
    }
    // "The hypoglycemia thing is not a real problem" borrows the HCP's words to wave them away.
    // "Tonight you'll have two things in your inbox: …" sets out a step the rep takes on, not what she said.
    if (cand?.kind === 'you' && foundIn(r, q.k, STEP_ACTS)) continue;
    // Read back with a check ("…, not the drug itself. Did I get that right?"), it is her view, not the rep's.
    if (cand === undefined || (hasIn(s, 'rep.dismissal', q.k) && !playsBack(s, q.k))) continue;
    // "Sounds like your nurse is calling for you, so briefly:" reads the room, not what she said.
    if (cand.kind === 'frame' && (hasIn(s, 'hcp.timeCue', q.k) || (herNextIsNear(s) && hasIn(s, 'rep.timeAdapt', q.k))))
      continue;
    const clash =
      (cand.kind === 'you' ? undefined : polarityClash(r, cand.from, t1)) ?? deniesRaisedConcern(r, cand.from, t1);
    const wrong = misattributed(r, q.k);
    // The agreed step said back names the product, the day and who is there as the step, not as a pitch.
    const pitch = cand.settled !== true && cand.frame !== undefined && pitchInFrame(r, cand.frame, q.k);
    const unraised = unraisedTopic(r, cand.kind, q.k, cand.from, t1);
    if (clash !== undefined || wrong.length > 0 || pitch || unraised !== undefined) {
      const why =
        clash !== undefined
          ? `gets the HCP backwards on "${clash}"`
          : wrong.length > 0
            ? `puts words the HCP never said in their mouth: ${wrong.slice(0, 3).join(', ')}`
            : unraised !== undefined
              ? `names a concern the HCP never raised: "${unraised}"`
              : "dresses the rep's own pitch as the HCP's view";
      r.found.add('misstated_recap', sentenceEvidence(s, q.k, why));
      r.restated.add(q.k);
      continue;
    }
    if (cand.kind === 'recap' && (closeToEnd(r) || recapsAgreement(r, q.k) || gathersCall(r, cand.from, t1))) {
      // A recap of the HCP's own points, or of the rep's slogans ("better efficacy, simple dosing").
      // Confirming a plan the HCP just agreed to recaps what was agreed, whatever words it uses.
      // "What I took away: the week-two readmits are what you need to fix" says her need back in other words.
      const theirs =
        sharedWithAnyHcp(r, cand.from, t1) >= 2 ||
        (prevActs.includes('agrees') && namesStep(r, q.k)) ||
        aboutHer(r, q.k, cand.from, t1);
      r.found.add(
        'recap',
        hitEvidence(
          s,
          cand.frame!,
          theirs
            ? 'summarizes what was said or agreed before closing: "{phrase}"'
            : 'summarizes, but in the rep\'s own talking points: "{phrase}"',
        ),
        theirs ? 'theirs' : 'slogan',
      );
      r.restated.add(q.k);
      continue;
    }
    // A "so" restatement often runs on into the next sentence ("So it wasn't one bad lab. It was a slow slide…").
    const next = s.text.sentences[q.k + 1];
    const until = cand.kind === 'so' && next !== undefined && !next.q ? next.t1 : t1;
    // "So the delay is the plan's step rule" names the access problem the HCP just described in other
    // words: that is their point, as a shared word would be.
    const shared =
      cand.kind === 'you'
        ? sharedWithHcp(r, cand.from, t1, lastTwo.slice(0, 1))
        : sharedWithAnyHcp(r, cand.from, until) + (namesRaisedTopic(r, cand.from, until) === undefined ? 0 : 1);
    // Benefit words the HCP used first ("tolerable", "affordable") restate; new ones pitch. A statement
    // about "you" that brings in a product fact of its own ("Because the tablet is…, your team can…")
    // presents; "the trial" (a word of any call) restates the HCP's doubt about it.
    const says = (list: string) => hitsIn(s, list, q.k).some((h) => !sayback(r, h.t0, h.t1));
    // "So losing the nurse means fewer open slots…": no product and no "we" makes "fewer" part of their story.
    const story = cand.kind === 'so' && shared >= 3 && theirSide(r, q.k, 'story');
    const claim =
      (!story && hitsIn(s, 'rep.benefit', q.k).some((h) => !sayback(r, h.t0, h.t1) && claimWord(r, h.t0))) ||
      says('rep.results') ||
      namesSomething(r, q.k) ||
      (cand.kind === 'you' && hitsIn(s, 'rep.productFacts', q.k).some((h) => bringsIn(r, h.t0, h.t1)));
    // "…, which lands them back in the ER. Did I get that right?": checking a sentence full of the
    // HCP's words makes it a restatement, whatever benefit word or name it carries.
    const checked =
      shared >= c.lex.params.paraphraseSharedWords && r.sentences.some((x) => x.k === q.k + 1 && x.kind === 'checkin');
    const enough =
      cand.kind === 'you'
        ? shared >= c.lex.params.paraphraseSharedWords && (!claim || checked)
        : (shared >= 1 && (cand.kind !== 'so' || !claim || checked)) ||
          ((cand.kind === 'frame' || (cand.kind === 'so' && (namesProblem(r, q.k) || theirSide(r, q.k)))) &&
            !claim &&
            inOwnWords(r, cand.from, t1));
    if (enough) {
      r.found.add('paraphrase', sentenceEvidence(s, q.k, "restates the HCP's point in the rep's own words"));
      r.restated.add(q.k);
    }
  }
}

const HERS = new Set(['you', 'your', "you're", "you've", "you'd"]);

/** A recap told as hers ("what you need", "your team") with no product talk in it. */
function aboutHer(r: RepTurn, k: number, from: number, t1: number): boolean {
  const { tokens } = r.s.text;
  let hers = false;
  for (let i = from; i < t1 && !hers; i++) hers = HERS.has(tokens[i]!.w);
  return (
    hers && !hitsAnyWithin(r.s, ['rep.productFacts', 'rep.benefit', 'rep.hype'], from, t1) && !namesSomething(r, k)
  );
}
