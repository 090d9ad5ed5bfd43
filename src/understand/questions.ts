// What kind of question each sentence of a rep turn asks: open, closed, an imperative prompt,
// a check-in on the plan, or an ask for commitment. Judged on the clause that carries the question.
import { TITLES } from './titles.js';
import { firstIn, hasIn, type Said } from './said.js';
import { promptShape } from './prompt-shape.js';
import { clauseStarts, endsOnQuestionWord, skipLeadIns, SUBORDINATE } from './question-clauses.js';
import { asksForCommitment } from './question-asks.js';

export type SentenceKind = 'open' | 'closed' | 'prompt' | 'checkin' | 'ask' | 'greeting' | 'statement';

export interface SentenceRead {
  k: number;
  kind: SentenceKind;
}

const WHAT = new Set(['what', "what's", 'whats', "what're"]);
const FILLER_AFTER_WHAT = new Set([
  'is',
  'are',
  'was',
  'were',
  "'s",
  'your',
  'the',
  'a',
  'an',
  'kind',
  'type',
  'sort',
  'of',
  'usually',
  'typically',
  'roughly',
  'exactly',
  'would',
  'be',
]);

type Candidate = { at: number; word: string; kind: 'open' | 'closed' | 'prompt' };

/** "Can you walk me through…?": a polite modal in front of a prompt asks for an explanation. */
const MODALS = new Set(['can', 'could', 'would', 'will']);

function candidateAt(s: Said, i: number): Candidate | undefined {
  const tok = s.text.tokens[i];
  if (tok === undefined) return undefined;
  if (s.hits.at('rep.openPrompts', i)) return { at: i, word: tok.w, kind: 'prompt' };
  if (MODALS.has(tok.w) && s.text.tokens[i + 1]?.w === 'you' && s.hits.at('rep.openPrompts', i + 2))
    return { at: i, word: tok.w, kind: 'prompt' };
  if (s.hits.at('rep.openStarts', i)) return { at: i, word: tok.w, kind: 'open' };
  if (s.hits.at('rep.closedStarts', i)) return { at: i, word: tok.w, kind: 'closed' };
  return undefined;
}

/** "how many", "what time", "which", aux-first: single-fact or yes/no; "how do", "what happens": open. */
function judge(s: Said, k: number, c: Candidate): 'open' | 'closed' {
  const { tokens } = s.text;
  const end = s.text.sentences[k]!.t1;
  if (c.kind === 'prompt') return 'open';
  if (aboutFollowUp(s, k, c)) return 'closed';
  if (c.word === 'how') return s.hits.at('rep.howClosed', c.at + 1) ? 'closed' : 'open';
  if (picksBetween(s, k, c)) return 'closed';
  if (WHAT.has(c.word)) {
    for (let i = c.at + 1; i < Math.min(end, c.at + 5); i++) {
      if (s.hits.at('rep.whatClosed', i)) return 'closed';
      if (!FILLER_AFTER_WHAT.has(tokens[i]!.w)) break;
    }
    return 'open';
  }
  if (c.kind === 'open') return 'open';
  // "Which of your patients are you most stuck with?", "Who are the hardest ones?": asking for her problem
  // invites the story behind it; "Which plans…, A or B?" offers a choice.
  if (PICKS.has(c.word) && hasIn(s, 'hcp.problemAsked', k) && !offersOptions(s, k)) return 'open';
  return hasIn(s, 'rep.openMenu', k) ? 'open' : 'closed';
}

/** "Are you using gabapentin? What about duloxetine?": a short "what about" after a question asks the same again of another option. */
function aboutFollowUp(s: Said, k: number, c: Candidate): boolean {
  const { tokens, sentences } = s.text;
  if ((c.word !== 'what' && c.word !== 'how') || tokens[c.at + 1]?.w !== 'about') return false;
  return k > 0 && sentences[k - 1]!.q && sentences[k]!.t1 - (c.at + 2) <= 3;
}

const PICKS = new Set(['which', 'who']);

/** "more", "bigger": a comparison weighs two things, where "most" ranks many. */
const COMPARING = new Set(['more', 'less', 'bigger', 'harder', 'worse', 'better', 'greater', 'tougher', 'heavier']);
/** An option left open ("…, or something else?"): the list invites an answer of her own. */
const OPEN_OPTION = new Set(['else', 'different', 'other', 'another']);

/** "What's hurting more, supply or rejections?", "Where does it pinch more: X or Y?": weighing two offered
 * options asks her to pick one; "what matters most: X, Y, or something else?" leaves the answer to her. */
function picksBetween(s: Said, k: number, c: Candidate): boolean {
  if (!WHAT.has(c.word) && c.word !== 'where') return false;
  const { tokens } = s.text;
  const end = s.text.sentences[k]!.t1;
  let compared = false;
  let or = false;
  for (let i = c.at + 1; i < end; i++) {
    const w = tokens[i]!.w;
    if (OPEN_OPTION.has(w)) return false;
    if (COMPARING.has(w) && !or) compared = true;
    else if (w === 'or' && compared) or = true;
  }
  return or;
}

const WH = new Set(['how', 'what', 'why', 'where']);
/** A prompt that asks for a how or a why ("help me understand how"), not "tell me about them". */
function wherePrompt(s: Said, c: Candidate): boolean {
  const hit = c.kind === 'prompt' ? s.hits.at('rep.openPrompts', c.at) : undefined;
  if (hit === undefined) return false;
  return WH.has(hit.phrase.split(' ').at(-1) ?? '') || WH.has(s.text.tokens[hit.t1]?.w ?? '');
}
/** "…, or total spend on the class?": the question offers alternatives. */
function offersOptions(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0 + 1; i < t1 - 1; i++) if (s.text.tokens[i]!.w === 'or') return true;
  return false;
}

function questionKind(s: Said, k: number): 'open' | 'closed' {
  if (endsOnQuestionWord(s, k)) return 'open';
  const end = s.text.sentences[k]!.t1;
  const found: Candidate[] = [];
  for (const c of clauseStarts(s, k)) {
    // A clause that starts with "or" lists an option ("…, or what the patient sees"), not a question.
    if (s.text.tokens[c]?.w === 'or') continue;
    const cand = candidateAt(s, skipLeadIns(s, c, end));
    if (cand !== undefined) found.push(cand);
  }
  const main = found.filter((c, n) => !(SUBORDINATE.has(c.word) && n < found.length - 1));
  // A prompt that leads into a yes/no question ("Tell me about them — are they…?") is that question;
  // "Help me understand how you weigh it: is it X, or Y?" only offers options for the how.
  if (main.length > 1 && main.some((c) => wherePrompt(s, c)) && offersOptions(s, k)) return 'open';
  const asked = main.length > 1 ? main.filter((c) => c.kind !== 'prompt') : main;
  if (asked.length === 0) return 'closed';
  // "How often…, and where are they falling short?": one open clause makes it an open question.
  return asked.some((c) => judge(s, k, c) === 'open') ? 'open' : 'closed';
}

/** A question that is only a check-in ("Does that work?", "Okay?"). */
function isCheckIn(s: Said, k: number): boolean {
  const { t1 } = s.text.sentences[k]!;
  // "Next week I come again and we continue, is it okay?": a check-in may close a proposed step as a tag.
  return clauseStarts(s, k).some((c, n) => {
    const hit = s.hits.at('rep.checkIns', skipLeadIns(s, c, t1));
    return hit !== undefined && hit.t1 >= t1 - 2 && (n === 0 || namesAStep(s, k));
  });
}

/** Sentence k has someone taking a step on, a stock follow-up, or a day in it. */
const namesAStep = (s: Said, k: number): boolean =>
  hasIn(s, 'rep.owners', k) || hasIn(s, 'rep.vagueSteps', k) || hasIn(s, 'rep.when', k);

/** "Hi doctor, how are you?": small talk, not a question a trainer counts. */
function isGreeting(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  const hit = firstIn(s, 'rep.greetings', k);
  return (hit !== undefined && hit.t1 >= t1 - 1 && t1 - t0 <= 8) || namesSomeone(s, t0, t1);
}

/** "Dr. Okonjo?": checking she is the one the rep came to see. */
function namesSomeone(s: Said, t0: number, t1: number): boolean {
  const { tokens } = s.text;
  return t1 - t0 === 2 && TITLES.has(tokens[t0]!.w) && tokens[t0 + 1]!.cap;
}

function promptKind(s: Said, k: number): 'prompt' | 'statement' {
  // Most turns have no stock prompt: the clause walk below is for those that do.
  if (!s.hits.has('rep.openPrompts')) return promptShape(s, k) ? 'prompt' : 'statement';
  const end = s.text.sentences[k]!.t1;
  // "Curious how you handle that today.": the prompt may be a lead-in's own words.
  for (const c of clauseStarts(s, k))
    if (s.hits.at('rep.openPrompts', c) || s.hits.at('rep.openPrompts', skipLeadIns(s, c, end))) return 'prompt';
  return promptShape(s, k) ? 'prompt' : 'statement';
}

export function readSentences(s: Said): SentenceRead[] {
  return s.text.sentences.map((sent, k) => {
    if (asksForCommitment(s, k)) return { k, kind: 'ask' as const };
    if (!sent.q) return { k, kind: promptKind(s, k) };
    if (isCheckIn(s, k)) return { k, kind: 'checkin' as const };
    if (isGreeting(s, k)) return { k, kind: 'greeting' as const };
    return { k, kind: questionKind(s, k) };
  });
}

export const isQuestionKind = (kind: SentenceKind): boolean =>
  kind === 'open' || kind === 'closed' || kind === 'prompt';
