// Answering the HCP's question, or dodging it with a deflection or an unrelated question.
import type { RepTurn } from './found.js';
import type { Token } from './text.js';
import { isQuestionKind } from './questions.js';
import { ackOnly } from './rep-ack-settle.js';
import { othersWill } from './rep-intent.js';
import { concernBefore } from './rep-concerns.js';
import { claimsPast } from './rep-claim-dodge.js';
import { askedWords, linkedWords } from './rep-links.js';
import {
  askedIn,
  hasIn,
  hitEvidence,
  hitsIn,
  overlapsSentence,
  repHits,
  sentenceContent,
  sentenceEvidence,
  sharesWord,
} from './said.js';

/** The content words of the question the HCP asked last. */
function questionWords(r: RepTurn): Set<string> {
  const prev = r.prev!;
  const out = new Set<string>();
  for (let k = 0; k < prev.text.sentences.length; k++) {
    const x = prev.text.sentences[k]!;
    if (x.q) for (const w of sentenceContent(prev, k)) out.add(w);
  }
  return out;
}

/** "Let me tell you about the efficacy data first." to a coverage question: sentence k signposts another topic. */
function signpostsAway(r: RepTurn, k: number): boolean {
  // "What's this about?" → "I'm here to tell you about X": saying why one came answers that.
  if (hitsIn(r.s, 'rep.pitchIntro', k).some((h) => !othersWill(r.s, h))) return !r.prev!.hits.has('hcp.visitQuestion');
  const shift = r.found.get('transition');
  const sent = r.s.text.sentences[k]!;
  return shift !== undefined && shift.start >= sent.start && shift.end <= sent.end;
}

const YES_NO = new Set(['yes', 'no', 'yeah', 'yep', 'nope']);

/** "Sure.", "Got it.", "Okay.": a short sentence made only of filler words. */
function fillerOnly(r: RepTurn, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  let covered = 0;
  // "No. What did you find?": a yes or a no answers a yes/no question; it is no filler.
  for (const h of hitsIn(r.s, 'rep.fillers', k)) if (!YES_NO.has(h.phrase)) covered += h.t1 - h.t0;
  return covered > 0 && sent.t1 - sent.t0 <= 3 && covered >= sent.t1 - sent.t0 - 1;
}

/** "Good question.", "Great point.": a courtesy before the reply, like a filler. */
function courtesyOnly(r: RepTurn, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  return hitsIn(r.s, 'rep.pleasantry', k).some((h) => h.t0 - sent.t0 <= 1 && sent.t1 - h.t1 <= 1);
}

/** "No, that's not an issue.", "Yes, and patients love it.": a yes or a no answers before anything else is said. */
const opensWithYesNo = (r: RepTurn, k: number): boolean =>
  YES_NO.has(r.s.text.tokens[r.s.text.sentences[k]!.t0]?.w ?? '');

/** Words that say yes, which answers no question between two things ("Is it one pen or two?" → "Yeah, and…"). */
const YES_WORDS = new Set(['yes', 'yeah', 'yep', 'sure', 'right', 'totally', 'absolutely', 'definitely', 'exactly']);

/** The two sides of her either/or question ("Is the 0.25 a separate pen, or one you dial?"), as token ranges, or
 * nothing if she asked no choice ("…or not?" asks none). */
function choiceAsked(r: RepTurn): [[number, number], [number, number]] | undefined {
  const { tokens, sentences } = r.prev!.text;
  const last = sentences.findLast((x) => x.q);
  if (last === undefined) return undefined;
  const or = tokens.slice(last.t0 + 2, last.t1 - 1).findIndex((t) => t.w === 'or');
  if (or < 0) return undefined;
  const at = last.t0 + 2 + or;
  if (tokens.slice(at + 1, last.t1).some((t) => t.w === 'not' || t.w === 'no' || t.w.endsWith("n't"))) return undefined;
  return [
    [last.t0, at],
    [at + 1, last.t1],
  ];
}

/** "…covers every pen" to "a different pen from the maintenance one, or the same pen used twice?" names what both
 * sides share; a reply picks one only with a word of one side alone ("the same pen", "a separate one"). */
function picksOne(r: RepTurn, k: number, sides: [[number, number], [number, number]]): boolean {
  const keys = (tokens: readonly Token[]) => new Set(tokens.map((t) => (t.num ? t.w : t.s)).filter((x) => x !== ''));
  const asked = r.prev!.text.tokens;
  const [left, right] = sides.map(([a, b]) => keys(asked.slice(a, b))) as [Set<string>, Set<string>];
  const sent = r.s.text.sentences[k]!;
  for (const w of keys(r.s.text.tokens.slice(sent.t0, sent.t1))) if (left.has(w) !== right.has(w)) return true;
  return false;
}

const POINTERS = new Set(['this', 'that', 'the', 'which', 'each', 'any']);
const TOPICS = ['hcp.cost', 'hcp.access', 'hcp.safety'] as const;

/** Topics a reply speaks to in facts of its own ("Most plans cover it"); a safety word may be only a pitch's. */
const PAYING = ['hcp.cost', 'hcp.access', 'hcp.publicPlan'] as const;

/** Sentence k speaks to the coverage or cost topic her question asked about ("Most Part D plans cover it"). */
function sameTopic(r: RepTurn, k: number): boolean {
  const prev = r.prev!;
  return PAYING.some((t) => hasIn(r.s, t, k) && askedIn(prev, t));
}

/**
 * "Is it on the Medicaid list?" → "The efficacy data is what sets it apart": a coverage, cost or safety
 * question met with a benefit claim that says nothing on that topic, nor on a need the HCP stated, turns to
 * another one.
 */
function pitchesPast(r: RepTurn, k: number): boolean {
  if (opensWithYesNo(r, k)) return false;
  const prev = r.prev!;
  const asked = TOPICS.filter((t) => askedIn(prev, t));
  if (asked.length === 0 || asked.some((t) => hasIn(r.s, t, k))) return false;
  if (!hasIn(r.s, 'rep.benefit', k) && !hasIn(r.s, 'rep.hype', k)) return false;
  // "To keep them on their ACE inhibitors, that's where it fits": back on the need the HCP stated, not elsewhere.
  return linkedWords(r, k, askedWords(r)).length === 0;
}

/**
 * "Honestly, hypoglycemia really isn't an issue with this one.": waving the question off, with no number
 * or product fact behind it, answers nothing ("…isn't an issue: under one percent in the trial" does, and so
 * does "weight gain was in line with the class, so I wouldn't worry").
 */
function wavesOff(r: RepTurn, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  // "No, that's not an issue with warfarin." answers a yes/no question; "But the cost really isn't an
  // issue" takes the HCP's point on and argues it (a rebuttal), rather than passing over it.
  if (opensWithYesNo(r, k) || r.s.hits.at('rep.contrast', sent.t0) !== undefined) return false;
  if (!hasIn(r.s, 'rep.dismissal', k) || hasIn(r.s, 'rep.productFacts', k) || hasIn(r.s, 'rep.results', k))
    return false;
  const { tokens } = r.s.text;
  // "this one" names the product; "one percent" gives a number.
  for (let t = sent.t0; t < sent.t1; t++)
    if (tokens[t]!.num && !(tokens[t]!.w === 'one' && POINTERS.has(tokens[t - 1]?.w ?? ''))) return false;
  return true;
}

/** Words pointing back at what she asked about ("That group matters…", "For someone like that, …"); "it" is as often the product. */
const BACK = new Set(['that', "that's", 'those']);

/** A clause of sentence k opens on a word pointing back at what she asked: a claim about it, not past it. */
function refersBack(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  const { tokens } = r.s.text;
  // "Great question, and that's the exact spot where patients go wrong": the second clause points back.
  let opens = true;
  for (let i = t0; i < t1; i++) {
    const t = tokens[i]!;
    if (i > t0 && t.breakBefore) opens = true;
    if (opens && BACK.has(t.w)) return true;
    if (!CLAUSE_LINKS.has(t.w)) opens = false;
  }
  return false;
}

/** Words that may open a clause before its pointer: "and that's…", "but those…". */
const CLAUSE_LINKS = new Set(['and', 'but', 'so']);

/** A deflection is a dodge; so is meeting the question with an unrelated question of one's own. */
export function readAnswer(r: RepTurn): void {
  if (r.prev === undefined || !r.conv.has(r.prev.i, 'asks_question')) return;
  const { s } = r;
  const q = questionWords(r);
  // "Fair, that's usually where this falls apart. Which plans…?": an acknowledgment that says nothing on
  // what she asked opens the reply like "Sure." does; what follows is the reply.
  const ack = r.found.get('acknowledge');
  const grants = (k: number) =>
    ack !== undefined && overlapsSentence(s, k, ack) && !sharesWord(sentenceContent(s, k), q);
  // "Sure. Who handles the PA calls?": a filler or an acknowledgment opens the reply; what follows is it.
  const first = r.sentences.find(
    (x) => !(x.kind === 'statement' && (ackOnly(r, x.k) || fillerOnly(r, x.k) || courtesyOnly(r, x.k) || grants(x.k))),
  );
  const questionFirst = first !== undefined && isQuestionKind(first.kind);
  const related = first !== undefined && sharesWord(sentenceContent(s, first.k), q);
  // "Most Part D plans cover it. What really matters is…": the turn away comes after a fact on what she
  // asked, which answered her first.
  const answeredFirst =
    first !== undefined &&
    !questionFirst &&
    (related || sameTopic(r, first.k)) &&
    hasIn(s, 'rep.productFacts', first.k);
  const deflect = repHits(s, 'deflection').find(
    (h) => s.text.tokens[h.t0]!.sent <= 2 && !(answeredFirst && s.text.tokens[h.t0]!.sent > first.k),
  );
  if (deflect !== undefined) {
    r.found.add('dodges_question', hitEvidence(s, deflect, 'turns away from the HCP\'s question: "{phrase}"'));
    return;
  }
  // "Yeah, and the copay card works on all the strengths." to "Is it a separate pen, or one you dial?" picks neither.
  const choice =
    first !== undefined && !questionFirst && YES_WORDS.has(s.text.tokens[s.text.sentences[first.k]!.t0]?.w ?? '')
      ? choiceAsked(r)
      : undefined;
  const yesToChoice = choice !== undefined;
  // A yes to a choice answers it only by naming one side: a word both sides share picks neither.
  const pickedNone = choice !== undefined && first !== undefined && !picksOne(r, first.k, choice);
  const elsewhere =
    first !== undefined &&
    (pickedNone ||
      (!related &&
        (yesToChoice ||
          signpostsAway(r, first.k) ||
          pitchesPast(r, first.k) ||
          (!opensWithYesNo(r, first.k) && !refersBack(r, first.k) && claimsPast(r, first.k)))) ||
      wavesOff(r, first.k));
  // "Why would I change?" is an objection put as a question: asking what lies behind it is no dodge.
  if (questionFirst && !related && r.found.has('explore') && concernBefore(r)) return;
  if (first !== undefined && ((questionFirst && !related) || elsewhere))
    r.found.add(
      'dodges_question',
      sentenceEvidence(
        s,
        first.k,
        questionFirst
          ? "answers the HCP's question with an unrelated question"
          : wavesOff(r, first.k)
            ? 'waves the question off instead of answering'
            : yesToChoice && (!related || pickedNone)
              ? 'says yes to a question that asks her to choose, and answers neither'
              : 'turns to another topic instead of answering',
      ),
    );
  else r.found.add('answers_question', sentenceEvidence(s, first?.k ?? 0, "answers the HCP's question"));
}
