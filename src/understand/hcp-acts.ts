// What an HCP turn does: objections by kind and needs shared; the question she asks is read in hcp-question.ts,
// its cues in hcp-cues.ts (a correction of the rep in hcp-corrections.ts) and how it answers a rep's ask in hcp-response.ts.
import { instructs } from './hcp-instructs.js';
import type { HcpTurn } from './found.js';
import { readCorrection } from './hcp-corrections.js';
import { readCues } from './hcp-cues.js';
import { readCaution } from './hcp-caution.js';
import { readContentNow } from './hcp-content-now.js';
import { readNotMine } from './hcp-not-mine.js';
import { readObjections } from './hcp-objections.js';
import { readQuestion } from './hcp-question.js';
import { problemAnswers } from './hcp-problem-answer.js';
import { readResponse } from './hcp-response.js';
import { addsOnRestatement } from './hcp-adds-on.js';
import { hasHcp, hasIn, hitsIn, overlapsSentence, sentenceContent, sentenceEvidence, type Said } from './said.js';

/**
 * Sentences in which the HCP states a problem or a goal: what a rep's point should connect to. Kept on the
 * turn: the words remembered of it and the rep's next turn (rep-explore.ts) both ask.
 */
export const needSentences = (s: Said): readonly number[] => (s.needs ??= findNeeds(s));

function findNeeds(s: Said): number[] {
  const out: number[] = [];
  for (let k = 0; k < s.text.sentences.length; k++) {
    const sent = s.text.sentences[k]!;
    const n = sentenceContent(s, k).size;
    // "My patients can't afford the copay." has one concept left ("afford" and "copay" are both cost), and
    // a concern that is pushback on its own is the point a rep's answer should tie to.
    if (sent.q || n < 1 || (n < 2 && !hasIn(s, 'hcp.inherentConcern', k))) continue;
    const pain = ['hcp.needs', 'hcp.resistance', 'hcp.emotionCue', 'hcp.statusQuo', 'hcp.burden'].some((list) =>
      hasIn(s, list, k),
    );
    if (pain) out.push(k);
  }
  return out;
}

/** Sentences that describe the practice or patients, or state a need. */
export function sharedSentences(s: Said, needs: readonly number[] = needSentences(s)): number[] {
  const out = new Set(needs);
  for (let k = 0; k < s.text.sentences.length; k++) {
    const sent = s.text.sentences[k]!;
    if (sent.q) continue;
    const n = sentenceContent(s, k).size;
    if ((hasIn(s, 'hcp.situation', k) && n >= 2) || n >= 6) out.add(k);
  }
  return [...out].sort((a, b) => a - b);
}

/** Sentences already read as another act (an objection, a cue, a yes or no) are not a need shared. */
function coveredSentences(h: HcpTurn): Set<number> {
  const out = new Set<number>();
  for (const a of h.found.list()) {
    if (a.act === 'emotion_cue' || a.act === 'asks_question') continue;
    for (let k = 0; k < h.s.text.sentences.length; k++) if (overlapsSentence(h.s, k, a.evidence)) out.add(k);
  }
  return out;
}

/** Openers of a clause that says when the HCP does something ("If they're over seventy I start at half dose."). */
const WHEN = new Set(['if', 'when', 'whenever', 'once']);
const FIRST_PERSON = new Set(['i', 'we']);

/** A rule of her practice: a when-clause, then what she or the team does, with no "I'd" that would make it a yes. */
function describesPractice(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  if (!WHEN.has(s.text.tokens[t0]!.w) || hasIn(s, 'hcp.willing', k)) return false;
  for (let i = t0 + 2; i < t1; i++) if (FIRST_PERSON.has(s.text.tokens[i]!.w)) return true;
  return false;
}

const hasNumber = (s: Said, k: number): boolean => {
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0; i < t1; i++) if (s.text.tokens[i]!.num) return true;
  return false;
};

function readNeeds(h: HcpTurn): void {
  const { s } = h;
  const covered = coveredSentences(h);
  // "Refills. Constant refill calls." answers "What slows you down?" with a need in two words.
  const answers = problemAnswers(h);
  // Beside pushback, a short line that only carries it on ("My MA spent hours on them.") is the objection;
  // a need of her own there takes a fuller description.
  const minMarked = h.found.hasObjection() ? h.c.lex.params.objectionNeedWords : 2;
  for (let k = 0; k < s.text.sentences.length; k++) {
    const sent = s.text.sentences[k]!;
    // A burden on her staff ("My MAs spend their mornings on prior auths") tells her day even when it pushes back;
    // "I've got fourteen in the queue and my tech called out." says why she is rushed, not what she needs.
    const rushed = h.found.has('time_cue') && hasIn(s, 'hcp.timeCue', k);
    if (sent.q || rushed || (covered.has(k) && !hasIn(s, 'hcp.burden', k)) || onlyNames(s, k) || instructs(s, k))
      continue;
    const n = sentenceContent(s, k).size;
    // "I can't believe they blew it" exclaims; its "can't" is no need.
    const exclaim = hitsIn(s, 'hcp.exclaim', k);
    const need = hitsIn(s, 'hcp.needs', k).some((x) => !exclaim.some((e) => e.t0 <= x.t0 && e.t1 > x.t0));
    const marked = need || situationIn(s, k) || hasIn(s, 'hcp.burden', k);
    // "They make up nearly half of my cellulitis patients.": a share of her panel says who her patients are.
    const share = n >= 1 && hasIn(s, 'hcp.panelShare', k);
    // A rule of her practice says how she treats; its numbers ("over seventy-five") carry no content words, but a threshold.
    const practice = (n >= 1 || hasNumber(s, k)) && describesPractice(s, k);
    // "I need something that doesn't hold up the OR.": the kind of thing she is after is the need, in few words.
    const wants = (n >= 1 && hasIn(s, 'hcp.wantsKind', k)) || hasIn(s, 'hcp.goesWrong', k);
    if (
      (marked && n >= minMarked) ||
      n >= 7 ||
      share ||
      answers.includes(k) ||
      practice ||
      wants ||
      addsOnRestatement(h, k)
    ) {
      h.found.add('shares_need', sentenceEvidence(s, k, 'states a need, problem or patient situation'));
      return;
    }
  }
  readOpenAnswer(h, covered);
}

/** Verbs after "I have" that tell of the call, not her practice: "I have heard plenty", "I've seen the ads". */
const REPORTING = new Set(['heard', 'seen', 'told', 'said', 'read', 'looked', 'asked', 'mentioned', 'explained']);

/** A mark of her situation in sentence k ("most of my", "I've been up since four"), not "I have told you". */
function situationIn(s: Said, k: number): boolean {
  return hitsIn(s, 'hcp.situation', k).some(
    (x) => !((x.phrase === 'i have' || x.phrase === 'we have') && REPORTING.has(s.text.tokens[x.t1]?.w ?? '')),
  );
}

/** "Mostly Lakeshore Advantage, some Prairie Senior.": names (plans, places, people) and nothing said of them. */
function onlyNames(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  let names = 0;
  for (let i = t0 + 1; i < t1; i++) {
    const t = s.text.tokens[i]!;
    if (t.s === '') continue;
    if (!t.cap) return false;
    names++;
  }
  return names > 0;
}

const LOGISTICS = ['time_adapt', 'next_step_specific', 'next_step_vague', 'commitment_request'] as const;

/** Content words an answer to an open question carries, over its sentences, to tell her situation. */
const OPEN_ANSWER_WORDS = 4;

/**
 * "Days. They want days. They're scratching till 3 a.m.": an answer in fragments to the rep's open question
 * tells her patients or practice, though no one sentence is long enough to say so alone.
 */
function readOpenAnswer(h: HcpTurn, covered: ReadonlySet<number>): void {
  const { s, prev } = h;
  if (prev === undefined || hasHcp(s, 'nonAnswer')) return;
  if (!h.conv.has(prev.i, 'open_question') && !h.conv.has(prev.i, 'explore')) return;
  // "What's the best way to get ten minutes with her?" asks how to meet: the answer is logistics.
  if (LOGISTICS.some((a) => h.conv.has(prev.i, a))) return;
  const words = new Set<string>();
  let best = -1;
  let most = 0;
  for (let k = 0; k < s.text.sentences.length; k++) {
    if (s.text.sentences[k]!.q || covered.has(k) || onlyNames(s, k) || instructs(s, k)) continue;
    const content = sentenceContent(s, k);
    for (const w of content) words.add(w);
    if (content.size > most) [best, most] = [k, content.size];
  }
  if (words.size >= OPEN_ANSWER_WORDS && best >= 0)
    h.found.add('shares_need', sentenceEvidence(s, best, 'answers an open question with her patients or practice'));
}

export function readHcpTurn(h: HcpTurn): void {
  readQuestion(h);
  readCorrection(h);
  readCues(h);
  readObjections(h);
  readContentNow(h);
  readNotMine(h);
  readCaution(h);
  readResponse(h);
  readNeeds(h);
}
