// The moment a coaching line is for: what the HCP had just said, and what was on the table at that rep turn.
import type { HcpState } from '../hcp/index.js';
import type { Fact, Objection, Priority, Scenario } from '../scenario/index.js';
import type { Reading } from '../understand/index.js';
import { lineText, toSecondPerson, untouchedPriorities } from './material.js';
import type { RepTurns } from './transcript.js';
import { phraseIn, sentencesOf } from './words.js';

export interface Topic {
  priority: Priority;
  /** How a rep names it: the priority's own text in the second person when it is a phrase, else a term. */
  phrase: string;
  /** "how …", "whether …", "what …": a phrase that reads as an indirect question. */
  isQuestion: boolean;
  /** A term of it the HCP said, as the HCP said it: "You mentioned …" is then true. */
  heard?: string;
}

export interface Moment {
  scenario: Scenario;
  /** 1-based rep turn the line replaces (past the last turn: the next one, for /hint). */
  turn: number;
  /** The HCP's words just before it. */
  hcpBefore?: string;
  /** The HCP had signalled time by then. */
  isPressed: boolean;
  /** An objection the HCP had voiced by then, the latest first. */
  objection?: Objection;
  /** The question the HCP had just asked, if its last words were one. */
  hcpQuestion?: string;
  /** Priorities still open at the end, as the rep would name them (case from the sources). */
  topics: Topic[];
  /** Priorities the rep did reach, named the same way: what a recap plays back. */
  reached: Topic[];
  /** Priority and concern terms: a played-back clause must be about one of them. */
  terms: string[];
  /** Everything a line may quote numbers from: the scenario's text and the transcript. */
  sources: string[];
}

/** Scenario text a rep could have read or heard, in the order its case should win. */
function scenarioTexts(s: Scenario): string[] {
  const lines = (l: Parameters<typeof lineText>[0] | undefined) =>
    l === undefined
      ? []
      : typeof l === 'string'
        ? [l]
        : Object.values(l).filter((v): v is string => typeof v === 'string');
  return [
    ...s.hcp.priorities.flatMap((p) => [p.text, ...lines(p.detail)]),
    ...s.hcp.concerns.flatMap((c) => [c.text, ...lines(c.detail)]),
    ...s.hcp.objections.flatMap((o) => [...lines(o.text), o.sharper ?? '', o.resolution ?? '']),
    ...s.facts.map((f) => f.text),
    ...s.keyMessages,
    ...s.objectives,
    s.summary,
    s.product.description,
    s.openingScene,
    s.hcp.openingLine,
  ].filter((t) => t !== '');
}

const termsOf = (p: Priority) => [
  ...p.terms.filter((t) => t.includes(' ')),
  ...p.terms.filter((t) => !t.includes(' ')),
];
/** Priority texts that read as a phrase ("Patients who …", "Getting …", "How …"), not a clause ("My staff spends …"). */
const PHRASE = /^(?:[A-Za-z-]+ing|Not [a-z]+ing|How|Whether|What|Patients (?:who|for whom|stuck|calling))\b/;
const MAX_PHRASE_WORDS = 12;
/** Verbs that make a priority's text a clause ("My staff spends …"), outside a relative clause ("… that take weeks"). */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|am|be|can|can't|cannot|won't|will|do|does|don't|have|has|had|need|needs|want|wants|eat|eats|take|takes|spend|spends|end|ends|make|makes|get|gets|keep|keeps|go|goes)\b/i;

/** Reads as a noun phrase a rep can name: a gerund, an indirect question, or a short head with no verb of its own. */
function isPhrase(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > MAX_PHRASE_WORDS) return false;
  if (PHRASE.test(text)) return true;
  if (/^(?:I|My|We|Our|A|An|The)\b/.test(text)) return false;
  const head = text.split(/\b(?:that|who|which|whom|where|when|because)\b/)[0]!;
  return !CLAUSE_VERB.test(head);
}

/** "Thrombotic events" mid-sentence reads "thrombotic events"; a name the scenario capitalizes mid-sentence keeps its case. */
function lowerFirst(phrase: string, sources: readonly string[]): string {
  const first = phrase.split(/[\s,]/)[0]!;
  if (!/^[A-Z][a-z]/.test(first)) return phrase;
  const isName = sources.some((s) => new RegExp(`[a-z,;] ${first}\\b`).test(s));
  return isName ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** A priority as the rep would name it, or undefined when neither its text nor any term reads well. */
export function topicOf(p: Priority, hcpWords: readonly string[], scenarioText: readonly string[]): Topic | undefined {
  // "Avoiding hypoglycemia, especially in …": the part before the first comma names it.
  const text = p.text
    .trim()
    .replace(/[.!]+$/, '')
    .split(',')[0]!;
  const heard = termsOf(p)
    .map((t) => phraseIn(t, hcpWords))
    .find((x) => x !== undefined);
  const withHeard = (t: Omit<Topic, 'heard'>): Topic => (heard === undefined ? t : { ...t, heard });
  if (isPhrase(text)) {
    return withHeard({
      priority: p,
      phrase: lowerFirst(text.charAt(0) + toSecondPerson(text).slice(1), scenarioText),
      isQuestion: /^(?:How|Whether|What)\b/.test(text),
    });
  }
  const own = [p.text, ...(p.detail === undefined ? [] : [lineText(p.detail)])];
  // A multi-word term anywhere names it better than a lone word ("blood pressure", not "systolic").
  for (const terms of [p.terms.filter((t) => t.includes(' ')), p.terms.filter((t) => !t.includes(' '))]) {
    for (const sources of [own, hcpWords, scenarioText]) {
      const phrase = terms.map((t) => phraseIn(t, sources)).find((x) => x !== undefined);
      if (phrase !== undefined)
        return withHeard({ priority: p, phrase: lowerFirst(phrase, scenarioText), isQuestion: false });
    }
  }
  return undefined;
}

export function momentAt(
  turn: number,
  scenario: Scenario,
  state: HcpState,
  reps: RepTurns,
  transcript: readonly string[],
  reading?: Reading,
): Moment {
  const hcpBefore = reps.hcpBefore(turn);
  const hcpWords = transcript.filter((_, i) => !reps.indexes.includes(i));
  const texts = scenarioTexts(scenario);
  const name = (p: Priority) => topicOf(p, hcpWords, texts);
  const topics = untouchedPriorities(scenario, state).flatMap((p) => name(p) ?? []);
  const reached = scenario.hcp.priorities
    .filter((p) => state.touched[p.id] !== undefined)
    .flatMap((p) => name(p) ?? []);
  const terms = [...scenario.hcp.priorities, ...scenario.hcp.concerns].flatMap((p) => p.terms);
  const m: Moment = {
    scenario,
    turn,
    isPressed: isPressedAt(turn, state, reps, reading),
    topics,
    reached,
    terms,
    sources: [...texts, ...transcript],
  };
  if (hcpBefore !== undefined) m.hcpBefore = hcpBefore;
  const objection = objectionAt(turn, scenario, state);
  if (objection !== undefined) m.objection = objection;
  const last = hcpBefore === undefined ? undefined : sentencesOf(hcpBefore).at(-1);
  if (last?.endsWith('?')) m.hcpQuestion = last;
  return m;
}

function isPressedAt(turn: number, state: HcpState, reps: RepTurns, reading?: Reading): boolean {
  if (state.timeCueAt !== undefined && state.timeCueAt < turn) return true;
  const before = reps.indexes[turn - 1] ?? Number.POSITIVE_INFINITY;
  return (
    reading?.turns.some((t) => t.i < before && t.speaker === 'customer' && t.acts.some((a) => a.act === 'time_cue')) ??
    false
  );
}

/** The latest objection raised before this turn (raisedAt counts the rep turn the HCP was answering). */
function objectionAt(turn: number, scenario: Scenario, state: HcpState): Objection | undefined {
  return scenario.hcp.objections
    .map((o) => ({ o, at: state.objections[o.id]?.raisedAt }))
    .filter((x): x is { o: Objection; at: number } => x.at !== undefined && x.at < turn)
    .sort((a, b) => b.at - a.at)[0]?.o;
}

const mentions = (text: string, terms: readonly string[]) => terms.some((t) => phraseIn(t, [text]) !== undefined);

/** Facts that speak to these terms: named by them, or saying them. */
export function factsFor(scenario: Scenario, terms: readonly string[]): Fact[] {
  return scenario.facts.filter(
    (f) => f.terms.some((t) => mentions(t, terms) || terms.some((x) => mentions(x, [t]))) || mentions(f.text, terms),
  );
}
