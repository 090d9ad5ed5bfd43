// The HCP reads the rep through the understanding layer, in the context of everything said so far,
// so the acts it reacts to are the acts the scorecard counts (one source, issue 12).
import { analyzeWords, hasAct, readTurns, type RepAct, type TurnReading } from '../understand/index.js';
import type { SaidTurn } from './types.js';

export type QuestionKind = 'open' | 'closed' | undefined;

export interface RepTurnReading {
  acts: RepAct[];
  question: QuestionKind;
  /** The HCP had just signalled time and the rep did not adapt. */
  ignoredTimeCue: boolean;
  /** The rep's last question asks yes or no ("Do they use inhalers?"), not what, which or how. */
  yesNo: boolean;
  /** The rep's last question is itself a playback of her ("So it's the daily shot, more than the insulin?"). */
  playsBack: boolean;
  reading: TurnReading;
}

/** A turn this short after a time cue is itself adapting to the time; a plain question may run longer. */
const BRIEF_WORDS = 12;
const BRIEF_QUESTION_WORDS = 25;
/** "Hi doctor, I'm here to tell you about Neurvina, a new adjunct for major depression.": one sentence of purpose is brief. */
const BRIEF_SENTENCE_WORDS = 20;

export function readRepTurn(said: readonly SaidTurn[], text: string): RepTurnReading {
  const turns = readTurns([...said, { speaker: 'rep', text }]);
  const last = turns[turns.length - 1]!;
  const prev = turns[turns.length - 2];
  const acts = last.acts.map((a) => a.act as RepAct);
  const question: QuestionKind = acts.includes('open_question')
    ? 'open'
    : acts.includes('closed_question')
      ? 'closed'
      : undefined;
  // One short question after "I'm out of time" respects the time as much as saying so would.
  const words = text.split(/\s+/u).filter(Boolean).length;
  const pitch = acts.includes('generic_benefit') || acts.includes('feature_dump');
  const sentences = text.split(/(?<=[.!?])\s+/u).filter((x) => x.trim() !== '').length;
  const brief =
    words <= BRIEF_WORDS ||
    (question !== undefined && !pitch && words <= BRIEF_QUESTION_WORDS) ||
    (sentences === 1 && !pitch && words <= BRIEF_SENTENCE_WORDS);
  const ignoredTimeCue =
    prev?.speaker === 'customer' && hasAct(prev, 'time_cue') && !acts.includes('time_adapt') && !brief;
  // "Can I ask what you've seen in your patients?" opens on a yes/no word and asks what; "…, and share where we
  // might help. Does that work?" checks the agenda: the reading says which question is a plain yes/no.
  const lastAsk = text.lastIndexOf('?');
  const atEnd = (act: RepAct, kind?: string) =>
    last.acts.some((a) => a.act === act && a.kind === kind && a.evidence.start <= lastAsk && lastAsk <= a.evidence.end);
  // "…a management guide your nurses can use. Would that help?" checks the rep's own point: no "Yes, quite a few.".
  const yesNo = atEnd('closed_question') && lastQuestionIs(text, AUX);
  const playsBack = atEnd('paraphrase');
  return { acts, question, ignoredTimeCue, yesNo, playsBack, reading: last };
}

/** Whether the HCP's own reply, read in context, signals time pressure. */
export function signalsTime(said: readonly SaidTurn[]): boolean {
  const turns = readTurns(said);
  return hasAct(turns[turns.length - 1], 'time_cue');
}

const FAREWELL =
  /^(?:ok(?:ay)?,?\s+)?thanks?(?: you)? (?:so much )?for (?:your|the) time\W*$|\b(?:good ?bye|bye|take care|talk soon|i'll be in touch|keep (?:us|me) in mind|i'll let you (?:go|get back)|(?:i )?won't take (?:any )?more of your time|i'll (?:check|stop|swing|come) (?:back|by) (?:sometime|some time|later|soon)|have a (?:good|great|nice) (?:day|evening|night|weekend|afternoon|one)|see you (?:then|soon|next|on|tuesday|monday|wednesday|thursday|friday))\b/iu;

/** The rep says goodbye and asks nothing: the HCP says goodbye back, not another question. */
export const isFarewell = (text: string): boolean => FAREWELL.test(text) && !text.includes('?');

/** The sentences of a turn that end in a question mark. */
const questionsOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/u).filter((q) => q.trim().endsWith('?'));

/** The rep's sentences that state rather than ask, or '' when the turn only asks. */
export const statementText = (text: string): string =>
  text
    .split(/(?<=[.!?])\s+/u)
    .filter((q) => q.trim() !== '' && !q.trim().endsWith('?'))
    .join(' ');

/** The rep's question sentences, or '' when the turn asks nothing with a question mark. */
export const questionText = (text: string): string => questionsOf(text).join(' ');

/** Content words across the rep's questions: "What do you think?" has none. */
export function questionWords(text: string): number {
  const qs = questionsOf(text);
  // "Walk me through how you decide." asks without a question mark: count the whole prompt.
  return analyzeWords(qs.length > 0 ? qs.join(' ') : text).content.size;
}

/** The rep's questions, folded, so the HCP notices the same question asked again. */
export function questionKeys(text: string): string[] {
  return questionsOf(text)
    .map((q) =>
      q
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter((q) => q.split(' ').length >= 3);
}

/** The rep's last question matches `re`: what the HCP reads a turn's question by. */
function lastQuestionIs(text: string, re: RegExp): boolean {
  const last = questionsOf(text).at(-1);
  return last !== undefined && re.test(last.trim());
}

const AUX =
  /^(?:so,?\s+|and\s+|but\s+|okay,?\s+|ok,?\s+)?(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|may|might|shall)\b/iu;

const QUANTITY =
  /^(?:so,?\s+|and\s+)?(?:how (?:many|much|often|long)|what (?:percent(?:age)?|share|proportion|number))\b/iu;

// "Would a one-page card help your team?", "If they could start at home, would that solve it?".
const HELPS =
  /(?:^|,\s*)(?:so,?\s+|and\s+)?(?:would|could|will|might|does|do|is|can)\b[^?]*\b(?:help|solve|fix|be useful|be helpful|make (?:a|any|much of a|the) difference|make (?:it|that|things|life) easier|save (?:you|your|them))\b/iu;

/** The rep's last question asks whether something of the rep's would help ("Would a one-page card help your team?"). */
export const offersHelp = (text: string): boolean => lastQuestionIs(text, HELPS);

/** The rep's last question asks for a number ("How many come in on Saturdays?"). */
export const isQuantity = (text: string): boolean => lastQuestionIs(text, QUANTITY);

// "Could we talk about X?" asks leave; "Could you talk me through X?" asks the HCP to explain.
const REQUEST =
  /^(?:so,?\s+|and\s+|okay,?\s+|ok,?\s+)?(?:(?:could|can|may|might) (?:i|we)|(?:would|could|can|will) you\b(?!\s+(?:please\s+)?(?:tell|walk|describe|explain|share|say|talk|help me|give me an? (?:example|sense)|show me how)))\b/iu;

/** The rep's last question asks the HCP for something ("Could I have a word with the doctors?"): not a fact to confirm. */
export const isRequest = (text: string): boolean => lastQuestionIs(text, REQUEST);

const TIME_REQUEST =
  /\b(?:(?:do you have|have you got|you got|got|(?:could|can|may) i (?:have|take|borrow))\b[^?]*?\b(?:minutes?|mins?|moment|sec(?:ond)?s?|time)|is (?:now|this) a (?:good|bad|ok|okay) time|is (?:now|this) (?:ok|okay|alright|all right|fine|good)|(?:should|shall) i come back|would you rather i (?:come|came) back)\b/iu;

/** The rep asks for the HCP's time ("Do you have a few minutes?"): permission to talk, not a fact to confirm. */
export const isTimeRequest = (text: string): boolean => lastQuestionIs(text, TIME_REQUEST);

const CHECK_IN =
  /^(?:so,?\s+|okay,?\s+|and\s+)?(?:is that (?:right|fair|correct|accurate|about right|it|a fair (?:summary|read|reading))|did i (?:get|hear) (?:that|you|it|this)(?: right)?|am i (?:right|close|off)|does that sound (?:right|about right)|have i got (?:that|it|this)(?: right)?|do i have (?:that|it|this) right)\b[^?]*\?$/iu;

/** The rep's last question checks its own playback ("Is that right?"): confirmed or corrected, never "Yes, we do.". */
export const isCheckIn = (text: string): boolean => lastQuestionIs(text, CHECK_IN);
