// What the reader remembers of the conversation so far: who said which words first, with what
// polarity, the HCP's needs, the names the rep brought in, and the threads still open. Of the turns
// themselves it keeps only those a rule still looks back at, so a long call is not all held in memory.
import type { Said } from './said.js';
import type { Act, CueThread, ObjectionAct, ObjectionThread, QuestionThread, Timeline, TurnReading } from './types.js';
import { hasAct } from './types.js';

export interface Mention {
  /** The HCP's first and latest turn with the word. */
  first: number;
  turn: number;
  /** The HCP said it plainly at least once. */
  affirmed: boolean;
  /** The HCP denied it at least once ("not a safety thing"). */
  denied: boolean;
}

/** The lists that mark a topic of concern, HCP's and rep's words alike ("copays", "price"), and the HCP's public plans ("Medicare"). */
export const TOPIC_LISTS = [
  'hcp.cost',
  'hcp.access',
  'hcp.safety',
  'rep.costTopic',
  'rep.accessTopic',
  'rep.safetyTopic',
  'hcp.publicPlan',
] as const;

export class Conversation {
  /** Each turn as read, by index; a turn no rule looks back at any more is released (undefined). */
  readonly said: (Said | undefined)[] = [];
  /** The HCP's last three turns, newest first: what restating and building on compare with. */
  readonly recentHcp: Said[] = [];
  /** Indexes of the turns still held in `said`. */
  private readonly held: number[] = [];
  readonly readings: TurnReading[] = [];
  /** Each stem the HCP said: when last, and whether plainly or denied ("not a safety thing"). */
  readonly hcpWords = new Map<string, Mention>();
  /** The first rep turn that used each stem. */
  readonly repFirst = new Map<string, number>();
  /** Stems of HCP sentences that stated a problem, goal, concern or objection. */
  readonly needWords = new Map<string, number>();
  /** The first four letters of each need word of four or more: a stem sharing none is no form of one (see rep-links.ts). */
  readonly needStarts = new Set<string>();
  /** Stems of HCP sentences that described the practice or patients. */
  readonly situationWords = new Map<string, number>();
  /** Topic lists (cost, access, safety) the HCP's words hit so far: a recap may name only what was raised. */
  readonly hcpTopics = new Set<string>();
  /** Every act the HCP's turns so far were read as: asked of the whole call, a set keeps long calls linear. */
  readonly hcpActs = new Set<Act>();
  /** Words the HCP's time cues brought into the call ("room nine", "#ten"): see time-words.ts. */
  readonly timeWords = new Set<string>();
  /** Words the rep brought in capitalized mid-sentence: product, trial and company names. */
  readonly names = new Set<string>();
  readonly timeline: Timeline = { objections: [], cues: [], asks: [], questions: [], needs: [] };
  /** Threads awaiting the rep's next turn, and objections still open: kept apart so reading stays linear. */
  readonly pendingCues: CueThread[] = [];
  readonly pendingQuestions: QuestionThread[] = [];
  openObjections: ObjectionThread[] = [];
  /** The latest time cue on the timeline: looked up each turn, it is kept rather than searched for (long calls stay linear). */
  lastTimeCue: CueThread | undefined;
  /** The HCP has voiced an objection, a feeling or a question so far. */
  heardConcern = false;
  repTurns = 0;

  /** The HCP's latest turn before turn i, among its last three. */
  hcpBefore(i: number): Said | undefined {
    for (const s of this.recentHcp) if (s.i < i) return s;
    return undefined;
  }

  /** Holds turn s and releases the turns no rule can reach now: only the latest turn, the HCP's last three and open objections are looked back at. */
  hold(s: Said): void {
    this.said.push(s);
    this.held.push(s.i);
    if (s.speaker === 'customer') {
      this.recentHcp.unshift(s);
      if (this.recentHcp.length > 3) this.recentHcp.pop();
    }
  }

  /** Releases what `hold` kept that no rule can reach any more; called once the turn's threads are updated. */
  release(): void {
    // In place, with no closures: this runs after every turn.
    const latest = this.said.length - 1;
    let kept = 0;
    for (const i of this.held) {
      if (i === latest || this.reachedBy(i)) this.held[kept++] = i;
      else this.said[i] = undefined;
    }
    this.held.length = kept;
  }

  /** Whether an HCP turn kept for restating or an open objection still points at turn i. */
  private reachedBy(i: number): boolean {
    for (const s of this.recentHcp) if (s.i === i) return true;
    for (const o of this.openObjections) if (o.turn === i) return true;
    return false;
  }

  readingOf(i: number | undefined): TurnReading | undefined {
    return i === undefined ? undefined : this.readings[i];
  }

  /** Whether turn i (already read) has the act. */
  has(i: number | undefined, act: Act): boolean {
    return hasAct(this.readingOf(i), act);
  }

  /** The objection acts of turn i. */
  objectionsAt(i: number | undefined): ObjectionAct[] {
    const r = this.readingOf(i);
    return r === undefined
      ? []
      : (r.acts.map((a) => a.act).filter((a) => a.startsWith('objection_')) as ObjectionAct[]);
  }

  /** Whether the HCP ever said this stem (the latest mention is what counts for polarity). */
  hcpSaid(stem: string): Mention | undefined {
    return this.hcpWords.get(stem);
  }

  /** Whether the rep said this stem before the HCP ever did. */
  repIntroduced(stem: string): boolean {
    const rep = this.repFirst.get(stem);
    if (rep === undefined) return false;
    const hcp = this.hcpWords.get(stem);
    return hcp === undefined || rep < hcp.first;
  }

  /** Remember a read turn's words. */
  remember(s: Said): void {
    if (s.speaker === 'customer') {
      for (const list of TOPIC_LISTS) if (s.hits.has(list)) this.hcpTopics.add(list);
      for (const t of s.text.tokens) {
        if (t.s === '') continue;
        const m = this.hcpWords.get(t.s);
        if (m === undefined) this.hcpWords.set(t.s, { first: s.i, turn: s.i, affirmed: !t.neg, denied: t.neg });
        else {
          m.turn = s.i;
          if (t.neg) m.denied = true;
          else m.affirmed = true;
        }
      }
      return;
    }
    // A rep turn's stems once each (the turn's stem set, in the order first said), not once per token.
    for (const st of s.text.stems) if (!this.repFirst.has(st)) this.repFirst.set(st, s.i);
    for (const t of s.text.tokens) if (t.cap && t.s !== '' && !this.hcpWords.has(t.s)) this.names.add(t.w);
  }
}
