// The acts found in one turn so far, each with the evidence that made it; detectors add and drop.
import type { Conversation } from './conversation.js';
import type { CompiledLexicon } from './lexicon.js';
import type { SentenceRead } from './questions.js';
import { overlapsSentence, type Said } from './said.js';
import type { Act, ActEvidence, ActReading } from './types.js';
import { ACTS } from './types.js';

export class Found {
  /** A turn finds a few acts: a short list searched in order costs less than two Maps per turn. */
  private readonly acts: ActReading[] = [];

  /** Kept in the order of the inventory, so readings compare and print the same way every time. */
  add(act: Act, evidence: ActEvidence, kind?: string): void {
    if (this.has(act)) return;
    // Moved up by hand: splice made an array of the removed items on every call.
    const { acts } = this;
    const entry: ActReading = kind === undefined ? { act, evidence } : { act, evidence, kind };
    const order = ORDER.get(act)!;
    let k = acts.length;
    acts.push(entry);
    for (; k > 0 && ORDER.get(acts[k - 1]!.act)! > order; k--) acts[k] = acts[k - 1]!;
    acts[k] = entry;
  }

  drop(act: Act): void {
    const { acts } = this;
    let k = 0;
    while (k < acts.length && acts[k]!.act !== act) k++;
    if (k === acts.length) return;
    for (; k + 1 < acts.length; k++) acts[k] = acts[k + 1]!;
    acts.pop();
  }

  has(act: Act): boolean {
    return this.get(act) !== undefined;
  }

  /** Any objection, of whatever kind. */
  hasObjection(): boolean {
    return this.acts.some((a) => a.act.startsWith('objection_'));
  }

  get(act: Act): ActEvidence | undefined {
    return this.reading(act)?.evidence;
  }

  /** How the act was found, where its detector says ("pitch", "agenda"). */
  kind(act: Act): string | undefined {
    return this.reading(act)?.kind;
  }

  private reading(act: Act): ActReading | undefined {
    for (const a of this.acts) if (a.act === act) return a;
    return undefined;
  }

  list(): ActReading[] {
    return [...this.acts];
  }
}

const ORDER: ReadonlyMap<Act, number> = new Map(ACTS.map((a, k) => [a, k]));

/** What a rep-turn detector reads: the turn, its sentences, the conversation so far, the lexicon. */
export interface RepTurn {
  s: Said;
  sentences: SentenceRead[];
  conv: Conversation;
  c: CompiledLexicon;
  /** The HCP turn just before, if the HCP spoke last. */
  prev?: Said;
  found: Found;
  /** Sentences read as restating the HCP: not product claims. */
  restated: Set<number>;
}

/** What an HCP-turn detector reads. */
export interface HcpTurn {
  s: Said;
  conv: Conversation;
  c: CompiledLexicon;
  /** The rep turn just before, if the rep spoke last. */
  prev?: Said;
  found: Found;
}

/** Whether any of these acts was found in the turn with its evidence in sentence k ("the step is in that sentence"). */
export function foundIn(r: RepTurn, k: number, acts: readonly Act[]): boolean {
  return acts.some((a) => {
    const ev = r.found.get(a);
    return ev !== undefined && overlapsSentence(r.s, k, ev);
  });
}
