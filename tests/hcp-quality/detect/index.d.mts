// Types of the HCP-quality detectors (index.mjs), so TypeScript tests can call them.
import type { RunResult } from '../../../src/batch/index.js';
import type { Scenario } from '../../../src/scenario/index.js';

export interface Line {
  speaker: 'rep' | 'customer';
  text: string;
  cues?: string[];
}
export interface Repeat {
  turn: number;
  firstTurn: number;
  text: string;
}
export interface ProductFact {
  id: string;
  text: string;
  words: Set<string>;
}
export interface Hit {
  at?: string;
  said?: string;
  written?: string;
  phrase?: string;
  kind?: string;
}
export interface ReplyFinding {
  turn: number;
  text: string;
  hits?: Hit[];
  facts?: string[];
  cues?: string[];
  why?: string;
}
export type Posture = 'leaving' | 'standing' | 'seated' | 'silent';
export interface RoleOutcome {
  openness: number;
  commitment: string;
}
export interface TargetsMet {
  strong: boolean;
  weak: boolean;
  mixed: boolean;
  all: boolean;
}
export type DetectorId =
  | 'repeatedReplies'
  | 'repeatedSentences'
  | 'recitedFacts'
  | 'lowercasedTerms'
  | 'stackedFrames'
  | 'praiseWithoutQuestion'
  | 'goodbyeQuestion'
  | 'capitalization'
  | 'nonNounEchoes'
  | 'silentReplies'
  | 'pastBudget'
  | 'cueContradictions';
export type RunCheck = { replies: number } & Record<DetectorId, ReplyFinding[]>;
export interface Played {
  seed: number;
  result: RunResult;
  scenario: Scenario;
}
export interface QualityRow {
  scenario: string;
  seed: number;
  strong?: RoleOutcome;
  weak?: RoleOutcome;
  mixed?: RoleOutcome;
  met: TargetsMet;
}
export interface QualityReport {
  runs: number;
  replies: number;
  rows: QualityRow[];
  outcomes: { total: number; all: number; strong: number; weak: number; mixed: number };
  findings: Record<DetectorId, { count: number; examples: (ReplyFinding & { run: string; seed: number })[] }>;
}

export function words(text: string): string[];
export function stem(word: string): string;
export function contentWords(text: string): Set<string>;
export function sentences(text: string): string[];
export function normalizeSentence(text: string): string;
export function coverage(wanted: Set<string>, have: Set<string>): number;

export const MIN_SENTENCE_WORDS: number;
export function findRepeatedReplies(transcript: readonly Line[]): Repeat[];
export function findRepeatedSentences(transcript: readonly Line[]): Repeat[];

export const FACT_SHARE: number;
export const MIN_FACT_WORDS: number;
export function hcpOwnWords(scenario: Scenario): Set<string>;
export function productFacts(scenario: Scenario): ProductFact[];
export function findRecitedFacts(
  scenario: Scenario,
  transcript: readonly Line[],
): { turn: number; facts: string[]; text: string }[];

export function scenarioProse(scenario: Scenario): string[];
export function casedTerms(scenario: Scenario): Map<string, string>;
export function findLowercasedTerms(cased: Map<string, string>, reply: string): { said: string; written: string }[];
export function findCapitalizationSeams(reply: string): { kind: string; at: string }[];

export function isFrame(segment: string): boolean;
export function findStackedFrames(reply: string): { at: string }[];
export function asksSomething(rep: string): boolean;
export function findPraiseWithoutQuestion(rep: string, reply: string): { at: string }[];
export function findGoodbyeQuestion(rep: string, reply: string): { at: string }[];
export function findSilentReply(reply: string): { at: string }[];
export function isNounPhrase(phrase: string): boolean;
export function findNonNounEchoes(rep: string, reply: string): { phrase: string; at: string }[];

export const POSTURES: Record<Posture, RegExp>;
export const CONTRADICTIONS: readonly { before: Posture; after: Posture; why: string }[];
export const ANSWER_WORDS: number;
export function postureOf(cue: string): Posture | undefined;
export function answersRep(rep: string | undefined, reply: string): boolean;
export function findCueContradictions(
  transcript: readonly Line[],
): { turn: number; why: string; cues: string[]; text: string }[];

export const STRONG_MIN_OPENNESS: number;
export const WEAK_MAX_OPENNESS: number;
export function meetsOutcomeTargets(o: { strong?: RoleOutcome; weak?: RoleOutcome; mixed?: RoleOutcome }): TargetsMet;
export function turnsPastBudget(repTurns: number, timeBudget: number): number;

export const DETECTORS: readonly { id: DetectorId; label: string }[];
export function checkRun(
  run: Pick<RunResult, 'transcript' | 'repTurns'>,
  scenario: Scenario,
  cased?: Map<string, string>,
): RunCheck;

export const ROLES: readonly ['strong', 'weak', 'mixed'];
export function roleOf(result: Pick<RunResult, 'tags'>): 'strong' | 'weak' | 'mixed' | undefined;
export function buildQualityReport(played: readonly Played[]): QualityReport;
export function missedTargets(report: QualityReport): string[];
export function renderQualityReport(report: QualityReport, o?: { examples?: number }): string;
