// Where the clauses of a rep's sentence start, and where a clause's question starts after lead-ins
// ("So, Dr. Tan, I'm curious: …"), and a question that ends on its question word ("Lost money how?"):
// the question kinds in questions.ts are judged from there.
import { TITLES } from './titles.js';
import type { Said } from './said.js';
import { breakBetween } from './text-clauses.js';

/** Words that ask by themselves, in a question of either speaker. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what',
  'how',
  'why',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
]);

/** Clause openers that subordinate ("when you say X, which part…"): the question comes after them. */
export const SUBORDINATE = new Set(['when', 'if', 'before', 'since', 'as', 'while', 'because', 'once', 'after']);

export function clauseStarts(s: Said, k: number): number[] {
  const { t0, t1 } = s.text.sentences[k]!;
  const starts = [t0];
  for (let i = t0 + 1; i < t1; i++) if (breakBetween(s.text, i - 1, i)) starts.push(i);
  return starts;
}

/** The token after lead-ins ("so", "Dr. Tan", "I'm curious") at i. */
export function skipLeadIns(s: Said, i: number, end: number): number {
  const { tokens } = s.text;
  for (let n = 0; n < 5 && i < end; n++) {
    const tok = tokens[i]!;
    if (TITLES.has(tok.w)) {
      i += tokens[i + 1]?.cap ? 2 : 1;
      continue;
    }
    const lead = s.hits.at('rep.questionLeadIns', i);
    if (lead === undefined || lead.t1 >= end) break;
    i = lead.t1;
  }
  return i;
}

/** "Lost money how?", "Meaning what?": a short question that ends on its question word asks for the story. */
const TRAILING = new Set(['how', 'why', 'what']);
export function endsOnQuestionWord(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  const last = s.text.tokens[t1 - 1]?.w ?? '';
  return t1 - t0 >= 2 && t1 - t0 <= 5 && TRAILING.has(last) && s.text.tokens[t1 - 2]!.w !== 'or';
}

/** Words after "you're" that put her readiness to her: "Then you're ready to put a few on it?" */
const READY = new Set(['going', 'open', 'ready', 'willing', 'happy', 'comfortable']);

/**
 * "And you'll have those charts pulled?", "So you'll give it a try?", "And the charts, you will have them
 * ready?", "Then you are ready to put a few on it?": her part of a step, put to her to confirm.
 */
export function confirmsHerPart(s: Said, k: number): boolean {
  const { t1, q } = s.text.sentences[k]!;
  if (!q) return false;
  const { tokens } = s.text;
  return clauseStarts(s, k).some((c) => {
    const i = skipLeadIns(s, c, t1);
    const w = tokens[i]?.w;
    if (w === "you'll" || (w === 'you' && tokens[i + 1]?.w === 'will')) return true;
    // "you're ready to…", "you are open to…"; "So you're happy with basal —" says her view back.
    const j = w === "you're" ? i + 1 : w === 'you' && tokens[i + 1]?.w === 'are' ? i + 2 : -1;
    return j > 0 && READY.has(tokens[j]?.w ?? '') && tokens[j + 1]?.w === 'to';
  });
}
