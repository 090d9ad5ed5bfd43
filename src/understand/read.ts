// Reads a conversation turn by turn, in order, each turn in the context of what came before: the
// one place acts are detected. The scorer, the HCP engine and the feedback all consume its Reading.
import type { Turn } from '../types.js';
import { Conversation } from './conversation.js';
import { Found, type HcpTurn, type RepTurn } from './found.js';
import { readHcpTurn } from './hcp-acts.js';
import { rememberHcpWords } from './hcp-remembered.js';
import { problemAnswers } from './hcp-problem-answer.js';
import { compileLexicon, DEFAULT_LEXICON, type CompiledLexicon, type Lexicon } from './lexicon.js';
import { isQuestionKind, readSentences } from './questions.js';
import { readCommitment, readSteps } from './rep-asks.js';
import { readQuestions } from './rep-question-acts.js';
import { readClaims } from './rep-claims.js';
import { readAnswer } from './rep-answer.js';
import { readAcknowledgeAndRebuttal } from './rep-concerns.js';
import { settleAcknowledgment } from './rep-ack-settle.js';
import { readExplore } from './rep-explore.js';
import { readPurpose } from './rep-purpose.js';
import { readRestatements } from './rep-restate.js';
import { shelvesAgenda } from './rep-shelves.js';
import { emptyReason, readOffTopic, readSimplify, readTimeAdapt, readTransition } from './rep-structure.js';
import { hasIn, hitsIn, readSaid, sentenceContent, sentenceHasWord, wholeEvidence } from './said.js';
import { updateTimeline } from './timeline.js';
import { rememberTimeWords } from './time-words.js';
import { SAID_SOMETHING, type ActEvidence, type Reading, type TurnReading } from './types.js';

function readRep(r: RepTurn): void {
  const empty = emptyReason(r);
  if (empty !== undefined) {
    r.found.add('no_content', wholeEvidence(r.s, empty));
    return;
  }
  readPurpose(r);
  readQuestions(r);
  readSteps(r);
  readCommitment(r);
  readAcknowledgeAndRebuttal(r);
  readExplore(r);
  readTransition(r);
  readAnswer(r);
  readRestatements(r);
  readClaims(r);
  readTimeAdapt(r);
  readSimplify(r);
  readOffTopic(r);
}

export class Reader {
  readonly conv = new Conversation();
  private readonly c: CompiledLexicon;

  constructor(lexicon: Lexicon = DEFAULT_LEXICON) {
    this.c = compileLexicon(lexicon);
  }

  /** Reads the next turn of the conversation and returns what it does. */
  read(turn: Pick<Turn, 'speaker' | 'text'>): TurnReading {
    const { conv, c } = this;
    const i = conv.said.length;
    const s = readSaid(i, turn.speaker, turn.text, c);
    const found = new Found();
    const before = conv.said[i - 1];
    const prev = before !== undefined && before.speaker !== turn.speaker ? before : undefined;
    let buildsOn: boolean | undefined;
    let anchored: boolean | undefined;
    let greets = false;
    let shelves: ActEvidence | undefined;
    let answered: readonly number[] = [];
    if (turn.speaker === 'rep') {
      conv.repTurns++;
      const r: RepTurn = {
        s,
        sentences: readSentences(s),
        conv,
        c,
        found,
        restated: new Set(),
        prev,
      };
      readRep(r);
      buildsOn = questionBuildsOn(r);
      if (buildsOn !== undefined) anchored = questionAnchored(r);
      if (!r.found.has('no_content')) settleAcknowledgment(r, buildsOn);
      greets = greetsOnly(r);
      if (!r.found.has('no_content')) shelves = shelvesAgenda(r);
    } else {
      const h: HcpTurn = { s, conv, c, found, prev };
      readHcpTurn(h);
      answered = problemAnswers(h);
    }
    const reading: TurnReading = { i, speaker: turn.speaker, acts: found.list(), words: s.words };
    if (buildsOn !== undefined) reading.buildsOn = buildsOn;
    if (anchored !== undefined) reading.anchored = anchored;
    if (greets) reading.greets = true;
    if (shelves !== undefined) reading.shelves = shelves;
    conv.hold(s);
    conv.readings.push(reading);
    if (turn.speaker === 'customer') {
      for (const a of reading.acts) conv.hcpActs.add(a.act);
      rememberHcpWords(conv, s, reading, answered);
      rememberTimeWords(conv, s, reading, c.generic);
    }
    conv.remember(s);
    updateTimeline(conv, reading);
    conv.release();
    return reading;
  }

  get reading(): Reading {
    return { turns: this.conv.readings, timeline: this.conv.timeline };
  }
}

/**
 * "Good afternoon, Dr. Lee, how are you?": a hello and nothing else answers no question and adapts to
 * no time limit, however short it is.
 */
function greetsOnly(r: RepTurn): boolean {
  const only = r.sentences.every(
    (q) => q.kind === 'greeting' || (q.kind === 'statement' && sentenceContent(r.s, q.k).size === 0),
  );
  if (!only || !r.sentences.some((q) => q.kind === 'greeting')) return false;
  r.found.drop('answers_question');
  r.found.drop('time_adapt');
  return true;
}

/** Words that point back at what was just said ("that group", "those two", "what happens then"). */
const POINTS_BACK = new Set([
  'that',
  'those',
  'these',
  'them',
  'they',
  'it',
  'this',
  'then',
  'there',
  'he',
  'she',
  'him',
  'her',
  'his',
]);

/**
 * A question of the turn builds on what the HCP said: it reuses one of their words from the last two
 * turns, or points back at it ("What have you tried for that group?").
 */
function questionBuildsOn(r: RepTurn): boolean | undefined {
  const asks = r.sentences.filter((q) => isQuestionKind(q.kind));
  if (asks.length === 0) return undefined;
  const prev = r.prev;
  if (prev === undefined) return false;
  // Restating or probing first, then asking, is building on the answer ("I hear you" alone is not).
  if (r.found.has('paraphrase') || r.found.has('explore')) return true;
  const earlier = r.conv.hcpBefore(prev.i);
  // "Exactly." to the rep's paraphrase makes the paraphrase the HCP's point: "that month" points back at it.
  const corrects = r.conv.readingOf(prev.i)?.acts.some((a) => a.kind === 'correction') === true;
  const confirmed = r.conv.has(prev.i - 1, 'paraphrase') && !corrects;
  const hadSomething = confirmed || SAID_SOMETHING.some((a) => r.conv.has(prev.i, a));
  return asks.some((q) => {
    for (const w of sentenceContent(r.s, q.k)) if (prev.content.has(w) || earlier?.content.has(w) === true) return true;
    return hadSomething && sentenceHasWord(r.s, q.k, POINTS_BACK);
  });
}

/** The question names a situation or a problem ("When a patient is ready to go home, what holds them?"), or the turn recalls the HCP's words. */
function questionAnchored(r: RepTurn): boolean {
  const recalls = r.sentences.some(
    (q) => !isQuestionKind(q.kind) && hitsIn(r.s, 'rep.openerAnchors', q.k).some((h) => h.t1 - h.t0 > 1),
  );
  return recalls || r.sentences.some((q) => isQuestionKind(q.kind) && hasIn(r.s, 'rep.openerAnchors', q.k));
}

/** The whole conversation read once, in order. */
export function readConversation(
  turns: readonly Pick<Turn, 'speaker' | 'text'>[],
  lexicon: Lexicon = DEFAULT_LEXICON,
): Reading {
  const reader = new Reader(lexicon);
  for (const t of turns) reader.read(t);
  return reader.reading;
}
